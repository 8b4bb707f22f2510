import CacheStore
import ContentModel
import Foundation
import Integrity
import Markup
import Mustache

/// What rendering learnt about one published document, for inspection rules.
public struct RenderedDocument: Sendable {
    public let document: Document
    public let outline: MarkdownOutline
    /// Markdown files of the group it links to.
    public let linkedDocuments: [String]
}

/// One site rendered in memory for inspection: what examining its pages found. The pages themselves are let go
/// once examined, so a check holds one site's pages at a time, not the group's.
public struct RenderedSite: Sendable {
    public let siteID: String
    public let pageFindings: [Diagnostic]
}

/// Every published document's body and every page, rendered in memory for `sitegroup check`.
public struct RenderedGroup: Sendable {
    public let sites: [RenderedSite]
    /// Every published document of the resolved sites, by Markdown path.
    public let documents: [String: RenderedDocument]
    /// Problems found while rendering (broken links, template errors).
    public let diagnostics: [Diagnostic]
}

/// The sites of a build made and staged beside the output, not yet swapped in, and the problems found making them.
public struct StagedBuild: Sendable {
    public internal(set) var diagnostics: [Diagnostic] = []
    /// What was staged for each site; empty once a problem is found.
    public internal(set) var sites: [WriteSummary] = []
    var staged: [OutputWriter.StagedSite] = []
    var records: [String: [String: BuildCache.FileRecord]] = [:]
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
    /// - Parameter examine: what the inspection looks for in a site's pages, asked once a site is rendered.
    public func inspect(examining examine: (Site, [OutputFile]) -> [Diagnostic]) -> RenderedGroup {
        var parsed: [String: TemplateSet.ParsedTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        var documents: [String: RenderedDocument] = [:]
        var sites: [RenderedSite] = []
        for site in resolved.sites {
            let (templates, problems) = templates(of: site, parsed: &parsed)
            diagnostics += problems
            let read = readBodies(site.columns.flatMap(\.documents) + site.pages)
            diagnostics += read.problems
            let rendered = renderBodies(read.documents, absolute: false)
            diagnostics += rendered.flatMap(\.links.problems) + linkErrors(of: site.scheduled) + pictureProblems(of: site)
            for body in rendered {
                documents[body.document.path] = RenderedDocument(document: body.document, outline: body.markdown.outline,
                                                                 linkedDocuments: body.links.linkedDocuments)
            }
            let bodies = Dictionary(rendered.map { ($0.document.path, $0.markdown) }, uniquingKeysWith: { first, _ in first })
            let catalog = CatalogIndex(site.catalog, dates: resolved.dates)
            let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: bodies,
                                        summaries: bodies.mapValues { SiteRenderer.paragraphSummary($0.firstParagraph) }, catalog: catalog)
            let pages = map(PageJob.all(for: site, catalog: catalog), renderer.render)
            sites.append(RenderedSite(siteID: site.site.id, pageFindings: examine(site.site, pages)))
        }
        return RenderedGroup(sites: sites, documents: documents, diagnostics: diagnostics.sorted())
    }

