/// One rule of `sync:` in `sitegroup.yaml`: pull one column of a source into one column of a site of this group.
public struct SyncRule: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// A column of a site in this repository.
        case site(id: String, column: String)
        /// A feed (RSS 2.0 or Atom 1.0) of a site elsewhere, reached over HTTP(S).
        case feed(url: String)
    }

    public var name: String
    public var source: Source
    /// What pages of imported items show as 信息来源 when the feed does not say it; a remote source's host otherwise.
    public var sourceName: String
    public var targetSite: String
    public var targetColumn: String
    /// Imports are held (`review: pending`) until an editor approves them.
    public var review: Bool
    public var filter: SyncFilter
    public var location: SourceLocation

    public init(name: String, source: Source, sourceName: String = "", targetSite: String, targetColumn: String,
                review: Bool = false, filter: SyncFilter = SyncFilter(), location: SourceLocation) {
        self.name = name
        self.source = source
        self.sourceName = sourceName
        self.targetSite = targetSite
        self.targetColumn = targetColumn
        self.review = review
        self.filter = filter
        self.location = location
    }
}

/// Which items of a source a rule takes: those with any of `tags` (when given) and every field equal as given.
public struct SyncFilter: Sendable, Hashable {
    public var tags: [String]
    /// Front-matter fields (author, source, or a key sitegroup does not interpret) and the text each must equal.
    public var fields: [String: String]

    public init(tags: [String] = [], fields: [String: String] = [:]) {
        self.tags = tags
        self.fields = fields
    }

    public var isEmpty: Bool { tags.isEmpty && fields.isEmpty }

    public func accepts(tags itemTags: [String], field: (String) -> String?) -> Bool {
        (tags.isEmpty || tags.contains(where: itemTags.contains))
            && fields.allSatisfy { key, value in field(key) == value }
    }
}
