import ContentModel

/// What one rule did in one run.
public struct RuleReport: Sendable {
    public struct Change: Sendable, Equatable {
        /// Group-relative path of the document.
        public var path: String
        public var title: String
    }

    public struct Skip: Sendable, Equatable {
        public var id: String
        public var title: String
        public var reason: Wording
    }

    public struct Conflict: Sendable, Equatable {
        public var path: String
        /// Where the source's version waits to be merged.
        public var upstreamPath: String
    }

    public var rule: SyncRule
    public var created: [Change] = []
    public var updated: [Change] = []
    public var retracted: [Change] = []
    public var skipped: [Skip] = []
    public var conflicts: [Conflict] = []
    public var unchanged = 0
    /// The source answered 304 Not Modified.
    public var notModified = false
    /// Why the source was skipped as a whole; nothing local changed.
    public var failure: Wording?
    /// Notes about the source that are not failures, such as an empty local column.
    public var notes: [Wording] = []
    /// Why items missing from the source were not retracted: the listing was not whole (a document of a local
    /// source failed to load), and a missing item may only be one that could not be read.
    public var withheld: [Wording] = []

    public var hasProblems: Bool { failure != nil || !conflicts.isEmpty || !withheld.isEmpty }
}

public struct SyncReport: Sendable {
    /// A temporary file that a killed run left, removed by this one.
    public struct Leftover: Sendable, Equatable {
        /// Group-relative.
        public var folder: String
        public var name: String
    }

    public var rules: [RuleReport]
    public var dryRun: Bool
    public var removedLeftovers: [Leftover] = []

    public var hasProblems: Bool { rules.contains(where: \.hasProblems) }
}
