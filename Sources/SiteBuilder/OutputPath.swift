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
    /// At the top of the output folder: the index of every site's sitemap.
    static let sitemapIndex = "sitemap.xml"

    static func columnFeed(_ id: String) -> String { "\(id)/rss.xml" }

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