    /// What rendering finds wrong — template mistakes, links that lead nowhere — site by site, without making any
    /// page: for a build that has already found an error and will write nothing, so its memory stays that of a site.
    public func problems() -> [Diagnostic] {
        var parsed: [String: TemplateSet.ParsedTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for site in resolved.sites {
            diagnostics += templates(of: site, parsed: &parsed).1
            let read = readBodies(site.columns.flatMap(\.documents) + site.pages)
            diagnostics += read.problems + renderBodies(read.documents, absolute: false).flatMap(\.links.problems)
                + linkErrors(of: site.scheduled) + pictureProblems(of: site)
        }
        return diagnostics.sorted()
    }

    /// Makes every resolved site and stages it beside `writer`'s folder, site by site, so memory follows the largest
    /// site; the output itself is not touched until `commit`. A site is only staged while no problem has been found;
    /// the problems found come back in the staged build. `cache` is read to skip unchanged pages.
    /// - Parameter progress: told when each site is done, for long builds.
    /// - Parameter keepingGoing: the errors found before rendering, for `build --keep-going`: sites they do not hold back
    ///   are staged even so; nil stages no site once any error is known.
    public func stage(into writer: OutputWriter, cache: BuildCache?, keepingGoing earlier: [Diagnostic]? = nil,
                      progress: (String) -> Void = { _ in }) throws -> StagedBuild {
        var parsed: [String: TemplateSet.ParsedTemplate] = [:]
        var build = StagedBuild()
        try writer.begin()
        // The portal is made last: its group-wide search index then finds every other site's text already learnt.
        let order = resolved.sites.indices.filter { !resolved.sites[$0].isPortal } + resolved.sites.indices.filter { resolved.sites[$0].isPortal }
        var summaries = [WriteSummary?](repeating: nil, count: resolved.sites.count)
        var learnt: [String: BuildCache.DocumentFacts] = [:]
        let staging = StagingQueue<(position: Int, site: OutputWriter.StagedSite, summary: WriteSummary)>()
        defer { staging.drain() }
        func record(_ staged: (position: Int, site: OutputWriter.StagedSite, summary: WriteSummary)?) {
            guard let staged else { return }
            build.staged.append(staged.site)
            summaries[staged.position] = staged.summary
            progress("\(staged.summary.siteID): \(staged.summary.pageCount) pages, \(staged.summary.rendered) files made")
        }
        for position in order {
            let site = resolved.sites[position]
            let started = Date()
            let (templates, problems) = templates(of: site, parsed: &parsed)
            // With the severities the group sets, so a rule made a warning does not stop the sites after it.
            build.diagnostics += resolved.group.applyingSeverities(to: problems, inCheck: false)
            // A site's record serves a folder restored under another inode (a CI cache) too: each file is confirmed by
            // its bytes, and what the record does not name is removed. A site whose folder is gone, or whose moving was
            // interrupted, is built whole.
            let folder = writer.folderIdentity(site.site.id)
            let previous = cache?.sites[site.site.id].flatMap { folder == nil || writer.wasInterrupted(site.site.id) ? nil : $0 }
            let restored = previous.map { $0.folder != folder } ?? false
            let made = try make(site, templates: templates, base: try baseKey(of: site), previous: previous, writer: writer, cache: cache,
                                earlier: learnt)
            build.diagnostics += resolved.group.applyingSeverities(to: made.problems, inCheck: false)
            // Learnt only once `make` has let go of the cache's facts, so the dictionary is changed in place, not copied.
            cache?.learn(made.facts)
            if cache == nil { learnt.merge(made.facts) { _, new in new } }
            if let earlier {
                guard !HeldBack(errorsIn: earlier + build.diagnostics, portal: resolved.group.portal).holds(site.site.id) else { continue }
            } else {
                guard !build.diagnostics.hasErrors else { continue }
            }
            let siteID = site.site.id, files = made.files, assets = site.chain.assets.count
            let (pages, rendered, recorded) = (made.pageCount, made.madeCount, made.records.count)
            let gone = try previous.map { previous in
                Set(previous.files.keys.filter { made.records[$0] == nil }).union(restored ? try writer.unrecorded(siteID, made.records) : []).sorted()
            }
            record(try staging.stage {
                let (staged, written, removed) = try gone.map { gone in
                    (try writer.stageChanges(siteID, files: files, removed: gone), files.count, gone.count)
                } ?? writer.stageWhole(siteID, files: files)
                return (position, staged, WriteSummary(siteID: siteID, pageCount: pages, assetCount: assets, rendered: rendered,
                                                       written: written, unchanged: recorded - written, removed: removed,
                                                       seconds: Date().timeIntervalSince(started)))
            })
            build.records[siteID] = made.records
        }
        record(try staging.finish())
        build.sites = summaries.compactMap { $0 }
        build.diagnostics.sort()
        return build
    }

    /// Swaps the staged sites into the output and only then records them in `cache`, so a build that fails
    /// leaves the last good record. Each site built gets its manifest beside its folder, signed when there is a key;
    /// without one, a signature left by an earlier build goes, since it no longer vouches for the site.
    /// - Parameter heldBack: sites staged but not to be published after all (`build --keep-going`): an error found
    ///   after they were staged holds them back.
    public func commit(_ build: StagedBuild, into writer: OutputWriter, cache: BuildCache?, signingKey: SigningKey?,
                       heldBack: HeldBack? = nil) throws {
        var build = build
        if let heldBack {
            build.staged.removeAll { heldBack.holds($0.siteID) }
            build.records = build.records.filter { !heldBack.holds($0.key) }
            build.sites.removeAll { heldBack.holds($0.siteID) }
        }
        let complete = resolved.sites.count == resolved.group.sites.count
        var groupFiles = [SitemapRenderer(dates: resolved.dates).index(sitemaps: resolved.sitemaps)]
        var unsigned: [String] = []
        for site in resolved.sites {
            guard let files = build.records[site.site.id] else { continue }
            let manifest = Manifest(site: site.site.id, baseURL: site.site.baseURL, language: resolved.group.language,
                                    files: files.map { Manifest.Entry(path: $0.key, size: $0.value.size, digest: $0.value.digest) }).encoded()
            groupFiles.append(OutputFile(path: Manifest.fileName(site: site.site.id), data: manifest))
            if let signingKey {
                let signature = signingKey.signature(for: manifest).base64EncodedString() + "\n"
                groupFiles.append(OutputFile(path: Manifest.signatureFileName(site: site.site.id), data: Data(signature.utf8)))
            } else {
                unsigned.append(Manifest.signatureFileName(site: site.site.id))
            }
        }
        try writer.commit(build.staged, groupFiles: groupFiles, removing: unsigned)
        guard let cache else { return }
        if complete {
            cache.keepFacts(of: Set(resolved.group.sites.flatMap { $0.documents.map(\.path) + $0.pages.map(\.path) }))
        }
        for (siteID, files) in build.records {
            cache.record(siteID, BuildCache.SiteRecord(folder: writer.folderIdentity(siteID) ?? 0, files: writer.stamp(siteID, files)))
        }
        try cache.save()
        writer.settle(Array(build.records.keys))
    }

    var files: FileLister { FileLister(root: URL(fileURLWithPath: resolved.group.root)) }

    func map<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        parallel ? elements.parallelMap(transform) : elements.map(transform)
    }

