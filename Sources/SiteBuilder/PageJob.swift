import ContentModel

/// One HTML page of a site to render.
enum PageJob: Sendable {
    case home
    /// A column's list page, 1-based.
    case list(column: Int, page: Int)
    case article(column: Int, document: Document)
    case page(Document)
    /// The 网站地图 page.
    case siteMap
    /// A page of the information-disclosure catalog, 1-based.
    case catalog(CatalogView, page: Int)
    /// The yearly disclosure statistics.
    case catalogStatistics
    /// On the portal: 报送/采用, what departments sent by sync and what was published.
    case submissions
    /// An annual report (年度报表), by its index among the site's reports.
    case annualReport(Int)
    /// The search page, on a site whose search is on.
    case search
    /// `404.html`, what the web server answers for an address the site does not have, when the theme chain has a `404` layout.
    case notFound

    /// The document an article or standalone page shows.
    var document: Document? {
        switch self {
        case .article(_, let document), .page(let document): document
        case .home, .list, .siteMap, .catalog, .catalogStatistics, .submissions, .search, .annualReport, .notFound: nil
        }
    }

    static func all(for site: ResolvedSite, catalog: CatalogIndex) -> [PageJob] {
        var jobs: [PageJob] = [.home, .siteMap, .catalogStatistics]
        if site.isPortal { jobs.append(.submissions) }
        if site.site.search { jobs.append(.search) }
        if site.chain.layouts[TemplateSet.notFound] != nil { jobs.append(.notFound) }
        jobs += site.reports.indices.map { .annualReport($0) }
        for view in catalog.views {
            jobs += (1...catalog.pageCount(view)).map { .catalog(view, page: $0) }
        }
        for (index, column) in site.columns.enumerated() {
            jobs += (1...column.pageCount).map { .list(column: index, page: $0) }
            jobs += column.documents.map { .article(column: index, document: $0) }
        }
        jobs += site.pages.map { .page($0) }
        return jobs
    }
}
