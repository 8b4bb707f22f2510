import ContentModel
import Foundation

/// The information-disclosure catalog pages: the table by view, and the yearly statistics.
extension SiteRenderer {
    func catalogContext(_ view: CatalogView, page: Int) -> [String: Any] {
        let path = view.path(page: page)
        let heading = Self.heading(view)
        let entries = catalog.entries[view] ?? []
        let shown = entries.dropFirst((page - 1) * CatalogView.pageSize).prefix(CatalogView.pageSize)
        var crumbs: [(String, String?)] = [("信息公开目录", view == .all ? nil : OutputPath.relative(from: path, to: OutputPath.catalog))]
        if view != .all { crumbs.append((heading, nil)) }
        let title = view == .all ? "信息公开目录" : "信息公开目录：\(heading)"
        var context = baseContext(path: path, title: page > 1 ? "\(title)（第\(page)页）" : title, current: Self.catalogSection, crumbs: crumbs)
        let browse = { (kind: (String) -> CatalogView) -> [[String: Any]] in
            catalog.views.compactMap { candidate -> [String: Any]? in
                guard let name = candidate.name, kind(name) == candidate else { return nil }
                return ["name": Self.heading(candidate), "count": catalog.entries[candidate]?.count ?? 0, "current": candidate == view,
                        "url": OutputPath.relative(from: path, to: candidate.folder)]
            }
        }
        context["catalog"] = [
            "heading": heading, "is_all": view == .all, "scope": site.isPortal ? "全市网站群" : site.site.name,
            "count": entries.count, "rows": shown.map { row($0, from: path) }, "empty": entries.isEmpty,
            "all_url": OutputPath.relative(from: path, to: OutputPath.catalog),
            "json_url": OutputPath.relative(from: path, to: OutputPath.catalogJSON),
            "statistics_url": OutputPath.relative(from: path, to: OutputPath.catalogStatistics),
            "annual_reports": reportLinks(from: path),
            "submissions_url": site.isPortal ? OutputPath.relative(from: path, to: OutputPath.submissions) : false,
            "topics": browse(CatalogView.topic), "publishers": browse(CatalogView.publisher),
            "years": catalog.views.compactMap { candidate -> [String: Any]? in
                guard case .year(let year) = candidate else { return nil }
                return ["name": "\(year)年", "count": catalog.entries[candidate]?.count ?? 0, "current": candidate == view,
                        "url": OutputPath.relative(from: path, to: candidate.folder)]
            },
        ] as [String: Any]
        context["pagination"] = pagination(page: page, of: catalog.pageCount(view), from: path) { view.path(page: $0) }
        context["description"] = TemplateText(catalogDescription)
        return context
    }

    func catalogStatisticsContext() -> [String: Any] {
        let path = OutputPath.catalogStatistics
        var context = baseContext(path: path, title: "政府信息主动公开统计", current: Self.catalogSection,
                                  crumbs: [("信息公开目录", OutputPath.relative(from: path, to: OutputPath.catalog)), ("主动公开统计", nil)])
        context["description"] = TemplateText(catalogDescription)
        context["statistics"] = [
            "scope": site.isPortal ? "全市网站群" : site.site.name,
            "years": catalog.views.compactMap { view -> [String: Any]? in
                guard case .year(let year) = view, let entries = catalog.entries[view] else { return nil }
                return ["year": year, "total": entries.count,
                        "topics": Self.counts(entries.map { CatalogView.shown(CatalogView.topic(of: $0)) }),
                        "genres": Self.counts(entries.map { $0.document.frontMatter.disclosure?.genre ?? "" }.map { $0.isEmpty ? "其他" : $0 })]
            },
        ] as [String: Any]
        return context
    }

    /// What the catalog pages are, for their description: the catalog's own, not the site's.
    var catalogDescription: String {
        "\(site.isPortal ? "全市网站群" : site.site.name)政府信息公开目录：主动公开的政府信息，按主题分类、发布机构和发布年份查阅，含索引号、文号、成文日期和有效性。"
    }

    /// 报送/采用 by year, one row per department, with the year's totals.
    func submissionsContext() -> [String: Any] {
        let path = OutputPath.submissions
        var context = baseContext(path: path, title: "部门信息报送采用统计", current: Self.catalogSection,
                                  crumbs: [("信息公开目录", OutputPath.relative(from: path, to: OutputPath.catalog)), ("部门信息报送采用统计", nil)])
        let years = Dictionary(grouping: site.submissions) { $0.key.year }
        context["submissions"] = [
            "years": years.keys.sorted(by: >).map { year -> [String: Any] in
                let rows = years[year]!
                let sent = rows.map(\.sent).reduce(0, +), published = rows.map(\.published).reduce(0, +)
                return ["year": year, "sent": sent, "published": published, "pending": rows.map(\.pending).reduce(0, +), "rate": Self.rate(published, of: sent),
                        "departments": rows.map { row -> [String: Any] in
                            ["name": row.siteName, "sent": row.sent, "published": row.published, "pending": row.pending,
                             "rate": Self.rate(row.published, of: row.sent)]
                        }]
            },
        ] as [String: Any]
        return context
    }

    /// 采用率 as a whole percentage.
    private static func rate(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    private func row(_ entry: Entry, from path: String) -> [String: Any] {
        let document = entry.document
        let disclosure = document.frontMatter.disclosure ?? Disclosure()
        return [
            "index_no": disclosure.indexNumber, "title": document.title, "summary": TemplateText(document.frontMatter.summary),
            "url": group.links.url(of: (entry.site.id, OutputPath.document(document)), fromSite: site.site.id, page: path),
            "publisher": CatalogView.publisher(of: entry), "written": TemplateText(disclosure.written.map(group.dates.day) ?? ""),
            "published": group.dates.day(document.frontMatter.date), "doc_no": TemplateText(disclosure.documentNumber),
            "topic": CatalogView.shown(CatalogView.topic(of: entry)), "genre": TemplateText(disclosure.genre),
            "validity": TemplateText(disclosure.validity), "site": entry.site.name,
        ]
    }

    static func heading(_ view: CatalogView) -> String {
        switch view {
        case .all: "全部"
        case .topic(let name): CatalogView.shown(name)
        case .publisher(let name): name
        case .year(let year): "\(year)年"
        }
    }

    /// Names with how often each occurs, most frequent first.
    private static func counts(_ names: [String]) -> [[String: Any]] {
        Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { ["name": $0.key, "count": $0.value] }
    }
}
