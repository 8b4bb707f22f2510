import ContentModel
import Foundation
import Mustache

/// A site rendered in memory, not yet written.
public struct RenderedSite: Sendable {
    public let siteID: String
    public let files: [OutputFile]
    public let pageCount: Int
    public let assetCount: Int
    public let seconds: Double
}

/// What rendering learnt about one published document, for inspection rules.
public struct RenderedDocument: Sendable {
    public let document: Document
    public let outline: MarkdownOutline
    /// Markdown files of the group it links to.
    public let linkedDocuments: [String]
}

public struct RenderedGroup: Sendable {
    public let sites: [RenderedSite]
    /// Every published document of the built sites, by Markdown path.
    public let documents: [String: RenderedDocument]
    /// Files at the top of the output folder (the sitemap index), written only when every site is built.
    public let groupFiles: [OutputFile]
    /// Problems found while rendering (broken links, template errors); any error means nothing may be written.
    public let diagnostics: [Diagnostic]
}

/// Renders the resolved sites to files in memory: Markdown bodies first, then every page, in parallel;
/// then feeds, the catalog's JSON and the sitemaps.
public struct Renderer {
    let resolved: ResolvedGroup

    public init(_ resolved: ResolvedGroup) {
        self.resolved = resolved
    }

    /// - Parameter progress: told when each site is done, for long builds.
    public func render(progress: (String) -> Void = { _ in }) throws -> RenderedGroup {
        var parsed: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        var sites: [RenderedSite] = []
        var sitemaps: [(url: String, lastModified: Date?)] = []
        var documents: [String: RenderedDocument] = [:]
        for site in resolved.sites {
            let started = Date()
            let templates = TemplateSet(chain: site.chain, files: files, parsed: &parsed, diagnostics: &diagnostics)
            for name in templates.missingRequired() {
                diagnostics.append(.error(at: SourceLocation(path: "themes/\(site.site.theme)/layouts"), code: "template.missing",
                                          Wording("the site \(site.site.id) has no template '\(name)'", "网站 \(site.site.id) 缺少模板“\(name)”"),
                                          fix: Wording("add layouts/\(name).mustache to the theme or to sites/\(site.site.id)/", "请在主题或 sites/\(site.site.id)/ 中添加 layouts/\(name).mustache")))
            }
            let (bodies, linkProblems, reports) = renderBodies(site.columns.flatMap(\.documents) + site.pages, absolute: false)
            diagnostics += linkProblems
            documents.merge(reports) { first, _ in first }
            let catalog = CatalogIndex(site.catalog, dates: resolved.dates)
            let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: bodies, catalog: catalog)
            let jobs = PageJob.all(for: site, catalog: catalog)
            let pages = jobs.parallelMap(renderer.render)
            let feedBodies = renderBodies(FeedRenderer.documents(of: site, length: resolved.group.feedLength), absolute: true).0
            let feeds = FeedRenderer(site: site, group: resolved, bodies: feedBodies).files()
            let sitemap = SitemapRenderer(dates: resolved.dates).site(baseURL: site.site.baseURL, pages: jobs.map(renderer.address))
            let assets = try site.chain.assets.sorted { $0.key < $1.key }.map { name, path in
                OutputFile(path: "assets/\(name)", data: try files.read(path))
            }
            let generated = pages + feeds + [CatalogJSON(site: site, dates: resolved.dates).file(), sitemap]
            sites.append(RenderedSite(siteID: site.site.id, files: generated + assets, pageCount: pages.count,
                                      assetCount: assets.count, seconds: Date().timeIntervalSince(started)))
            sitemaps.append((site.site.baseURL + OutputPath.siteSitemap, site.latest.first?.document.frontMatter.date))
            progress("\(site.site.id): \(pages.count) pages rendered")
        }
        let complete = resolved.sites.count == resolved.group.sites.count
        let index = SitemapRenderer(dates: resolved.dates).index(sitemaps: sitemaps)
        return RenderedGroup(sites: sites, documents: documents, groupFiles: complete ? [index] : [], diagnostics: diagnostics.sorted())
    }

    private var files: FileLister { FileLister(root: URL(fileURLWithPath: resolved.group.root)) }

    /// Bodies by Markdown path, the problems of their links, and what was learnt of each document.
    /// `absolute` writes every link with its site's address.
    private func renderBodies(_ documents: [Document], absolute: Bool)
        -> ([String: RenderedMarkdown], [Diagnostic], [String: RenderedDocument]) {
        let links = resolved.links
        let results = documents.parallelMap { document in
            var documentLinks = DocumentLinks(document: document, pagePath: OutputPath.document(document), index: links, absolute: absolute)
            guard document.frontMatter.format == .markdown else {
                // Imported HTML was made safe on arrival; it is cleaned again because an editor may have changed it since.
                let clean = HTMLSanitizer(base: document.frontMatter.origin.flatMap { URL(string: $0.url) }).sanitize(document.body)
                return (RenderedMarkdown(html: clean.html, firstParagraph: clean.firstParagraph, outline: MarkdownOutline()), documentLinks, document)
            }
            let rendered = MarkdownRenderer().render(document.body) { url, position in documentLinks.rewrite(url, at: position) }
            return (rendered, documentLinks, document)
        }
        var bodies: [String: RenderedMarkdown] = [:]
        var reports: [String: RenderedDocument] = [:]
        for (rendered, documentLinks, document) in results {
            bodies[document.path] = rendered
            reports[document.path] = RenderedDocument(document: document, outline: rendered.outline, linkedDocuments: documentLinks.linkedDocuments)
        }
        return (bodies, results.flatMap(\.1.problems), reports)
    }
}
