import ContentModel
import Foundation

/// The values templates see. Contexts are dictionaries built field by field: templates render
/// fastest from them, and only what is named here reaches a template.
extension SiteRenderer {
    /// The `current` menu entry of catalog pages.
    static let catalogSection = "catalog/"

    /// - Parameter root: the way back to the site's root, when it is not the relative one from `path` (the 404 page's is absolute).
    func baseContext(path: String, title: String, current: String?, crumbs: [(String, String?)], root: String? = nil) -> [String: Any] {
        let info = site.site
        let root = root ?? OutputPath.root(from: path)
        let isHome = path.isEmpty
        return chrome(root: root, current: current) + [
            "title": title,
            "page_title": isHome ? info.name : "\(title) - \(info.name)",
            "description": TemplateText(info.description),
            "keywords": TemplateText(info.keywords.joined(separator: ",")),
            "canonical": info.baseURL + path,
            "og_type": "website",
            "breadcrumbs": crumbs.isEmpty ? false : ["items": [["title": "首页", "url": OutputPath.relative(root: root, to: "")]] + crumbs.map { title, url in
                ["title": title, "url": TemplateText(url ?? "")]
            }],
            "meta": siteMeta(),
            "feeds": feeds(root: root, column: current.flatMap(info.column)),
        ]
    }

    /// What a page shares with every page of its site at the same depth under the same menu entry: the values
    /// the `header` and `footer` templates see (lang, root, assets, site, group, nav), and those two templates
    /// rendered, as `chrome.header` and `chrome.footer`. A site has a few dozen such variants and thousands of
    /// pages, so each variant is made once — as Hugo's `partialCached` does — instead of once per page.
    func chrome(root: String, current: String?) -> [String: Any] {
        chromeVariants.value(for: ChromeKey(root: root, current: current)) {
            let info = site.site
            let homeURL = OutputPath.relative(root: root, to: "")
            var context: [String: Any] = [
                "lang": group.group.language,
                "root": root,
                "assets": root + "assets/",
                "site": [
                    "id": info.id, "name": info.name, "url": info.baseURL, "home": homeURL, "is_portal": site.isPortal,
                    "identity": identityContext(info.identity),
                    "sitemap_url": OutputPath.relative(root: root, to: OutputPath.siteMap),
                    "search_url": info.search ? OutputPath.relative(root: root, to: OutputPath.search) : false,
                ] as [String: Any],
                "group": [
                    "name": group.group.name, "domain": group.sharedDomain,
                    "portal": group.portalFirst.first.map { ["name": $0.name, "url": $0.baseURL] as [String: Any] } ?? false,
                    "sites": group.portalFirst.map { ["name": $0.name, "url": $0.baseURL, "current": $0.id == info.id] },
                ] as [String: Any],
                "nav": [["title": "首页", "url": homeURL, "current": root.isEmpty]] + info.nav.compactMap { id -> [String: Any]? in
                    guard let column = info.column(id) else { return nil }
                    return ["title": column.title, "url": OutputPath.relative(root: root, to: OutputPath.column(id)), "current": id == current]
                } + [["title": "信息公开", "url": OutputPath.relative(root: root, to: OutputPath.catalog), "current": current == Self.catalogSection]],
            ]
            context["chrome"] = ["header": Self.placed(templates.render(context, preferring: ["header"])),
                                 "footer": Self.placed(templates.render(context, preferring: ["footer"]))]
            return context
        }
    }

