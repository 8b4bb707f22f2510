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
        let sites = selected.map { site in
            ResolvedSite(site: site, chain: chains[site.id]!, columns: site.columns.map { resolve($0, of: site) },
                         pages: published(site.pages).sorted(by: Self.pageOrder),
                         isPortal: site.id == group.portal)
        }
        return ResolvedGroup(group: group, sites: sites, links: LinkIndex(group: group, chains: chains, now: options.now),
                             dates: DateText(timeZone: group.timeZone))
    }

    private func resolve(_ column: Column, of site: Site) -> ResolvedColumn {
        let documents = published(site.documents.filter { $0.columnID == column.id })
        return ResolvedColumn(column: column, documents: documents.sorted(by: Self.readingOrder))
    }

    private func published(_ documents: [Document]) -> [Document] {
        documents.filter { $0.isPublished(at: options.now) }
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
