import Foundation

/// One Markdown file: a column's document or a standalone page.
public struct Document: Sendable, Codable, Hashable {
    /// Group-relative path of the Markdown file.
    public var path: String
    public var siteID: String
    /// The column it belongs to; `nil` for a standalone page.
    public var columnID: String?
    public var slug: String
    /// Where the slug was given (the `slug:` key, or the file itself).
    public var slugLocation: SourceLocation
    /// Where the title's value is written.
    public var titleLocation: SourceLocation
    public var frontMatter: FrontMatter
    public var body: String
    /// The 1-based line of the file on which `body` starts.
    public var bodyLine: Int
    /// A fingerprint of the file's bytes; it changes with every edit.
    public var revision: String

    public init(path: String, siteID: String, columnID: String?, slug: String, slugLocation: SourceLocation,
                titleLocation: SourceLocation? = nil, frontMatter: FrontMatter, body: String, bodyLine: Int, revision: String = "") {
        self.path = path
        self.siteID = siteID
        self.columnID = columnID
        self.slug = slug
        self.slugLocation = slugLocation
        self.titleLocation = titleLocation ?? SourceLocation(path: path)
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLine = bodyLine
        self.revision = revision
    }

    public var title: String { frontMatter.title }

    /// Whether readers may see it at `now`: not a draft, not future-dated, not expired, public,
    /// not waiting for review or rejected, and not retracted at its source.
    public func isPublished(at now: Date) -> Bool {
        let matter = frontMatter
        return !matter.draft
            && matter.classification == FrontMatter.publicClassification
            && (matter.review == nil || matter.review == .approved)
            && matter.retracted == nil
            && matter.date <= now
            && (matter.expires.map { $0 > now } ?? true)
    }
}

extension Document {
    /// The id an item keeps through every edit and on every site it travels to: the origin's id for an
    /// imported document, otherwise site, column and slug.
    public var stableID: String {
        if let id = frontMatter.origin?.id, !id.isEmpty { return id }
        return "\(siteID)/\(columnID ?? "page")/\(slug)"
    }

    /// The origin's revision for an imported document, so that every copy of an item agrees on its version.
    public var stableRevision: String {
        frontMatter.origin.flatMap { $0.revision.isEmpty ? nil : $0.revision } ?? revision
    }

    /// The site the document was first published on.
    public var originSiteID: String {
        frontMatter.origin.flatMap { $0.site.isEmpty ? nil : $0.site } ?? siteID
    }

    /// The Markdown file's path within its site (`content/news/a.md`), which its relative links start from.
    public var sitePath: String {
        let prefix = "sites/\(siteID)/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
