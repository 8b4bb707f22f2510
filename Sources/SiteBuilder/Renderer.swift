import CacheStore
import ContentModel
import Foundation
import Markup
import Mustache

/// What rendering learnt about one published document, for inspection rules.
public struct RenderedDocument: Sendable {
    public let document: Document
    public let outline: MarkdownOutline
    /// Markdown files of the group it links to.
    public let linkedDocuments: [String]
}

/// The pages of one site, rendered in memory for inspection.
public struct RenderedSite: Sendable {
    public let siteID: String
    public let files: [OutputFile]
}

/// Every published document's body and every page, rendered in memory for `sitegroup check`.
public struct RenderedGroup: Sendable {
    public let sites: [RenderedSite]
    /// Every published document of the resolved sites, by Markdown path.
    public let documents: [String: RenderedDocument]
    /// Problems found while rendering (broken links, template errors).
    public let diagnostics: [Diagnostic]
}

/// What a build did: the problems that stopped it, or what it wrote for each site.
public struct BuildReport: Sendable {
    public let diagnostics: [Diagnostic]
    public let sites: [WriteSummary]
}

/// Renders the resolved sites. A build goes site by site — Markdown bodies, then every page, in parallel, then
/// feeds, the catalog's JSON and the sitemap — and stages each site before the next, so memory follows the
/// largest site, not the group. With a build cache, a page whose key is unchanged is not rendered at all.
public struct Renderer {
    let resolved: ResolvedGroup
    /// Serial rendering exists to show that the parallel build makes the same bytes.
    let parallel: Bool

    public init(_ resolved: ResolvedGroup, parallel: Bool = true) {
        self.resolved = resolved
        self.parallel = parallel
    }

