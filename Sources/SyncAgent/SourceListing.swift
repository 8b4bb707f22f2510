import ContentModel
import Foundation

/// One item as the agent reads it from a source, before it becomes a document.
public struct SourceItem: Sendable, Equatable {
    /// The id the item keeps at its origin through every edit.
    public var id: String
    public var title: String
    /// Its page at the origin, absolute.
    public var link: String
    public var date: Date?
    public var updated: Date?
    public var author: String
    public var summary: String
    /// 来源, as the origin wrote it.
    public var source: String
    public var tags: [String]
    /// When an interaction item (咨询、投诉) was answered.
    public var replied: Date?
    public var body: String
    public var format: BodyFormat
    /// Changes whenever the item changes at its origin.
    public var revision: String
    /// The site the item was first published on, and its name.
    public var originSite: String
    public var originSiteName: String
    /// For a Markdown body: the origin site's address and the file's path there, which its relative links start from.
    public var base: String
    public var path: String
    /// What the file name would be, if nothing else claims it.
    public var slugHint: String
    /// Front-matter fields a filter may test (author, source, and keys sitegroup does not interpret).
    public var fields: [String: String]
    public var problems: [Wording]

    public init(id: String, title: String, link: String = "", date: Date? = nil, updated: Date? = nil, author: String = "",
                summary: String = "", source: String = "", tags: [String] = [], replied: Date? = nil, body: String = "", format: BodyFormat = .markdown,
                revision: String = "", originSite: String = "", originSiteName: String = "", base: String = "", path: String = "",
                slugHint: String = "", fields: [String: String] = [:], problems: [Wording] = []) {
        self.id = id
        self.title = title
        self.link = link
        self.date = date
        self.updated = updated
        self.author = author
        self.summary = summary
        self.source = source
        self.tags = tags
        self.replied = replied
        self.body = body
        self.format = format
        self.revision = revision
        self.originSite = originSite
        self.originSiteName = originSiteName
        self.base = base
        self.path = path
        self.slugHint = slugHint
        self.fields = fields
        self.problems = problems
    }
}

/// Everything a source offered in one reading.
public struct SourceListing: Sendable {
    public enum Kind: String, Sendable {
        case rss = "RSS 2.0"
        case atom = "Atom 1.0"
        case site = "site of this group"
    }

    public var kind: Kind
    /// The encoding the feed declared, and the one it was read with when that differs.
    public var encoding: String
    /// Whether the feed is sitegroup's own, read through its namespace.
    public var isSitegroup: Bool
    public var title: String
    public var link: String
    public var items: [SourceItem]
    /// Whether the listing names every published item of the source, so that a missing item was withdrawn.
    /// Only sitegroup's own feeds and this group's sites say so; other feeds show only their newest items.
    public var complete: Bool
    public var problems: [Wording]
    /// Why a listing that would name every item does not: files of a local source that failed to load.
    public var gaps: [Wording] = []
}

/// Why a source gave no listing; the rule is skipped and nothing local changes.
public struct SourceFailure: Error, Sendable, Equatable {
    public var reason: Wording

    public init(_ reason: Wording) {
        self.reason = reason
    }
}
