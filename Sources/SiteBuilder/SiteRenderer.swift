import ContentModel
import Foundation

/// Renders every page of one site from its resolved content and templates.
struct SiteRenderer: Sendable {
    let site: ResolvedSite
    let group: ResolvedGroup
    let templates: TemplateSet
    /// Rendered bodies of the documents and pages whose pages are rendered now, by Markdown path.
    let bodies: [String: RenderedMarkdown]
    /// Every published document's summary from its first paragraph (`paragraphSummary`), by Markdown path.
    let summaries: [String: String]
    let catalog: CatalogIndex
    let chromeVariants = Memo<ChromeKey, [String: Any]>()

    static let homeItemsPerColumn = 8
    static let summaryLength = 120

    /// The output folder of a page, and when what it shows last changed (for the sitemap).
    func address(of job: PageJob) -> (path: String, lastModified: Date?) {
        let newest = site.latest.first?.document.frontMatter.date
        switch job {
        case .home: return ("", newest)
        case .siteMap: return (OutputPath.siteMap, newest)
        case .list(let index, let page):
            let column = site.columns[index]
            return (OutputPath.column(column.column.id, page: page), column.newest)
        case .article(_, let document), .page(let document):
            return (OutputPath.document(document), document.frontMatter.date)
        case .catalog(let view, let page):
            return (view.path(page: page), catalog.entries[view]?.first?.document.frontMatter.date)
        case .catalogStatistics:
            return (OutputPath.catalogStatistics, site.catalog.first?.document.frontMatter.date)
        case .submissions:
            return (OutputPath.submissions, newest)
        case .search:
            return (OutputPath.search, nil)
        case .notFound:
            return (OutputPath.notFound, nil)
        case .annualReport(let index):
            let report = site.reports[index]
            return (OutputPath.report(report.kind, year: report.year), nil)
        }
    }

    func render(_ job: PageJob) -> OutputFile {
        let path = address(of: job).path
        let (context, names) = prepare(job, path: path)
        var html = templates.render(context, preferring: names)
        if let preview = group.publication.preview {
            html = PreviewMarks(language: Language(groupLanguage: group.group.language), dates: group.dates, isForReview: preview.isForReview)
                .marked(html, hold: job.document.flatMap(group.publication.hold))
        }
        return OutputFile(path: OutputPath.file(path), data: Data(html.utf8))
    }

    /// The template context of a page and the templates to render it with, most specific first.
    func prepare(_ job: PageJob, path: String) -> ([String: Any], [String]) {
        switch job {
        case .home:
            return (homeContext(), ["home"])
        case .list(let index, let page):
            let column = site.columns[index]
            return (listContext(column, page: page, path: path), ["list-\(column.column.kind.rawValue)", "list"])
        case .article(let index, let document):
            let column = site.columns[index]
            return (articleContext(document, in: column), ["article-\(column.column.kind.rawValue)", "article"])
        case .page(let document):
            return (pageContext(document), ["page"])
        case .siteMap:
            return (siteMapContext(), ["sitemap"])
        case .catalog(let view, let page):
            return (catalogContext(view, page: page), ["catalog"])
        case .catalogStatistics:
            return (catalogStatisticsContext(), ["catalog-statistics"])
        case .submissions:
            return (submissionsContext(), ["submissions"])
        case .search:
            return (searchContext(), ["search"])
        case .notFound:
            return (notFoundContext(), [TemplateSet.notFound])
        case .annualReport(let index):
            return (reportContext(site.reports[index]), ["annual-report"])
        }
    }

    private func listContext(_ column: ResolvedColumn, page: Int, path: String) -> [String: Any] {
        let title = page > 1 ? "\(column.column.title)（第\(page)页）" : column.column.title
        var context = baseContext(path: path, title: title, current: column.column.id, crumbs: [(column.column.title, nil)])
        context["column"] = columnContext(column.column, from: path)
        context["items"] = column.documents(onPage: page).map { item($0, from: path) }
        context["empty"] = column.documents.isEmpty
        context["pagination"] = pagination(page: page, of: column.pageCount, from: path) { OutputPath.column(column.column.id, page: $0) }
        context["meta"] = siteMeta() + columnMeta(column.column)
        context["description"] = TemplateText(columnDescription(column.column))
        context["keywords"] = TemplateText(columnKeywords(column.column))
        return context
    }

