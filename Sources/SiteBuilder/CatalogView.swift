import ContentModel

/// One way of browsing the information-disclosure catalog (信息公开目录).
enum CatalogView: Sendable, Hashable {
    case all
    /// 主题分类
    case topic(String)
    /// 发布机构
    case publisher(String)
    case year(Int)

    static let pageSize = 30
    static let unclassified = "未分类"

    var folder: String {
        switch self {
        case .all: "catalog/"
        case .topic(let name): "catalog/topic/\(Self.key(name))/"
        case .publisher(let name): "catalog/publisher/\(Self.key(name))/"
        case .year(let year): "catalog/year/\(year)/"
        }
    }

    /// The 主题分类 or 发布机构 as written, for the views by name.
    var name: String? {
        switch self {
        case .topic(let name), .publisher(let name): name
        case .all, .year: nil
        }
    }

    func path(page: Int) -> String {
        page <= 1 ? folder : "\(folder)page/\(page)/"
    }

    static func topic(of entry: Entry) -> String {
        let topic = entry.document.frontMatter.disclosure?.topic ?? ""
        return topic.isEmpty ? unclassified : topic
    }

    /// A 主题分类 as readers see it: the vocabulary writes `大类\\小类`, pages show `大类 › 小类`.
    static func shown(_ topic: String) -> String {
        topic.replacingOccurrences(of: "\\", with: " › ")
    }

    /// The issuing body, or the site's sponsor when the document names none.
    static func publisher(of entry: Entry) -> String {
        let named = entry.document.frontMatter.disclosure?.publisher ?? ""
        if !named.isEmpty { return named }
        return entry.site.identity.sponsor.isEmpty ? entry.site.name : entry.site.identity.sponsor
    }

    /// Folder names from Chinese names: short, stable and safe in any address.
    private static func key(_ name: String) -> String {
        String(Fingerprint.hex(name.utf8).prefix(10))
    }
}

/// A site's catalog entries sorted into every view, in one pass.
struct CatalogIndex: Sendable {
    /// All, then each topic, publisher and year (newest first).
    let views: [CatalogView]
    let entries: [CatalogView: [Entry]]
    /// A key of the views and how many entries each holds, which every catalog page shows.
    let shape: UInt64

    init(_ catalog: [Entry], dates: DateText) {
        var entries: [CatalogView: [Entry]] = [.all: catalog]
        for entry in catalog {
            for view in [CatalogView.topic(CatalogView.topic(of: entry)), .publisher(CatalogView.publisher(of: entry)),
                         .year(dates.year(entry.document.frontMatter.date))] {
                entries[view, default: []].append(entry)
            }
        }
        self.entries = entries
        views = entries.keys.sorted(by: Self.order)
        var hasher = KeyHasher()
        for view in views {
            hasher.add(view.folder)
            hasher.add(entries[view]?.count ?? 0)
        }
        shape = hasher.value
    }

    func pageCount(_ view: CatalogView) -> Int {
        max(1, ((entries[view]?.count ?? 0) + CatalogView.pageSize - 1) / CatalogView.pageSize)
    }

    private static func order(_ a: CatalogView, _ b: CatalogView) -> Bool {
        switch (a, b) {
        case (.all, _): return !(b == .all)
        case (_, .all): return false
        case let (.topic(x), .topic(y)), let (.publisher(x), .publisher(y)): return x < y
        case let (.year(x), .year(y)): return x > y
        case (.topic, _): return true
        case (.publisher, .year): return true
        default: return false
        }
    }
}
