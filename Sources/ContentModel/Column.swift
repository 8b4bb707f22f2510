/// A column (栏目) of a site, as `site.yaml` declares it.
public struct Column: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: ColumnKind
    public var pageSize: Int
    public var description: String
    public var keywords: [String]
    /// Days it may go without a new document; nil means its kind's limit.
    public var staleDays: Int?
    /// Where `site.yaml` declares it.
    public var location: SourceLocation

    public static let defaultPageSize = 20

    public init(id: String, title: String, kind: ColumnKind, pageSize: Int = Column.defaultPageSize,
                description: String = "", keywords: [String] = [], staleDays: Int? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.kind = kind
        self.pageSize = pageSize
        self.description = description
        self.keywords = keywords
        self.staleDays = staleDays
        self.location = location
    }
}
