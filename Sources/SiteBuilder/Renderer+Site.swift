import CacheStore
import ContentModel
import Foundation
import Integrity

/// Making one site's files for a build, as separate steps: the bodies whose files changed are rendered first, since
/// what they teach (summary, links) keys the pages; keying (`plan`) then says which files must be made; rendering
/// (`render`) makes them; and `compare` keeps apart those made again with the bytes they had, which need not be written.
extension Renderer {
    /// One file a site is built into, and its key.
    struct SiteOutput: Sendable {
        enum Kind: Sendable {
            /// A page, by its index among the site's page jobs.
            case page(Int)
            /// A feed, by its index among the site's feeds.
            case feed(Int)
            case catalogData
            /// An annual report's CSV or JSON, by its index among the site's reports.
            case reportData(Int, OutputPath.ReportFormat)
            case sitemap
        }

        let kind: Kind
        let path: String
        let key: UInt64
    }

    /// The files of one site that must be written this build, and the record of every file the site consists of.
    struct MadeSite {
        var files: [OutputFile] = []
        var records: [String: BuildCache.FileRecord] = [:]
        var problems: [Diagnostic] = []
        /// What rendering bodies taught this build, for the cache.
        var facts: [String: BuildCache.DocumentFacts] = [:]
        var pageCount = 0
        /// How many files were made (rendered or read); `files` holds those of them whose bytes changed.
        var madeCount = 0
    }

    /// The bodies of a site read and rendered so far this build, and what they taught.
    struct Bodies {
        /// Documents whose bodies were read this build, by path, so a page and a feed that show one body show the same text.
        var read: [String: Document] = [:]
        var html: [String: RenderedMarkdown] = [:]
        var learnt: [String: BuildCache.DocumentFacts] = [:]
        var problems: [Diagnostic] = []

        mutating func add(_ rendered: [RenderedBody]) {
            for body in rendered {
                html[body.document.path] = body.markdown
                problems += body.links.problems
                learnt[body.document.path] = BuildCache.DocumentFacts(
                    revision: body.document.revision, summary: SiteRenderer.paragraphSummary(body.markdown.firstParagraph),
                    links: body.links.lookedUp, text: body.markdown.text)
            }
        }
    }

    /// Every file of a site with its key, and which of them must be made.
    struct SitePlan {
        let catalog: CatalogIndex
        let summaries: [String: String]
        let jobs: [PageJob]
        let addresses: [(path: String, lastModified: Date?)]
        /// The pages a search engine is pointed to: all but the search page, which shows nothing of its own, and `404.html`.
        let mapped: [(path: String, lastModified: Date?)]
        let feeds: [FeedRenderer.Feed]
        /// Files whose key is unchanged and whose bytes on disk are as recorded.
        let kept: [String: BuildCache.FileRecord]
        let due: [SiteOutput]
    }

    /// - Parameter earlier: what bodies rendered for the sites made before this one taught, for a build without a cache.
    func make(_ site: ResolvedSite, templates: TemplateSet, base: UInt64, previous: BuildCache.SiteRecord?,
              writer: OutputWriter, cache: BuildCache?, earlier: [String: BuildCache.DocumentFacts]) throws -> MadeSite {
        let known = cache?.facts ?? [:]
        var bodies = Bodies()
        let links = resolved.links
        // Bodies changed since the last build are rendered first, and so are bodies whose links show as text now:
        // their warnings are told by every build while they hold.
        let changed = (site.columns.flatMap(\.documents) + site.pages).filter { document in
            known[document.path].map { $0.revision != document.revision || links.showsAsText(any: $0.links) } ?? true
        }
        bodies.add(renderBodies(read(changed, into: &bodies), absolute: false))
        bodies.problems += linkErrors(of: site.scheduled) + pictureProblems(of: site)
        let plan = plan(site, templates: templates, base: base, previous: previous, writer: writer, known: known, learnt: bodies.learnt)
        var files = try render(plan, of: site, templates: templates, bodies: &bodies)
        let search = searchPlan(site, base: base, previous: previous, writer: writer)
        var searchKept = search.kept ?? [:]
        if search.kept == nil {
            let searched = try searchFiles(site, key: search.key, base: base, bodies: &bodies, known: known, earlier: earlier, previous: previous,
                                           writer: writer)
            files += searched.files
            searchKept = searched.kept
        }
        var made = compare(files, previous: previous, siteID: site.site.id, writer: writer)
        made.records.merge(plan.kept) { made, _ in made }
        made.records.merge(searchKept) { made, _ in made }
        (made.problems, made.facts, made.pageCount) = (bodies.problems, bodies.learnt, plan.jobs.count)
        return made
    }

