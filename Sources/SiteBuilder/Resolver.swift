import AnnualReport
import ContentModel
import Foundation

/// Decides what each site publishes: its theme chain, its columns' documents in order, its pages.
public struct Resolver {
    /// The group as this build publishes it: in a preview, every site at its preview address.
    let group: SiteGroup
    let options: BuildOptions
    let publication: Publication
    /// In a preview, each site's own `base_url`, which editors' links may still name.
    let formerBases: [(siteID: String, baseURL: String)]
    let files: FileLister

    public init(_ group: SiteGroup, options: BuildOptions) {
        self.group = options.preview?.readdressing(group) ?? group
        self.options = options
        self.publication = Publication(now: options.now, preview: options.preview)
        self.formerBases = options.preview == nil ? [] : group.sites.map { (siteID: $0.id, baseURL: $0.baseURL) }
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
        // Every site's columns are resolved once: the portal's feed and catalog need the whole group's.
        let columns = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, resolveColumns(of: $0)) })
        let everything = Self.sorted(group.sites.flatMap { site in
            columns[site.id, default: []].flatMap { column in column.documents.map { Entry(site: site, column: column.column, document: $0) } }
        }, by: { NewestFirst($0.document) })
        let latestBySite = Dictionary(grouping: everything) { $0.site.id }
        // Group-wide lists leave out the copies the sync agent made of another site's documents: the originals are there.
        let siteIDs = Set(group.sites.map(\.id))
        let groupWide = everything.filter { $0.document.originSiteID == $0.document.siteID || !siteIDs.contains($0.document.originSiteID) }
        let catalogs = Dictionary(uniqueKeysWithValues: group.sites.map { site in
            (site.id, (site.id == group.portal ? groupWide : latestBySite[site.id, default: []]).filter { $0.document.frontMatter.disclosure != nil })
        })
        let findable = Dictionary(uniqueKeysWithValues: group.sites.map { site in
            (site.id, site.search ? columns[site.id, default: []].flatMap { column in
                column.documents.map { Findable(site: site, column: column.column, document: $0) }
            } + published(site.pages).map { Findable(site: site, column: nil, document: $0) } : [])
        })
        let groupFindable = group.sites.flatMap { findable[$0.id, default: []] }.filter {
            $0.document.originSiteID == $0.document.siteID || !siteIDs.contains($0.document.originSiteID)
        }
        let reporters = reportMakers(chains: chains)
        let reportYears = reporters.mapValues(\.years)
        let shardSites = options.shardSites.map(Set.init) ?? options.shard.map { Set($0.sites(of: group)) }
        let selected = group.sites.filter { (options.siteIDs.isEmpty || options.siteIDs.contains($0.id)) && shardSites?.contains($0.id) != false }
        let sites = selected.map { site in
            let isPortal = site.id == group.portal
            return ResolvedSite(site: site, chain: chains[site.id]!, columns: columns[site.id, default: []],
                                pages: published(site.pages).sorted(by: Self.pageOrder), scheduled: scheduled(site), isPortal: isPortal,
                                catalog: catalogs[site.id, default: []], latest: latestBySite[site.id, default: []],
                                groupLatest: isPortal ? Array(groupWide.prefix(group.feedLength)) : [],
                                departmentLatest: isPortal ? groupWide.filter { $0.site.id != site.id } : [],
                                submissions: isPortal ? submissions(to: site) : [], findable: findable[site.id, default: []],
                                groupFindable: isPortal && site.search ? groupFindable : [], reporter: reporters[site.id]!,
                                reports: reportYears[site.id]!.flatMap(reporters[site.id]!.reports),
                                departmentReports: isPortal ? departmentReports(reportYears) : [])
        }
        // Links are checked against every site, built now or not: `--site` still finds a link to another site broken.
        let dates = DateText(timeZone: group.timeZone)
        let addresses = SiteAddresses(group: group, chains: chains, columns: columns,
                                      catalogs: catalogs.mapValues { CatalogIndex($0, dates: dates) }, publication: publication,
                                      formerBases: formerBases, reportYears: reportYears, now: options.now)
        // Every site's, built now or not, so each shard writes the same index.
        let sitemaps = group.sites.map { site in
            (url: site.baseURL + OutputPath.siteSitemap, lastModified: latestBySite[site.id]?.first?.document.frontMatter.date)
        }
        return ResolvedGroup(group: group, sites: sites, sitemaps: sitemaps,
                             links: LinkIndex(group: group, chains: chains, addresses: addresses, dates: dates, publication: publication),
                             dates: dates, publication: publication,
                             portalFirst: group.sites.filter { $0.id == group.portal } + group.sites.filter { $0.id != group.portal },
                             sharedDomain: group.sharedDomain)
    }

    /// A site's columns with their published documents in reading order, sorting the documents into columns in one pass.
    private func resolveColumns(of site: Site) -> [ResolvedColumn] {
        let byColumn = Dictionary(grouping: published(site.documents)) { $0.columnID ?? "" }
        return site.columns.map { column in
            ResolvedColumn(column: column, documents: Self.sorted(byColumn[column.id, default: []], by: ReadingOrder.init))
        }
    }

    /// Every site's report maker, with the features its templates offer readers; a template shared by many sites
    /// is read once. A site whose search is off (`search: false`) offers none, whatever its templates hold.
    private func reportMakers(chains: [String: ThemeChain]) -> [String: AnnualReportMaker] {
        var texts: [String: String] = [:]
        var makers: [String: AnnualReportMaker] = [:]
        for site in group.sites {
            let paths = chains[site.id]!.layouts.values.sorted()
            for path in paths where texts[path] == nil {
                // A template that cannot be read offers nothing; rendering tells the editor why (template.unreadable).
                texts[path] = (try? files.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
            var features = SiteFeatures(templates: paths.compactMap { texts[$0] })
            features.search = features.search && site.search
            makers[site.id] = AnnualReportMaker(site: site, isPortal: site.id == group.portal, features: features,
                                                now: options.now, timeZone: group.timeZone)
        }
        return makers
    }

    /// The reports of every site but the portal, as the portal lists them.
    private func departmentReports(_ reportYears: [String: [Int]]) -> [ReportLink] {
        group.sites.filter { $0.id != group.portal }.flatMap { site in
            (reportYears[site.id] ?? []).reversed().flatMap { year in
                AnnualReport.Kind.allCases.map { kind in
                    ReportLink(siteName: site.name, title: AnnualReport.heading(kind, year: year), url: site.baseURL + OutputPath.report(kind, year: year))
                }
            }
        }
    }

    /// 报送/采用: what each department sent to the portal by sync, and how much of it the portal published, by year.
    private func submissions(to portal: Site) -> [SubmissionCount] {
        let calendar = DateText(timeZone: group.timeZone)
        var counts: [SubmissionCount.Key: SubmissionCount] = [:]
        for document in portal.documents {
            guard let origin = document.frontMatter.origin?.site, let department = group.site(origin), origin != portal.id else { continue }
            let key = SubmissionCount.Key(year: calendar.year(document.frontMatter.date), siteID: origin)
            counts[key, default: SubmissionCount(key: key, siteName: department.name)].add(document, now: options.now)
        }
        return counts.values.sorted { ($1.key.year, $0.key.siteID) < ($0.key.year, $1.key.siteID) }
    }

    /// Not shown now, but published on their own date: nothing but the clock stands in their way.
    private func scheduled(_ site: Site) -> [Document] {
        (site.documents + site.pages).filter { !publication.shows($0) && $0.isPublished(at: $0.frontMatter.date) }
    }

    /// What the build shows: the published documents, and in a preview those held back as well.
    private func published(_ documents: [Document]) -> [Document] {
        documents.filter(publication.shows)
    }

    /// Sorts by keys worked out once per element, moving positions rather than values: documents and entries
    /// are large, and comparing through their accessors n log n times cost a group of 50,000 documents dearly.
    static func sorted<Element, Key: Comparable>(_ elements: [Element], by key: (Element) -> Key) -> [Element] {
        let keys = elements.map(key)
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { elements[$0] }
    }

    /// Newest first regardless of pinning, as feeds and the catalog order; the path breaks ties.
    struct NewestFirst: Comparable {
        let date: Date
        let path: String

        init(_ document: Document) {
            (date, path) = (document.frontMatter.date, document.path)
        }

        static func < (a: Self, b: Self) -> Bool {
            a.date != b.date ? a.date > b.date : a.path < b.path
        }
    }

    /// Pinned documents (higher `weight`) first, then newest first; the slug breaks ties so output is stable.
    struct ReadingOrder: Comparable {
        let weight: Int
        let date: Date
        let slug: String

        init(_ document: Document) {
            (weight, date, slug) = (document.frontMatter.weight, document.frontMatter.date, document.slug)
        }

        static func < (a: Self, b: Self) -> Bool {
            if a.weight != b.weight { return a.weight > b.weight }
            if a.date != b.date { return a.date > b.date }
            return a.slug < b.slug
        }
    }

    /// Pages with a higher `weight` first, then by title.
    static func pageOrder(_ a: Document, _ b: Document) -> Bool {
        a.frontMatter.weight != b.frontMatter.weight ? a.frontMatter.weight > b.frontMatter.weight : a.title < b.title
    }
}
