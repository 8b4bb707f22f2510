import AnnualReport
import ContentModel

/// Site-relative output paths. Pages are folders (`news/a/`) holding `index.html`;
/// links between pages of a site are relative, so the output works under any address.
enum OutputPath {
    static func column(_ id: String, page: Int = 1) -> String {
        page <= 1 ? "\(id)/" : "\(id)/page/\(page)/"
    }

    static func document(_ document: Document) -> String {
        if let column = document.columnID { return "\(column)/\(document.slug)/" }
        return "\(document.slug)/"
    }

    static let siteMap = "sitemap/"
    static let catalog = "catalog/"
    static let catalogStatistics = "catalog/statistics/"
    static let catalogJSON = "catalog/catalog.json"
    static let siteFeed = "rss.xml"
    static let groupFeed = "group/rss.xml"
    static let submissions = "group/submissions/"
    /// The search page; its indexes are in `site/` and, on the portal, `group/` beside it.
    static let search = "search/"
    static let siteSitemap = "sitemap.xml"
    /// At the site's root, where web servers look for the page of an address the site does not have.
    static let notFound = "404.html"
    /// At the site's root, where browsers ask for a site's icon whatever its pages link.
    static let favicon = "favicon.ico"
    /// At the top of the output folder: the index of every site's sitemap.
    static let sitemapIndex = "sitemap.xml"

    static func columnFeed(_ id: String) -> String { "\(id)/rss.xml" }

    /// The page of a year's report: `report/2026/` for 政府网站工作年度报表, `report/2026/disclosure/` for
    /// 政府信息公开工作年度报告.
    static func report(_ kind: AnnualReport.Kind, year: Int) -> String {
        kind == .website ? "report/\(year)/" : "report/\(year)/\(kind.rawValue)/"
    }

    /// The report's figures for spreadsheets and other systems: `report/2026/website.csv`, `….json`.
    static func reportData(_ kind: AnnualReport.Kind, year: Int, format: ReportFormat) -> String {
        "report/\(year)/\(kind.rawValue).\(format.rawValue)"
    }

    enum ReportFormat: String, CaseIterable, Sendable {
        case csv, json
    }

    /// The file written for a page folder.
    static func file(_ folder: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + "index.html" : folder
    }

    /// `../` once for each folder of `page`, leading back to the site's root.
    static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - (page.hasSuffix("/") || page.isEmpty ? 0 : 1))
    }

    static func relative(from page: String, to target: String) -> String {
        relative(root: root(from: page), to: target)
    }

    /// The link to `target` from a page whose way back to the site's root is `root`.
    static func relative(root: String, to target: String) -> String {
        let link = root + target
        return link.isEmpty ? "./" : link
    }
}