    /// The site's templates, parsed once per file for the whole build, and the problems found in them.
    private func templates(of site: ResolvedSite, parsed: inout [String: TemplateSet.ParsedTemplate]) -> (TemplateSet, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let templates = TemplateSet(chain: site.chain, files: files, parsed: &parsed, diagnostics: &diagnostics)
        for name in templates.missingRequired() {
            diagnostics.append(Diagnostic(.templateMissing, at: SourceLocation(path: "themes/\(site.site.theme)/layouts"),
                                          Wording("the site \(site.site.id) has no template '\(name)'", "网站 \(site.site.id) 缺少模板“\(name)”"),
                                          fix: Wording("add layouts/\(name).mustache to the theme or to sites/\(site.site.id)/", "请在主题或 sites/\(site.site.id)/ 中添加 layouts/\(name).mustache")))
        }
        return (templates, diagnostics)
    }

    /// What every file of a site depends on: the program, `sitegroup.yaml`, the site's `site.yaml`, the name and
    /// address of every site (menus and cross-site links show them), whether it is a preview, and each template of
    /// the site's theme chain.
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
        // A preview's pages differ from the real ones even where every address is the same.
        if let preview = resolved.publication.preview {
            hasher.add("preview \(preview.baseURL) \(preview.showsHeld) \(preview.isForReview)")
        }
        for (name, path) in site.chain.layouts.sorted(by: { $0.key < $1.key }) + site.chain.themeLayouts.sorted(by: { $0.key < $1.key }) {
            hasher.add(name)
            hasher.add(path)
            hasher.add(Fingerprint.fnv1a(try files.read(path)))
        }
        return hasher.value
    }

    /// One body rendered: its HTML and first paragraph, and what its links led to.
    struct RenderedBody: Sendable {
        let document: Document
        let markdown: RenderedMarkdown
        let links: DocumentLinks
    }

    /// The errors in the links of documents not shown now, which the clock alone will publish: found the day they are
    /// written, not the day they appear. What only waits (a target dated later still) is judged on their own day.
    func linkErrors(of documents: [Document]) -> [Diagnostic] {
        let read = readBodies(documents)
        return read.problems + renderBodies(read.documents, absolute: false).flatMap(\.links.problems).filter { $0.severity == .error }
    }

    /// The documents with their bodies read; those whose file changed since loading are left out and reported.
    func readBodies(_ documents: [Document]) -> (documents: [Document], problems: [Diagnostic]) {
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
    func renderBodies(_ documents: [Document], absolute: Bool) -> [RenderedBody] {
        let links = resolved.links
        return map(documents) { document in
            var documentLinks = DocumentLinks(document: document, pagePath: OutputPath.document(document), index: links, absolute: absolute)
            guard document.frontMatter.format == .markdown else {
                // Imported HTML was made safe on arrival; it is cleaned again because an editor may have changed it since.
                let clean = HTMLSanitizer(base: document.frontMatter.origin.flatMap { URL(string: $0.url) }).sanitize(document.body)
                return RenderedBody(document: document, markdown: RenderedMarkdown(html: clean.html, firstParagraph: clean.firstParagraph,
                                                                                   outline: MarkdownOutline(),
                                                                                   text: clean.plainText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")),
                                    links: documentLinks)
            }
            let rendered = MarkdownRenderer().render(document.body) { url, position in documentLinks.rewrite(url, at: position) }
            return RenderedBody(document: document, markdown: rendered, links: documentLinks)
        }
    }
}