    /// Keys every file of the site; those whose key and file are as recorded need not be made.
    func plan(_ site: ResolvedSite, templates: TemplateSet, base: UInt64, previous: BuildCache.SiteRecord?, writer: OutputWriter,
              known: [String: BuildCache.DocumentFacts], learnt: [String: BuildCache.DocumentFacts]) -> SitePlan {
        let links = resolved.links
        // A body renders the same while its file and what its links lead to are the same. Facts older than the
        // file (a document of another site, edited, whose site is built later) leave only the revision to go by,
        // which has changed anyway.
        let bodyKey: @Sendable (Document) -> UInt64 = { document in
            var hasher = KeyHasher()
            hasher.add(document.revision)
            if let facts = learnt[document.path] ?? known[document.path], facts.revision == document.revision {
                hasher.add(links.key(of: facts.links))
            }
            return hasher.value
        }
        let catalog = CatalogIndex(site.catalog, dates: resolved.dates)
        let documents = site.columns.flatMap(\.documents) + site.pages
        let summaries = Dictionary(documents.map { ($0.path, (learnt[$0.path] ?? known[$0.path])?.summary ?? "") },
                                   uniquingKeysWith: { first, _ in first })
        let keying = SiteRenderer(site: site, group: resolved, templates: templates, bodies: [:], summaries: summaries, catalog: catalog)
        let jobs = PageJob.all(for: site, catalog: catalog)
        let addresses = map(jobs, keying.address)
        let pageKeys = map(jobs) { keying.key(of: $0, base: base, body: bodyKey) }
        let feeds = FeedRenderer.feeds(of: site, group: resolved)
        var sitemapKey = KeyHasher(base)
        let mapped = zip(jobs, addresses).filter { job, _ in
            switch job {
            case .search, .notFound: false
            default: true
            }
        }.map(\.1)
        for address in mapped {
            sitemapKey.add(address.path)
            sitemapKey.add(address.lastModified.map { UInt64(bitPattern: Int64($0.timeIntervalSince1970 * 1000)) } ?? 0)
        }
        let outputs: [SiteOutput] = jobs.indices.map { SiteOutput(kind: .page($0), path: OutputPath.file(addresses[$0].path), key: pageKeys[$0]) }
            + feeds.indices.map { SiteOutput(kind: .feed($0), path: feeds[$0].path, key: SiteRenderer.key(of: feeds[$0], base: base, body: bodyKey)) }
            + site.reports.indices.flatMap { index in
                OutputPath.ReportFormat.allCases.map { format in
                    let report = site.reports[index]
                    return SiteOutput(kind: .reportData(index, format), path: OutputPath.reportData(report.kind, year: report.year, format: format),
                                      key: SiteRenderer.key(ofReport: report, format: format, base: base))
                }
            }
            + [SiteOutput(kind: .catalogData, path: OutputPath.catalogJSON, key: keying.catalogDataKey(base: base)),
               SiteOutput(kind: .sitemap, path: OutputPath.siteSitemap, key: sitemapKey.value)]
        let siteID = site.site.id
        let current = map(outputs) { output -> BuildCache.FileRecord? in
            guard let record = previous?.files[output.path], record.key == output.key else { return nil }
            return writer.confirm(siteID, output.path, record)
        }
        var kept: [String: BuildCache.FileRecord] = [:]
        for (output, record) in zip(outputs, current) {
            if let record { kept[output.path] = record }
        }
        return SitePlan(catalog: catalog, summaries: summaries, jobs: jobs, addresses: addresses, mapped: mapped, feeds: feeds, kept: kept,
                        due: zip(outputs, current).filter { $1 == nil }.map(\.0))
    }