    /// Renders every published body and every page in memory, and reports what it learnt.
    public func inspect() -> RenderedGroup {
        var parsed: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        var documents: [String: RenderedDocument] = [:]
        var sites: [RenderedSite] = []
        for site in resolved.sites {
            let (templates, problems) = templates(of: site, parsed: &parsed)
            diagnostics += problems
            let read = readBodies(site.columns.flatMap(\.documents) + site.pages)
            diagnostics += read.problems
            let rendered = renderBodies(read.documents, absolute: false)
            diagnostics += rendered.flatMap(\.links.problems) + linkErrors(of: site.scheduled)
            for body in rendered {
                documents[body.document.path] = RenderedDocument(document: body.document, outline: body.markdown.outline,
                                                                 linkedDocuments: body.links.linkedDocuments)
            }
            let bodies = Dictionary(rendered.map { ($0.document.path, $0.markdown) }, uniquingKeysWith: { first, _ in first })
            let catalog = CatalogIndex(site.catalog, dates: resolved.dates)
            let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: bodies,
                                        summaries: bodies.mapValues { SiteRenderer.paragraphSummary($0.firstParagraph) }, catalog: catalog)
            sites.append(RenderedSite(siteID: site.site.id, files: map(PageJob.all(for: site, catalog: catalog), renderer.render)))
        }
        return RenderedGroup(sites: sites, documents: documents, diagnostics: diagnostics.sorted())
    }

    /// Builds every resolved site into `writer`'s folder. If anything is wrong, nothing is written and the
    /// problems are returned. `cache` is read to skip unchanged pages and updated once the output is in place.
    /// - Parameter progress: told when each site is done, for long builds.
    public func build(into writer: OutputWriter, cache: BuildCache?, progress: (String) -> Void = { _ in }) throws -> BuildReport {
        var parsed: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        var staged: [OutputWriter.StagedSite] = []
        var summaries: [WriteSummary] = []
        var records: [String: [String: BuildCache.FileRecord]] = [:]
        var sitemaps: [(url: String, lastModified: Date?)] = []
        try writer.begin()
        for site in resolved.sites {
            let started = Date()
            let (templates, problems) = templates(of: site, parsed: &parsed)
            diagnostics += problems
            let previous = cache?.sites[site.site.id].flatMap {
                $0.folder == writer.folderIdentity(site.site.id) && !writer.wasInterrupted(site.site.id) ? $0 : nil
            }
            let made = try make(site, templates: templates, base: try baseKey(of: site), previous: previous, writer: writer, cache: cache)
            diagnostics += made.problems
            // Learnt only once `make` has let go of the cache's facts, so the dictionary is changed in place, not copied.
            cache?.learn(made.facts)
            sitemaps.append((site.site.baseURL + OutputPath.siteSitemap, site.latest.first?.document.frontMatter.date))
            guard !diagnostics.hasErrors else { continue }
            let written: Int, removed: Int
            if let previous {
                let gone = previous.files.keys.filter { made.records[$0] == nil }.sorted()
                staged.append(try writer.stageChanges(site.site.id, files: made.files, removed: gone))
                (written, removed) = (made.files.count, gone.count)
            } else {
                let (stagedSite, wholeWritten, wholeRemoved) = try writer.stageWhole(site.site.id, files: made.files)
                staged.append(stagedSite)
                (written, removed) = (wholeWritten, wholeRemoved)
            }
            records[site.site.id] = made.records
            summaries.append(WriteSummary(siteID: site.site.id, pageCount: made.pageCount, assetCount: site.chain.assets.count,
                                          rendered: made.madeCount, written: written, unchanged: made.records.count - written,
                                          removed: removed, seconds: Date().timeIntervalSince(started)))
            progress("\(site.site.id): \(made.pageCount) pages, \(made.madeCount) files made")
        }
        guard !diagnostics.hasErrors else {
            writer.abandon()
            return BuildReport(diagnostics: diagnostics.sorted(), sites: [])
        }
        let complete = resolved.sites.count == resolved.group.sites.count
        try writer.commit(staged, groupFiles: complete ? [SitemapRenderer(dates: resolved.dates).index(sitemaps: sitemaps)] : [])
        if let cache {
            if complete {
                cache.keepFacts(of: Set(resolved.group.sites.flatMap { $0.documents.map(\.path) + $0.pages.map(\.path) }))
            }
            for (siteID, files) in records {
                cache.record(siteID, BuildCache.SiteRecord(folder: writer.folderIdentity(siteID) ?? 0, files: writer.stamp(siteID, files)))
            }
            try cache.save()
            writer.settle(Array(records.keys))
        }
        return BuildReport(diagnostics: diagnostics.sorted(), sites: summaries)
    }

    /// One file a site is built into, and its key.
    private struct SiteOutput: Sendable {
        enum Kind: Sendable {
            /// A page, by its index among the site's page jobs.
            case page(Int)
            /// A feed, by its index among the site's feeds.
            case feed(Int)
            case catalogData
            case sitemap
        }

        let kind: Kind
        let path: String
        let key: UInt64
    }

    /// The files of one site that must be made this build, and the record of every file the site consists of.
    private struct MadeSite {
        var files: [OutputFile] = []
        var records: [String: BuildCache.FileRecord] = [:]
        var problems: [Diagnostic] = []
        /// What rendering bodies taught this build, for the cache.
        var facts: [String: BuildCache.DocumentFacts] = [:]
        var pageCount = 0
        /// How many files were made (rendered or read); `files` holds those of them whose bytes changed.
        var madeCount = 0
    }

    private func make(_ site: ResolvedSite, templates: TemplateSet, base: UInt64, previous: BuildCache.SiteRecord?,
                      writer: OutputWriter, cache: BuildCache?) throws -> MadeSite {
        var made = MadeSite()
        let links = resolved.links
        let documents = site.columns.flatMap(\.documents) + site.pages
        // Bodies changed since the last build are rendered first: what they teach (summary, links) keys the pages.
        let known = cache?.facts ?? [:]
        var fresh: [String: BuildCache.DocumentFacts] = [:]
        var bodies: [String: RenderedMarkdown] = [:]
        // Documents whose bodies were read this build, by path, so a page and a feed that show one body show the same text.
        var withBodies: [String: Document] = [:]
        func read(_ documents: [Document]) -> [Document] {
            let read = readBodies(documents.filter { withBodies[$0.path] == nil })
            for problem in read.problems where !made.problems.contains(problem) { made.problems.append(problem) }
            for document in read.documents { withBodies[document.path] = document }
            return documents.compactMap { withBodies[$0.path] }
        }
        func render(_ documents: [Document]) {
            for body in renderBodies(read(documents), absolute: false) {
                bodies[body.document.path] = body.markdown
                made.problems += body.links.problems
                fresh[body.document.path] = BuildCache.DocumentFacts(
                    revision: body.document.revision, summary: SiteRenderer.paragraphSummary(body.markdown.firstParagraph),
                    links: body.links.lookedUp)
            }
        }
        // So are bodies whose links show as text now: their warnings are told by every build while they hold.
        render(documents.filter { document in
            known[document.path].map { $0.revision != document.revision || links.showsAsText(any: $0.links) } ?? true
        })
        made.problems += linkErrors(of: site.scheduled)
        let learnt = fresh
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

        // Every file of the site with its key; those whose key and file are as recorded need not be made.
        let catalog = CatalogIndex(site.catalog, dates: resolved.dates)
        let summaries = Dictionary(documents.map { ($0.path, (learnt[$0.path] ?? known[$0.path])?.summary ?? "") },
                                   uniquingKeysWith: { first, _ in first })
        let keying = SiteRenderer(site: site, group: resolved, templates: templates, bodies: [:], summaries: summaries, catalog: catalog)
        let jobs = PageJob.all(for: site, catalog: catalog)
        made.pageCount = jobs.count
        let addresses = map(jobs, keying.address)
        let pageKeys = map(jobs) { keying.key(of: $0, base: base, body: bodyKey) }
        let feeds = FeedRenderer.feeds(of: site, group: resolved)
        var sitemapKey = KeyHasher(base)
        for address in addresses {
            sitemapKey.add(address.path)
            sitemapKey.add(address.lastModified.map { UInt64(bitPattern: Int64($0.timeIntervalSince1970 * 1000)) } ?? 0)
        }
        let outputs: [SiteOutput] = jobs.indices.map { SiteOutput(kind: .page($0), path: OutputPath.file(addresses[$0].path), key: pageKeys[$0]) }
            + feeds.indices.map { SiteOutput(kind: .feed($0), path: feeds[$0].path, key: SiteRenderer.key(of: feeds[$0], base: base, body: bodyKey)) }
            + [SiteOutput(kind: .catalogData, path: OutputPath.catalogJSON, key: keying.catalogDataKey(base: base)),
               SiteOutput(kind: .sitemap, path: OutputPath.siteSitemap, key: sitemapKey.value)]
        let siteID = site.site.id
        let current = map(outputs) { output -> BuildCache.FileRecord? in
            guard let record = previous?.files[output.path], record.key == output.key else { return nil }
            return writer.confirm(siteID, output.path, record)
        }
        for (output, record) in zip(outputs, current) where record != nil {
            made.records[output.path] = record
        }
        let due = zip(outputs, current).filter { $1 == nil }.map(\.0)

        // Pages first, with the bodies they show; then feeds, with their items' bodies written for reading elsewhere.
        let duePages = due.compactMap { output -> (index: Int, key: UInt64)? in
            guard case .page(let index) = output.kind else { return nil }
            return (index, output.key)
        }
        render(duePages.compactMap { index, _ in
            switch jobs[index] {
            case .article(_, let document), .page(let document): bodies[document.path] == nil ? document : nil
            default: nil
            }
        })
        let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: bodies, summaries: summaries, catalog: catalog)
        var files = map(duePages) { index, key in (renderer.render(jobs[index]), key) }
        let dueFeeds = due.compactMap { output -> (FeedRenderer.Feed, UInt64)? in
            guard case .feed(let index) = output.kind else { return nil }
            return (feeds[index], output.key)
        }
        var seen = Set<String>()
        let feedDocuments = dueFeeds.flatMap(\.0.entries).map(\.document).filter { seen.insert($0.path).inserted }
        let feedRendered = renderBodies(read(feedDocuments), absolute: true)
        let feedRenderer = FeedRenderer(site: site, group: resolved,
                                        bodies: Dictionary(feedRendered.map { ($0.document.path, $0.markdown) }, uniquingKeysWith: { first, _ in first }),
                                        texts: Dictionary(feedRendered.map { ($0.document.path, $0.document.body) }, uniquingKeysWith: { first, _ in first }))
        files += map(dueFeeds) { feed, key in (feedRenderer.file(feed), key) }
        for output in due {
            switch output.kind {
            case .catalogData: files.append((CatalogJSON(site: site, dates: resolved.dates).file(), output.key))
            case .sitemap: files.append((SitemapRenderer(dates: resolved.dates).site(baseURL: site.site.baseURL, pages: addresses), output.key))
            case .page, .feed: break
            }
        }
        for (name, path) in site.chain.assets.sorted(by: { $0.key < $1.key }) {
            let data = try self.files.read(path)
            files.append((OutputFile(path: "assets/\(name)", data: data), Fingerprint.fnv1a(data)))
        }

        // Made files are recorded with their new bytes; one made again with the bytes it had need not be written.
        made.madeCount = files.count
        let kept = map(files) { file, _ -> (digest: UInt64, file: BuildCache.FileRecord?) in
            let digest = Fingerprint.fnv1a(file.data)
            guard let record = previous?.files[file.path], record.digest == digest, record.size == file.data.count else { return (digest, nil) }
            return (digest, writer.confirm(siteID, file.path, record))
        }
        for ((file, key), kept) in zip(files, kept) {
            made.records[file.path] = BuildCache.FileRecord(key: key, digest: kept.digest, size: file.data.count,
                                                            stamp: kept.file?.stamp, stamped: kept.file?.stamped ?? 0)
        }
        made.files = zip(files, kept).compactMap { item, kept in kept.file == nil ? item.0 : nil }
        made.facts = fresh
        return made
    }

    private var files: FileLister { FileLister(root: URL(fileURLWithPath: resolved.group.root)) }

    private func map<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        parallel ? elements.parallelMap(transform) : elements.map(transform)
    }

    /// The site's templates, parsed once per file for the whole build, and the problems found in them.
    private func templates(of site: ResolvedSite, parsed: inout [String: MustacheTemplate]) -> (TemplateSet, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let templates = TemplateSet(chain: site.chain, files: files, parsed: &parsed, diagnostics: &diagnostics)
        for name in templates.missingRequired() {
            diagnostics.append(.error(at: SourceLocation(path: "themes/\(site.site.theme)/layouts"), code: "template.missing",
                                      Wording("the site \(site.site.id) has no template '\(name)'", "网站 \(site.site.id) 缺少模板“\(name)”"),
                                      fix: Wording("add layouts/\(name).mustache to the theme or to sites/\(site.site.id)/", "请在主题或 sites/\(site.site.id)/ 中添加 layouts/\(name).mustache")))
        }
        return (templates, diagnostics)
    }

    /// What every file of a site depends on: the program, `sitegroup.yaml`, the site's `site.yaml`, the name and
    /// address of every site (menus and cross-site links show them), and each template of the site's theme chain.
    private func baseKey(of site: ResolvedSite) throws -> UInt64 {
        var hasher = KeyHasher()
        hasher.add(ProgramIdentity.current)
        for path in ["sitegroup.yaml", "sites/\(site.site.id)/site.yaml"] {
            hasher.add(path)
            hasher.add(Fingerprint.fnv1a((try? files.read(path)) ?? Data()))
        }
        for other in resolved.portalFirst {
            hasher.add("\(other.id) \(other.name) \(other.baseURL)")
        }
        for (name, path) in site.chain.layouts.sorted(by: { $0.key < $1.key }) + site.chain.themeLayouts.sorted(by: { $0.key < $1.key }) {
            hasher.add(name)
            hasher.add(path)
            hasher.add(Fingerprint.fnv1a(try files.read(path)))
        }
        return hasher.value
    }

    /// The errors in the links of documents not shown now, which the clock alone will publish: found the day they are
    /// written, not the day they appear. What only waits (a target dated later still) is judged on their own day.
    private func linkErrors(of documents: [Document]) -> [Diagnostic] {
        let read = readBodies(documents)
        return read.problems + renderBodies(read.documents, absolute: false).flatMap(\.links.problems).filter { $0.severity == .error }
    }

    /// One body rendered: its HTML and first paragraph, and what its links led to.
    private struct RenderedBody: Sendable {
        let document: Document
        let markdown: RenderedMarkdown
        let links: DocumentLinks
    }

    /// The documents with their bodies read; those whose file changed since loading are left out and reported.
    private func readBodies(_ documents: [Document]) -> (documents: [Document], problems: [Diagnostic]) {
        let source = BodySource(root: resolved.group.root)
        let results = map(documents) { document -> Result<Document, BodySource.Unavailable> in
            Result { () throws(BodySource.Unavailable) in try source.loaded(document) }
        }
        var read: [Document] = [], problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let document): read.append(document)
            case .failure(let unavailable): problems.append(unavailable.diagnostic)
            }
        }
        return (read, problems)
    }

    /// Documents whose bodies have been read (`readBodies`). `absolute` writes every link with its site's address, as feeds need.
    private func renderBodies(_ documents: [Document], absolute: Bool) -> [RenderedBody] {
        let links = resolved.links
        return map(documents) { document in
            var documentLinks = DocumentLinks(document: document, pagePath: OutputPath.document(document), index: links, absolute: absolute)
            guard document.frontMatter.format == .markdown else {
                // Imported HTML was made safe on arrival; it is cleaned again because an editor may have changed it since.
                let clean = HTMLSanitizer(base: document.frontMatter.origin.flatMap { URL(string: $0.url) }).sanitize(document.body)
                return RenderedBody(document: document, markdown: RenderedMarkdown(html: clean.html, firstParagraph: clean.firstParagraph,
                                                                                   outline: MarkdownOutline()), links: documentLinks)
            }
            let rendered = MarkdownRenderer().render(document.body) { url, position in documentLinks.rewrite(url, at: position) }
            return RenderedBody(document: document, markdown: rendered, links: documentLinks)
        }
    }
}
