/// One block of a site's home page, as `home:` in `site.yaml` lists them, in the order they are shown.
public struct HomeBlock: Sendable, Hashable {
    /// What a block shows; each kind is rendered by the template `home-<kind>`, which a site may replace.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 头条: a column's first document with its summary (and its picture, if it has one).
        case lead
        /// 图片新闻: the newest documents of some columns that have an `image:`.
        case pictures
        /// Columns side by side, each a list of its newest titles (要闻 and 通知公告, say).
        case columns
        /// 政策文件, with each 解读 marked.
        case policy
        /// 政务服务: tiles linking to 办事指南, 服务事项, the province's 政务服务网.
        case services
        /// 互动交流: entries linking to the systems that run 领导信箱, 征集调查, 在线访谈, with the latest replies.
        case interaction
        /// 专题专栏: banners linking to special topics.
        case banners
        /// 部门动态 (on the portal): what each department site published last, department by department.
        case departments

        /// The settings each kind reads besides `kind`, and those it cannot do without.
        var keys: (allowed: [String], required: [String]) {
            switch self {
            case .lead: (["title", "column"], ["column"])
            case .pictures: (["title", "columns", "count"], ["columns"])
            case .columns: (["columns", "count"], ["columns"])
            case .policy: (["title", "column", "count"], ["column"])
            case .services, .banners: (["title", "entries"], ["entries"])
            case .interaction: (["title", "entries", "column", "count"], ["entries"])
            case .departments: (["title", "count"], [])
            }
        }

        /// How many items the block shows unless `count:` says.
        public var defaultCount: Int {
            switch self {
            case .lead: 1
            case .pictures: 5
            case .columns, .policy: 8
            case .interaction: 5
            case .departments: 4
            case .services, .banners: 0
            }
        }

        /// The heading the block has unless `title:` says; a column's title for `policy`.
        public var defaultTitle: String {
            switch self {
            case .lead: "头条"
            case .pictures: "图片新闻"
            case .columns, .policy: ""
            case .services: "政务服务"
            case .interaction: "互动交流"
            case .banners: "专题专栏"
            case .departments: "部门动态"
            }
        }
    }

    public var kind: Kind
    /// Empty means the kind's default title.
    public var title: String
    /// The columns it shows, in order.
    public var columns: [String]
    public var count: Int
    /// The links of `services`, `interaction` and `banners`.
    public var entries: [HomeEntry]
    public var location: SourceLocation

    public init(kind: Kind, title: String = "", columns: [String] = [], count: Int? = nil, entries: [HomeEntry] = [],
                location: SourceLocation) {
        self.kind = kind
        self.title = title
        self.columns = columns
        self.count = count ?? kind.defaultCount
        self.entries = entries
        self.location = location
    }

    /// The home of a site without `home:`: its menu's columns side by side, and on the portal 部门动态.
    public static func defaults(for site: Site, isPortal: Bool) -> [HomeBlock] {
        let location = SourceLocation(path: site.configPath)
        return [HomeBlock(kind: .columns, columns: site.nav, location: location)]
            + (isPortal ? [HomeBlock(kind: .departments, location: location)] : [])
    }
}

/// A link of a home block: a 政务服务 tile, a 互动交流 entry, a 专题专栏 banner.
public struct HomeEntry: Sendable, Hashable {
    public var title: String
    /// Within the site (`service/`) or a full http(s) address.
    public var url: String
    public var description: String
    /// A banner's picture.
    public var image: DocumentImage?

    public init(title: String, url: String, description: String = "", image: DocumentImage? = nil) {
        self.title = title
        self.url = url
        self.description = description
        self.image = image
    }
}