    /// The chrome and a document's body end with a line break, and the default theme places each on a line of its
    /// own: the break is dropped once here, so a page does not carry a blank line after them.
    static func placed(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The feeds a page points to with `<link rel="alternate">`: its column's, the site's, and the group's on the portal.
    func feeds(root: String, column: Column?) -> [[String: String]] {
        var feeds: [[String: String]] = []
        if let column {
            feeds.append(["title": "\(site.site.name) - \(column.title)", "url": OutputPath.relative(root: root, to: OutputPath.columnFeed(column.id))])
        }
        feeds.append(["title": site.site.name, "url": OutputPath.relative(root: root, to: OutputPath.siteFeed)])
        if site.isPortal {
            feeds.append(["title": "\(group.group.name) - 全部信息", "url": OutputPath.relative(root: root, to: OutputPath.groupFeed)])
        }
        return feeds
    }

    func identityContext(_ identity: Identity) -> [String: Any] {
        [
            "sponsor": TemplateText(identity.sponsor), "site_code": TemplateText(identity.siteCode), "icp": TemplateText(identity.icp),
            "police": TemplateText(identity.police), "police_number": TemplateText(identity.policeRecordNumber),
            "contact": TemplateText(identity.contact), "address": TemplateText(identity.address),
            "conac_url": identity.link(identity.conacURL, siteURL: site.site.baseURL),
            "error_report_url": identity.link(identity.errorReportURL, siteURL: site.site.baseURL),
        ]
    }

    func columnContext(_ column: Column, from path: String) -> [String: Any] {
        [
            "id": column.id, "title": column.title, "kind": column.kind.rawValue, "kind_name": column.kind.displayName,
            "description": TemplateText(column.description), "url": OutputPath.relative(from: path, to: OutputPath.column(column.id)),
        ]
    }

    /// One entry of a list. An `info` column's documents (机构概况, 领导信息) are standing pages, not news: they show
    /// no date and no 置顶, whatever their `weight` orders.
    func item(_ document: Document, from path: String) -> [String: Any] {
        let isNews = document.columnID.flatMap(site.site.column)?.kind != .info
        return [
            "title": document.title, "url": OutputPath.relative(from: path, to: OutputPath.document(document)),
            "date": group.dates.day(document.frontMatter.date), "summary": TemplateText(summary(document)),
            "pinned": isNews && document.frontMatter.weight > 0, "dated": isNews, "letter": letterContext(document),
        ]
    }

    /// The record of a letter and its reply (政民互动): an interaction item's, or any document's with `letter:`.
    /// 来信人 is masked; 答复单位 falls back to the document's source, then the site's sponsor; the status follows `replied:`.
    func letterContext(_ document: Document) -> Any {
        let matter = document.frontMatter
        guard matter.letter != nil || document.columnID.flatMap(site.site.column)?.kind == .interaction else { return false }
        let letter = matter.letter ?? Letter()
        let office = [letter.office, matter.source, site.site.identity.sponsor, site.site.name].first { !$0.isEmpty } ?? ""
        return [
            "received": TemplateText(letter.received.map(group.dates.day) ?? ""), "sender": TemplateText(letter.maskedSender),
            "content": TemplateText(letter.content), "office": office,
            "replied": TemplateText(matter.replied.map(group.dates.day) ?? ""), "answered": matter.replied != nil,
            "status": matter.replied == nil ? "办理中" : "已答复",
        ] as [String: Any]
    }

    func documentContext(_ document: Document, path: String) -> [String: Any] {
        let matter = document.frontMatter
        var context: [String: Any] = [
            "title": matter.title, "date": group.dates.day(matter.date), "date_minute": group.dates.minute(matter.date),
            "summary": TemplateText(summary(document)), "author": TemplateText(matter.author),
            "source": TemplateText(matter.source), "tags": matter.tags,
            "content": Self.placed(bodies[document.path]?.html ?? ""), "url": site.site.baseURL + path,
            "extra": matter.extra.mapValues(Self.plain), "letter": letterContext(document),
        ]
        if let disclosure = matter.disclosure {
            context["disclosure"] = [
                "index_no": TemplateText(disclosure.indexNumber), "doc_no": TemplateText(disclosure.documentNumber),
                "publisher": TemplateText(disclosure.publisher), "written": TemplateText(disclosure.written.map(group.dates.day) ?? ""),
                "topic": TemplateText(CatalogView.shown(disclosure.topic)), "genre": TemplateText(disclosure.genre), "validity": TemplateText(disclosure.validity),
            ]
        }
        if let origin = matter.origin {
            let name = group.group.site(origin.site)?.name ?? (origin.siteName.isEmpty ? origin.site : origin.siteName)
            context["origin"] = ["site": TemplateText(name), "url": TemplateText(origin.url)]
        }
        return context
    }

    /// The summary an editor wrote, or the start of the first paragraph.
    func summary(_ document: Document) -> String {
        document.frontMatter.summary.isEmpty ? summaries[document.path] ?? "" : document.frontMatter.summary
    }

    /// The start of a body's first paragraph, as lists and descriptions show it when no summary was written.
    static func paragraphSummary(_ firstParagraph: String) -> String {
        firstParagraph.count > summaryLength ? String(firstParagraph.prefix(summaryLength)) + "…" : firstParagraph
    }

    /// The site tags of the national page-label rules (网页标签): on every page.
    func siteMeta() -> [[String: String]] {
        let identity = site.site.identity
        var tags = [["name": "SiteName", "content": site.site.name], ["name": "SiteDomain", "content": site.site.domain]]
        if !identity.siteCode.isEmpty { tags.append(["name": "SiteIDCode", "content": identity.siteCode]) }
        return tags
    }

    /// The column tags: on column and article pages.
    func columnMeta(_ column: Column) -> [[String: String]] {
        [
            ["name": "ColumnName", "content": column.title],
            ["name": "ColumnDescription", "content": columnDescription(column)],
            ["name": "ColumnKeywords", "content": (column.keywords.isEmpty ? [column.title] : column.keywords).joined(separator: ",")],
            ["name": "ColumnType", "content": column.kind.displayName],
        ]
    }

    /// What a column is for, as its pages describe it: its own `description`, or its title under the site's name.
    func columnDescription(_ column: Column) -> String {
        column.description.isEmpty ? "\(site.site.name)\(column.title)" : column.description
    }

    /// The keywords of a column's pages: the column's own, else the site's, else the column's title.
    func columnKeywords(_ column: Column) -> String {
        (column.keywords.isEmpty ? (site.site.keywords.isEmpty ? [column.title] : site.site.keywords) : column.keywords).joined(separator: ",")
    }

    /// The keywords of an article: its tags, else its column's keywords.
    func keywords(of document: Document, in column: Column) -> String {
        document.frontMatter.tags.isEmpty ? columnKeywords(column) : document.frontMatter.tags.joined(separator: ",")
    }

    /// Who wrote an article, for the `Author` tag: its `author`, else its `source`, else the site's sponsor.
    func author(of document: Document) -> String {
        let matter = document.frontMatter
        if !matter.author.isEmpty { return matter.author }
        if !matter.source.isEmpty { return matter.source }
        return site.site.identity.sponsor.isEmpty ? site.site.name : site.site.identity.sponsor
    }

    /// The content tags: on article pages. None is ever empty: each falls back as the national page-label rules expect.
    func articleMeta(_ document: Document, in column: Column, path: String) -> [[String: String]] {
        let matter = document.frontMatter
        let description = summary(document)
        return [
            ["name": "ArticleTitle", "content": matter.title],
            ["name": "PubDate", "content": group.dates.minute(matter.date)],
            ["name": "ContentSource", "content": matter.source.isEmpty ? site.site.name : matter.source],
            ["name": "Keywords", "content": keywords(of: document, in: column)],
            ["name": "Author", "content": author(of: document)],
            ["name": "Description", "content": description.isEmpty ? matter.title : description],
            ["name": "Url", "content": site.site.baseURL + path],
        ]
    }

    private static func plain(_ value: FrontMatterValue) -> Any {
        switch value {
        case .text(let text): TemplateText(text)
        case .list(let items): items.map(plain)
        case .mapping(let entries): entries.mapValues(plain)
        }
    }
}
