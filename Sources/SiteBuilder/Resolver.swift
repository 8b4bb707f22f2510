import ContentModel
import Foundation

/// Decides what each site publishes: its theme chain, its columns' documents in order, its pages.
public struct Resolver {
    let group: SiteGroup
    let options: BuildOptions
    let files: FileLister

    public init(_ group: SiteGroup, options: BuildOptions) {
        self.group = group
        self.options = options
        self.files = FileLister(root: URL(fileURLWithPath: group.root))
    }

    public func resolve() throws -> ResolvedGroup {
        let known = group.sites.map(\.id)
        for id in options.siteIDs where !known.contains(id) {
            throw BuildError.unknownSite(id, known: known)
        }
        var chains: [String: ThemeChain] = [:]
        for site in group.sites {
            chains[site.id] = try ThemeChain(site: site, group: group, files: files)
        }
        let selected = group.sites.filter { options.siteIDs.isEmpty || options.siteIDs.contains($0.id) }
        let everything = group.sites.flatMap(entries).sorted { Self.newestFirst($0.document, $1.document) }
        let sites = selected.map { site in
            let isPortal = site.id == group.portal
            let disclosed = everything.filter { $0.document.frontMatter.disclosure != nil && (isPortal || $0.site.id == site.id) }
            return ResolvedSite(site: site, chain: chains[site.id]!, columns: site.columns.map { resolve($0, of: site) },
                                pages: published(site.pages).sorted(by: Self.pageOrder), isPortal: isPortal, catalog: disclosed,
                                latest: everything.filter { $0.site.id == site.id },
                                groupLatest: isPortal ? Array(everything.prefix(group.feedLength)) : [])
        }
        return ResolvedGroup(group: group, sites: sites, links: LinkIndex(group: group, chains: chains, now: options.now),
                             dates: DateText(timeZone: group.timeZone))
    }

    private func resolve(_ column: Column, of site: Site) -> ResolvedColumn {
        let documents = published(site.documents.filter { $0.columnID == column.id })
        return ResolvedColumn(column: column, documents: documents.sorted(by: Self.readingOrder))
    }

    private func entries(of site: Site) -> [Entry] {
        site.columns.flatMap { column in
            published(site.documents.filter { $0.columnID == column.id }).map { Entry(site: site, column: column, document: $0) }
        }
    }

    private func published(_ documents: [Document]) -> [Document] {
        documents.filter { $0.isPublished(at: options.now) }
    }

    /// Newest first regardless of pinning, as feeds and the catalog order; the path breaks ties.
    static func newestFirst(_ a: Document, _ b: Document) -> Bool {
        a.frontMatter.date != b.frontMatter.date ? a.frontMatter.date > b.frontMatter.date : a.path < b.path
    }

    /// Pages with a higher `weight` first, then by title.
    static func pageOrder(_ a: Document, _ b: Document) -> Bool {
        a.frontMatter.weight != b.frontMatter.weight ? a.frontMatter.weight > b.frontMatter.weight : a.title < b.title
    }

    /// Pinned documents (higher `weight`) first, then newest first; the slug breaks ties so output is stable.
    static func readingOrder(_ a: Document, _ b: Document) -> Bool {
        let (x, y) = (a.frontMatter, b.frontMatter)
        if x.weight != y.weight { return x.weight > y.weight }
        if x.date != y.date { return x.date > y.date }
        return a.slug < b.slug
    }
}
