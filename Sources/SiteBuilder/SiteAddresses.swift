import AnnualReport
import ContentModel
import Foundation

/// Every address each site of the group makes as of the build's `now`: a link written as an address — from the site's
/// root (`/notices/`) or under a site's `base_url` — is checked against it, as a link to a Markdown file is checked
/// against the files. A key is the absolute address (`https://lyj.example.gov.cn/news/a/`).
struct SiteAddresses: Sendable {
    /// Site → its `base_url`.
    private let baseURLs: [String: String]
    /// Host → `//host/path` of the `base_url` of each site on it, longest first, so a site under another's address is
    /// found first; by host, as a provincial group has a thousand sites and a body may have many links.
    private let bases: [String: [(siteID: String, schemeless: String)]]
    /// Site → site-relative output path → what is there now.
    private var pages: [String: [String: LinkIndex.Target]] = [:]
    /// Site → site-relative output path of a document → its Markdown file, for the rules that ask what a page links to.
    private var documents: [String: [String: String]] = [:]
    /// Site → its columns' ids: their further list pages come and go with the documents published.
    private let columnIDs: [String: Set<String>]

    /// - Parameter formerBases: other addresses that links may name a site by: in a preview, each site's `base_url`,
    ///   so an editor's link written with it is still checked, and leads to the preview's page.
    init(group: SiteGroup, chains: [String: ThemeChain], columns: [String: [ResolvedColumn]], catalogs: [String: CatalogIndex],
         publication: Publication, formerBases: [(siteID: String, baseURL: String)],
         reportYears: [String: [Int]], now: Date) {
        baseURLs = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, $0.baseURL) })
        let named = group.sites.map { (siteID: $0.id, baseURL: $0.baseURL) } + formerBases
        bases = Dictionary(grouping: named.compactMap { site in Self.schemeless(site.baseURL).map { (siteID: site.siteID, schemeless: $0) } },
                           by: { Self.host($0.schemeless) })
            .mapValues { $0.sorted { $0.schemeless.count > $1.schemeless.count } }
        columnIDs = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, Set($0.columns.map(\.id))) })
        for site in group.sites {
            var made: [String: LinkIndex.Target] = [:]
            func add(_ path: String) { made[path] = .output(siteID: site.id, path: path) }
            [OutputPath.siteMap, OutputPath.siteSitemap, OutputPath.siteFeed, OutputPath.catalogStatistics, OutputPath.catalogJSON, ""].forEach(add)
            if site.id == group.portal { [OutputPath.groupFeed, OutputPath.submissions].forEach(add) }
            if site.search { add(OutputPath.search) }
            for column in columns[site.id] ?? [] {
                add(OutputPath.columnFeed(column.column.id))
                (1...column.pageCount).map { OutputPath.column(column.column.id, page: $0) }.forEach(add)
            }
            for year in reportYears[site.id] ?? [] {
                for kind in AnnualReport.Kind.allCases {
                    add(OutputPath.report(kind, year: year))
                    OutputPath.ReportFormat.allCases.map { OutputPath.reportData(kind, year: year, format: $0) }.forEach(add)
                }
            }
            if let catalog = catalogs[site.id] {
                for view in catalog.views { (1...catalog.pageCount(view)).map { view.path(page: $0) }.forEach(add) }
            }
            if chains[site.id]?.layouts[TemplateSet.notFound] != nil { add(OutputPath.notFound) }
            (chains[site.id]?.assets.keys).map { $0.map { $0 == OutputPath.favicon ? $0 : "assets/\($0)" }.forEach(add) }
            for document in site.documents + site.pages {
                let target = LinkIndex.target(of: document, publication: publication)
                let path = OutputPath.document(document)
                documents[site.id, default: [:]][path] = document.path
                // Two documents at one address stop the build elsewhere; the published one is what readers find.
                if case .output = target { made[path] = target } else if made[path] == nil { made[path] = target }
            }
            pages[site.id] = made
        }
    }

    func baseURL(of siteID: String) -> String {
        baseURLs[siteID] ?? ""
    }

    /// The key of a link written as an address: from the root of `siteID` (`/notices/`), or absolute (or `//…`) under
    /// one of the group's base URLs. Nil for a relative link or an address elsewhere on the web.
    func key(ofLink link: String, from siteID: String) -> String? {
        let (site, path): (String, Substring)
        if link.hasPrefix("/"), !link.hasPrefix("//") {
            (site, path) = (siteID, Substring(link.dropFirst()))
        } else if let schemeless = Self.schemeless(link), let base = base(of: schemeless) {
            (site, path) = (base.siteID, schemeless.dropFirst(base.schemeless.count))
        } else {
            return nil
        }
        return baseURL(of: site) + Self.normalized(Substring(path.removingPercentEncoding ?? String(path)))
    }

    /// The site whose `base_url` is `base` (by either scheme), if it is one of the group's.
    func site(withBase base: String) -> String? {
        guard let schemeless = Self.schemeless(base.hasSuffix("/") ? base : base + "/") else { return nil }
        return bases[Self.host(schemeless)]?.first { $0.schemeless == schemeless }?.siteID
    }

    /// The site and site-relative path of a key.
    func place(of key: String) -> (siteID: String, path: String)? {
        Self.schemeless(key).flatMap(base).map { base in (base.siteID, String(key.dropFirst(baseURL(of: base.siteID).count))) }
    }

    /// The Markdown file of the document whose page is at the address `key`.
    func document(at key: String) -> String? {
        guard let (siteID, path) = place(of: key), let files = documents[siteID] else { return nil }
        return files[path] ?? (path.hasSuffix("/") ? nil : files[path + "/"])
    }

    /// What is at the address `key` now. A folder may be written without its last `/`. A further page of a list or
    /// of the catalog that the documents published now do not fill is absent, not missing: it may be made tomorrow.
    func target(of key: String) -> LinkIndex.Target? {
        guard let (siteID, path) = place(of: key), let made = pages[siteID] else { return nil }
        if let target = made[path] ?? (path.hasSuffix("/") ? nil : made[path + "/"]) { return target }
        let parts = path.split(separator: "/")
        let furtherListPage = parts.count == 3 && columnIDs[siteID]?.contains(String(parts[0])) == true && parts[1] == "page"
            && Int(parts[2]) != nil
        let catalogView = ["catalog/page/", "catalog/topic/", "catalog/publisher/", "catalog/year/"].contains { path.hasPrefix($0) }
        return furtherListPage || catalogView ? .withheld(.pageNotMade, file: key) : nil
    }

    /// The site whose `base_url` an address (as `//host/path`) lies under.
    private func base(of schemeless: String) -> (siteID: String, schemeless: String)? {
        bases[Self.host(schemeless)]?.first { schemeless.hasPrefix($0.schemeless) }
    }

    private static func host(_ schemeless: String) -> String {
        String(schemeless.dropFirst(2).prefix { $0 != "/" })
    }

    /// `//host/path` of an `http`, `https` or scheme-relative address, the host in lower case (`/` for no path);
    /// nil for any other address. Readers reach a site by either scheme.
    private static func schemeless(_ url: String) -> String? {
        var rest = Substring(url)
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/") {
            guard ["http", "https"].contains(rest[..<colon].lowercased()) else { return nil }
            rest = rest[rest.index(after: colon)...]
        }
        guard rest.hasPrefix("//") else { return nil }
        let host = rest.dropFirst(2)
        let hostEnd = host.firstIndex(of: "/") ?? host.endIndex
        return "//" + host[..<hostEnd].lowercased() + (hostEnd == host.endIndex ? "/" : host[hostEnd...])
    }

    /// A site-relative path with `.` and `..` worked out (never above the root, as browsers do) and a last
    /// `index.html` taken off its folder.
    private static func normalized(_ path: Substring) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        var folder = path.hasSuffix("/")
        if parts.last == "index.html" { parts.removeLast(); folder = true }
        return parts.joined(separator: "/") + (folder && !parts.isEmpty ? "/" : "")
    }
}