    private func articleContext(_ document: Document, in column: ResolvedColumn) -> [String: Any] {
        let path = OutputPath.document(document)
        var context = baseContext(path: path, title: document.title, current: column.column.id,
                                  crumbs: [(column.column.title, OutputPath.relative(from: path, to: OutputPath.column(column.column.id))),
                                           (document.title, nil)])
        context["column"] = columnContext(column.column, from: path)
        context["document"] = documentContext(document, path: path)
        let description = summary(document)
        context["description"] = TemplateText(description.isEmpty ? document.title : description)
        context["keywords"] = TemplateText(keywords(of: document, in: column.column))
        context["meta"] = siteMeta() + columnMeta(column.column) + articleMeta(document, in: column.column, path: path)
        let neighbours = column.neighbours(of: document)
        context["sequence"] = [
            "previous": neighbours.previous.map { ["title": $0.title, "url": OutputPath.relative(from: path, to: OutputPath.document($0))] } ?? false,
            "next": neighbours.next.map { ["title": $0.title, "url": OutputPath.relative(from: path, to: OutputPath.document($0))] } ?? false,
        ] as [String: Any]
        context["og_type"] = "article"
        return context
    }

    private func pageContext(_ document: Document) -> [String: Any] {
        let path = OutputPath.document(document)
        var context = baseContext(path: path, title: document.title, current: nil, crumbs: [(document.title, nil)])
        context["document"] = documentContext(document, path: path)
        context["description"] = TemplateText(summary(document))
        return context
    }

    private func siteMapContext() -> [String: Any] {
        let path = OutputPath.siteMap
        var context = baseContext(path: path, title: "网站地图", current: nil, crumbs: [("网站地图", nil)])
        context["map_columns"] = site.columns.map { column in
            columnContext(column.column, from: path) + ["count": column.documents.count]
        }
        context["map_pages"] = site.pages.map { ["title": $0.title, "url": OutputPath.relative(from: path, to: OutputPath.document($0))] }
        if site.isPortal { context["submissions_url"] = OutputPath.relative(from: path, to: OutputPath.submissions) }
        context["catalog_url"] = OutputPath.relative(from: path, to: OutputPath.catalog)
        context["statistics_url"] = OutputPath.relative(from: path, to: OutputPath.catalogStatistics)
        context["annual_reports"] = reportLinks(from: path)
        context["department_reports"] = site.departmentReports.map { ["site": $0.siteName, "title": $0.title, "url": $0.url] }
        return context
    }

    /// `404.html` is served in place of any missing address, at any depth, so its links and assets start from the
    /// server's root: the path of the site's address (`/` for `https://lyj.example.gov.cn/`), whatever host serves it.
    private func notFoundContext() -> [String: Any] {
        let path = URLComponents(string: site.site.baseURL)?.path ?? ""
        return baseContext(path: OutputPath.notFound, title: "页面未找到", current: nil, crumbs: [], root: path.hasSuffix("/") ? path : path + "/")
    }

    /// Links to the pages of a paged list; `target` gives the output folder of page n.
    func pagination(page: Int, of total: Int, from path: String, target: (Int) -> String) -> [String: Any]? {
        guard total > 1 else { return nil }
        func url(_ number: Int) -> String { OutputPath.relative(from: path, to: target(number)) }
        // A window around the current page, plus the first and last, so a column of thousands of pages stays small.
        let shown = Set([1, total] + Array(max(1, page - 2)...min(total, page + 2))).sorted()
        var entries: [[String: Any]] = []
        for (offset, number) in shown.enumerated() {
            if offset > 0, number - shown[offset - 1] > 1 { entries.append(["gap": true]) }
            entries.append(["number": number, "url": url(number), "current": number == page])
        }
        var context: [String: Any] = ["current": page, "total": total, "pages": entries]
        if page > 1 { context["prev_url"] = url(page - 1) }
        if page < total { context["next_url"] = url(page + 1) }
        return context
    }
}

/// A page's depth below its site's root and its menu entry: all that its chrome depends on.
struct ChromeKey: Hashable {
    let root: String
    let current: String?
}

/// Merging a few extra keys into a template context.
func + (lhs: [String: Any], rhs: [String: Any]) -> [String: Any] {
    lhs.merging(rhs) { _, new in new }
}
