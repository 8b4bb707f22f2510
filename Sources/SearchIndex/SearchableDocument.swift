import Foundation

/// One published document as search sees it: what it is found by and what a result shows of it.
public struct SearchableDocument: Sendable {
    /// Group-relative path of the Markdown file: of two documents of the same moment, the one found first.
    public let path: String
    public let published: Date
    /// `2026-11-16`, as results show it.
    public let day: String
    public let year: Int
    public let title: String
    /// Relative to the root of the site whose index holds it, or absolute for another site's document.
    public let url: String
    /// The position of its site in the index's sites.
    public let site: Int
    /// The position of its column in the index's columns; nil for a standalone page.
    public let column: Int?
    /// 索引号, 文号 and 发布机构; empty when not disclosed.
    public let indexNumber: String
    public let documentNumber: String
    public let publisher: String
    /// The body as readers see it, white space collapsed.
    public let text: String
    /// The revision of its file, which keys the chunk it is stored in.
    public let revision: String

    public init(path: String, published: Date, day: String, year: Int, title: String, url: String, site: Int, column: Int?,
                indexNumber: String, documentNumber: String, publisher: String, text: String, revision: String = "") {
        self.path = path
        self.published = published
        self.day = day
        self.year = year
        self.title = title
        self.url = url
        self.site = site
        self.column = column
        self.indexNumber = indexNumber
        self.documentNumber = documentNumber
        self.publisher = publisher
        self.text = text
        self.revision = revision
    }
}

/// A site whose documents an index holds.
public struct SearchableSite: Sendable, Codable {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A column whose documents an index holds.
public struct SearchableColumn: Sendable, Codable {
    public let site: Int
    public let id: String
    public let title: String

    public init(site: Int, id: String, title: String) {
        self.site = site
        self.id = id
        self.title = title
    }
}
