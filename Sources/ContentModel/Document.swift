import Foundation

/// One Markdown file: a column's document or a standalone page.
///
/// A value like any other, but its fields live in one shared box, copied only when a copy is changed:
/// a large group's documents are copied into many lists (columns, feeds, the catalog), and copying
/// a couple of dozen strings each time cost a build of 50,000 documents about a second.
///
/// A document never reads its file. One the build cache knew unchanged keeps only where its body is
/// (`DocumentBody.file`); the builder reads it through a `BodySource`, which checks that the file is still
/// the one the front matter came from. An incremental build shows few bodies, and reading every file cost
/// it a third of its time.
public struct Document: Sendable, Hashable {
    /// `@unchecked Sendable`: a box is changed only while one value holds it (see `unique`), so no two
    /// threads ever see it change.
    private final class Fields: @unchecked Sendable {
        var path: String
        var siteID: String
        var columnID: String?
        var slug: String
        var slugLocation: SourceLocation
        var titleLocation: SourceLocation
        var dateLocation: SourceLocation
        var frontMatter: FrontMatter
        var storedBody: DocumentBody
        var bodyLine: Int
        var revision: String

        init(path: String, siteID: String, columnID: String?, slug: String, slugLocation: SourceLocation, titleLocation: SourceLocation,
             dateLocation: SourceLocation, frontMatter: FrontMatter, storedBody: DocumentBody, bodyLine: Int, revision: String) {
            (self.path, self.siteID, self.columnID, self.slug) = (path, siteID, columnID, slug)
            (self.slugLocation, self.titleLocation, self.dateLocation, self.frontMatter) = (slugLocation, titleLocation, dateLocation, frontMatter)
            (self.storedBody, self.bodyLine, self.revision) = (storedBody, bodyLine, revision)
        }

        func copy() -> Fields {
            Fields(path: path, siteID: siteID, columnID: columnID, slug: slug, slugLocation: slugLocation, titleLocation: titleLocation,
                   dateLocation: dateLocation, frontMatter: frontMatter, storedBody: storedBody, bodyLine: bodyLine, revision: revision)
        }
    }

    private var fields: Fields

    /// The box to change: this value's own, copied first if another value shares it. The box is never changed
    /// while shared, which is what makes the `@unchecked Sendable` above sound.
    private var unique: Fields {
        mutating get {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }
    }

    /// Group-relative path of the Markdown file.
    public var path: String {
        get { fields.path }
        set { unique.path = newValue }
    }
    public var siteID: String {
        get { fields.siteID }
        set { unique.siteID = newValue }
    }
    /// The column it belongs to; `nil` for a standalone page.
    public var columnID: String? {
        get { fields.columnID }
        set { unique.columnID = newValue }
    }
    public var slug: String {
        get { fields.slug }
        set { unique.slug = newValue }
    }
    /// Where the slug was given (the `slug:` key, or the file itself).
    public var slugLocation: SourceLocation {
        get { fields.slugLocation }
        set { unique.slugLocation = newValue }
    }
    /// Where the title's value is written.
    public var titleLocation: SourceLocation {
        get { fields.titleLocation }
        set { unique.titleLocation = newValue }
    }
    /// Where `date:`'s value is written.
    public var dateLocation: SourceLocation {
        get { fields.dateLocation }
        set { unique.dateLocation = newValue }
    }
    public var frontMatter: FrontMatter {
        // Lent, not copied: sorting a large group reads the date of each document many times.
        _read { yield fields.frontMatter }
        set { unique.frontMatter = newValue }
    }
    /// The body as read with the front matter, or where it was left; read it with a `BodySource`.
    public var storedBody: DocumentBody {
        get { fields.storedBody }
        set { unique.storedBody = newValue }
    }
    /// The body read with the front matter, as every document of a group loaded without a document cache has it
    /// (`check`, `sync`). A body left in its file is read with a `BodySource`: asking for it here is a mistake
    /// of the program, which stops rather than hand out an empty or a newer body.
    public var body: String {
        get {
            guard case .text(let text) = fields.storedBody else {
                preconditionFailure("\(path): its body was left in its file; read it with a BodySource")
            }
            return text
        }
        set { unique.storedBody = .text(newValue) }
    }
    /// The 1-based line of the file on which `body` starts.
    public var bodyLine: Int {
        get { fields.bodyLine }
        set { unique.bodyLine = newValue }
    }
    /// A fingerprint of the file's bytes; it changes with every edit.
    public var revision: String {
        get { fields.revision }
        set { unique.revision = newValue }
    }

    public init(path: String, siteID: String, columnID: String?, slug: String, slugLocation: SourceLocation,
                titleLocation: SourceLocation? = nil, dateLocation: SourceLocation? = nil, frontMatter: FrontMatter, body: String, bodyLine: Int,
                revision: String = "") {
        self.init(path: path, siteID: siteID, columnID: columnID, slug: slug, slugLocation: slugLocation, titleLocation: titleLocation,
                  dateLocation: dateLocation, frontMatter: frontMatter, storedBody: .text(body), bodyLine: bodyLine, revision: revision)
    }

    public init(path: String, siteID: String, columnID: String?, slug: String, slugLocation: SourceLocation,
                titleLocation: SourceLocation? = nil, dateLocation: SourceLocation? = nil, frontMatter: FrontMatter, storedBody: DocumentBody,
                bodyLine: Int, revision: String = "") {
        fields = Fields(path: path, siteID: siteID, columnID: columnID, slug: slug, slugLocation: slugLocation,
                        titleLocation: titleLocation ?? SourceLocation(path: path), dateLocation: dateLocation ?? SourceLocation(path: path), frontMatter: frontMatter, storedBody: storedBody,
                        bodyLine: bodyLine, revision: revision)
    }

    public static func == (lhs: Document, rhs: Document) -> Bool {
        if lhs.fields === rhs.fields { return true }
        return lhs.path == rhs.path && lhs.siteID == rhs.siteID && lhs.columnID == rhs.columnID && lhs.slug == rhs.slug
            && lhs.slugLocation == rhs.slugLocation && lhs.titleLocation == rhs.titleLocation
            && lhs.dateLocation == rhs.dateLocation && lhs.bodyLine == rhs.bodyLine
            && lhs.revision == rhs.revision && lhs.frontMatter == rhs.frontMatter && lhs.storedBody == rhs.storedBody
    }

    /// Path and revision: equal documents have both equal, and hashing a body would cost its whole length.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(revision)
    }

    public var title: String { frontMatter.title }

    /// Whether readers may see it at `now`: not a draft, not future-dated, not expired, public,
    /// not waiting for review or rejected, and not retracted at its source.
    public func isPublished(at now: Date) -> Bool {
        !frontMatter.draft
            && frontMatter.classification == FrontMatter.publicClassification
            && (frontMatter.review == nil || frontMatter.review == .approved)
            && frontMatter.retracted == nil
            && frontMatter.date <= now
            && (frontMatter.expires.map { $0 > now } ?? true)
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

extension Document {
    /// Whether it is a 政策解读, which lists mark and which a policy document links to.
    public var isInterpretation: Bool { title.contains("解读") }
}
