/// One site of the group: the portal or a department site.
public struct Site: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Absolute, ending in `/`.
    public var baseURL: String
    public var theme: String
    public var description: String
    public var keywords: [String]
    public var identity: Identity
    public var columns: [Column]
    /// Column ids in menu order.
    public var nav: [String]
    /// 主题分类 this site adds to the group's vocabulary.
    public var extraTopics: [String]
    /// Whether the site has a search page, a search box on its pages and its documents in search indexes
    /// (`search: false` in site.yaml turns all three off).
    public var search: Bool
    /// The blocks of its home page (`home:`); nil for the default home (`HomeBlock.defaults`).
    public var home: [HomeBlock]?
    /// The group's check settings with this site's additions.
    public var check: CheckSettings
    public var documents: [Document]
    public var pages: [Document]
    /// What editors filled in for the annual reports, one per year, oldest first.
    public var filings: [ReportFiling] = []
    /// Group-relative path of `site.yaml`.
    public var configPath: String

    public init(id: String, name: String, baseURL: String, theme: String, description: String = "",
                keywords: [String] = [], identity: Identity, columns: [Column], nav: [String],
                extraTopics: [String] = [], search: Bool = true, home: [HomeBlock]? = nil, check: CheckSettings = .standard, documents: [Document] = [], pages: [Document] = [], configPath: String) {
        self.id = id
        self.name = name
        self.baseURL = baseURL
        self.theme = theme
        self.description = description
        self.keywords = keywords
        self.identity = identity
        self.columns = columns
        self.nav = nav
        self.extraTopics = extraTopics
        self.search = search
        self.home = home
        self.check = check
        self.documents = documents
        self.pages = pages
        self.configPath = configPath
    }

    public func column(_ id: String) -> Column? {
        columns.first { $0.id == id }
    }

    /// The host name alone, as the `SiteDomain` meta tag wants it.
    public var domain: String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        return String(rest.prefix { $0 != "/" && $0 != ":" })
    }
}