    /// Makes the files the plan says are due, each with its key: pages first, with the bodies they show; then
    /// feeds, with their items' bodies written for reading elsewhere; then the catalog's JSON, the sitemap and assets.
    func render(_ plan: SitePlan, of site: ResolvedSite, templates: TemplateSet, bodies: inout Bodies) throws -> [(OutputFile, UInt64)] {
        let duePages = plan.due.compactMap { output -> (index: Int, key: UInt64)? in
            guard case .page(let index) = output.kind else { return nil }
            return (index, output.key)
        }
        let shown = bodies.html
        let pageDocuments = duePages.compactMap { index, _ -> Document? in
            switch plan.jobs[index] {
            case .article(_, let document), .page(let document): shown[document.path] == nil ? document : nil
            default: nil
            }
        }
        bodies.add(renderBodies(read(pageDocuments, into: &bodies), absolute: false))
        let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: bodies.html, summaries: plan.summaries,
                                    catalog: plan.catalog)
        var files = map(duePages) { index, key in (renderer.render(plan.jobs[index]), key) }
        let dueFeeds = plan.due.compactMap { output -> (FeedRenderer.Feed, UInt64)? in
            guard case .feed(let index) = output.kind else { return nil }
            return (plan.feeds[index], output.key)
        }
        var seen = Set<String>()
        let feedDocuments = dueFeeds.flatMap(\.0.entries).map(\.document).filter { seen.insert($0.path).inserted }
        let feedRendered = renderBodies(read(feedDocuments, into: &bodies), absolute: true)
        let feedRenderer = FeedRenderer(site: site, group: resolved,
                                        bodies: Dictionary(feedRendered.map { ($0.document.path, $0.markdown) }, uniquingKeysWith: { first, _ in first }),
                                        texts: Dictionary(feedRendered.map { ($0.document.path, $0.document.body) }, uniquingKeysWith: { first, _ in first }))
        files += map(dueFeeds) { feed, key in (feedRenderer.file(feed), key) }
        for output in plan.due {
            switch output.kind {
            case .catalogData: files.append((CatalogJSON(site: site, dates: resolved.dates).file(), output.key))
            case .sitemap: files.append((SitemapRenderer(dates: resolved.dates).site(baseURL: site.site.baseURL, pages: plan.mapped), output.key))
            case .reportData(let index, let format):
                let report = site.reports[index]
                let data = format == .csv ? Data(report.csv.utf8) : report.json
                files.append((OutputFile(path: OutputPath.reportData(report.kind, year: report.year, format: format), data: data), output.key))
            case .page, .feed: break
            }
        }
        for (name, path) in site.chain.assets.sorted(by: { $0.key < $1.key }) {
            let data = try self.files.read(path)
            // Browsers ask every host for /favicon.ico, whatever the pages link, so that one asset lives at the root.
            let path = name == OutputPath.favicon ? OutputPath.favicon : "assets/\(name)"
            files.append((OutputFile(path: path, data: data), Fingerprint.fnv1a(data)))
        }
        return files
    }

    /// The documents with their bodies read, each once a build; one whose file changed since loading is left out
    /// and reported once.
    func read(_ documents: [Document], into bodies: inout Bodies) -> [Document] {
        let read = readBodies(documents.filter { bodies.read[$0.path] == nil })
        for problem in read.problems where !bodies.problems.contains(problem) { bodies.problems.append(problem) }
        for document in read.documents { bodies.read[document.path] = document }
        return documents.compactMap { bodies.read[$0.path] }
    }

    /// Made files are recorded with their new bytes; one made again with the bytes it had need not be written.
    func compare(_ files: [(OutputFile, UInt64)], previous: BuildCache.SiteRecord?, siteID: String, writer: OutputWriter) -> MadeSite {
        var made = MadeSite()
        made.madeCount = files.count
        let kept = map(files) { file, _ -> (digest: FileDigest, file: BuildCache.FileRecord?) in
            let digest = FileDigest(of: file.data)
            guard let record = previous?.files[file.path], record.digest == digest, record.size == file.data.count else { return (digest, nil) }
            return (digest, writer.confirm(siteID, file.path, record))
        }
        for ((file, key), kept) in zip(files, kept) {
            made.records[file.path] = BuildCache.FileRecord(key: key, digest: kept.digest, size: file.data.count,
                                                            stamp: kept.file?.stamp, stamped: kept.file?.stamped ?? 0)
        }
        made.files = zip(files, kept).compactMap { item, kept in kept.file == nil ? item.0 : nil }
        return made
    }
}
