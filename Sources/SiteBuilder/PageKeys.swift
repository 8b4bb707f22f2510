import AnnualReport
import ContentModel
import Foundation

/// The key of each file a site is built into: a fingerprint of everything the file is made from, so that a file
/// whose key is unchanged since the last build is known to have unchanged bytes without making it. `base` covers
/// what every file of the site depends on (the program, the group's and the site's configuration, the templates);
/// `body` gives a document's revision together with what its links lead to.
extension SiteRenderer {
    func key(of job: PageJob, base: UInt64, body: @Sendable (Document) -> UInt64) -> UInt64 {
        var hasher = KeyHasher(base)
        func add(_ documents: some Sequence<Document>) {
            for document in documents {
                hasher.add(document.path)
                hasher.add(document.revision)
            }
        }
        switch job {
        case .home:
            hasher.add("home")
            for id in site.site.nav {
                guard let column = site.columns.first(where: { $0.column.id == id }) else { continue }
                hasher.add(id)
                hasher.add(column.documents.isEmpty)
                add(column.documents.prefix(Self.homeItemsPerColumn))
            }
            for section in homeSections {
                hasher.add(section.block.kind.rawValue)
                for list in section.lists {
                    hasher.add("\(list.title) \(list.url) \(list.isEmptyColumn)")
                    for entry in list.entries {
                        hasher.add(entry.site.id)
                        add([entry.document])
                    }
                }
            }
        case .siteMap:
            hasher.add("sitemap")
            site.reports.forEach { hasher.add($0.heading) }
            site.departmentReports.forEach { hasher.add($0.url) }
            for column in site.columns {
                hasher.add(column.column.id)
                hasher.add(column.documents.count)
            }
            add(site.pages)
        case .list(let index, let page):
            let column = site.columns[index]
            hasher.add("list \(column.column.id) \(page) of \(column.pageCount)")
            add(column.documents(onPage: page))
        case .article(let index, let document):
            hasher.add("article \(site.columns[index].column.id)")
            hasher.add(document.path)
            hasher.add(body(document))
            // 上一篇 and 下一篇 show the neighbours' titles and addresses, nothing of their bodies.
            let neighbours = site.columns[index].neighbours(of: document)
            for neighbour in [neighbours.previous, neighbours.next] {
                hasher.add(neighbour.map { "\($0.path) \($0.title)" } ?? "none")
            }
            addHold(of: document, to: &hasher)
        case .page(let document):
            hasher.add("page")
            hasher.add(document.path)
            hasher.add(body(document))
            addHold(of: document, to: &hasher)
        case .catalog(let view, let page):
            // Every catalog page shows how many entries each view holds, and its own rows.
            hasher.add("catalog \(view.path(page: page))")
            hasher.add(catalog.shape)
            site.reports.forEach { hasher.add($0.heading) }
            for entry in (catalog.entries[view] ?? []).dropFirst((page - 1) * CatalogView.pageSize).prefix(CatalogView.pageSize) {
                hasher.add(entry.site.id)
                add([entry.document])
            }
        case .catalogStatistics:
            hasher.add("catalog statistics")
            add(site.catalog.map(\.document))
        case .search:
            hasher.add("search \(site.groupFindable.isEmpty)")
        case .notFound:
            hasher.add("404")
        case .annualReport(let index):
            // Its figures are few, so they are the key: a report changes when one of them does.
            hasher.add("annual report \(index)")
            hasher.add(site.reports[index].csv)
        case .submissions:
            hasher.add("submissions")
            for count in site.submissions {
                hasher.add("\(count.key.year) \(count.key.siteID) \(count.siteName) \(count.sent) \(count.published) \(count.pending)")
            }
        }
        return hasher.value
    }

    /// A preview's banner says why a document is held back, which the clock alone may change; nothing in other builds.
    private func addHold(of document: Document, to hasher: inout KeyHasher) {
        guard group.publication.preview != nil else { return }
        hasher.add(group.publication.hold(of: document).map { String(describing: $0) } ?? "published")
    }

    /// The key of a feed: its channel, and each item with its body.
    static func key(of feed: FeedRenderer.Feed, base: UInt64, body: (Document) -> UInt64) -> UInt64 {
        var hasher = KeyHasher(base)
        hasher.add("feed \(feed.path) \(feed.complete)")
        for entry in feed.entries {
            hasher.add(entry.site.id)
            hasher.add(entry.column.id)
            hasher.add(entry.document.path)
            hasher.add(body(entry.document))
        }
        return hasher.value
    }

    /// The key of a report's CSV or JSON file: its figures.
    static func key(ofReport report: AnnualReport, format: OutputPath.ReportFormat, base: UInt64) -> UInt64 {
        var hasher = KeyHasher(base)
        hasher.add("report \(report.kind.rawValue) \(report.year) \(format.rawValue)")
        hasher.add(report.csv)
        return hasher.value
    }

    /// The key of `catalog.json`: every catalog entry.
    func catalogDataKey(base: UInt64) -> UInt64 {
        var hasher = KeyHasher(base)
        hasher.add("catalog.json")
        for entry in site.catalog {
            hasher.add(entry.site.id)
            hasher.add(entry.document.path)
            hasher.add(entry.document.revision)
        }
        return hasher.value
    }
}
