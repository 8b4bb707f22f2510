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

public struct RenderedGroup: Sendable {
    public let sites: [RenderedSite]
    /// Problems found while rendering (broken links, template errors); any error means nothing may be written.
    public let diagnostics: [Diagnostic]
}

/// Renders the resolved sites to files in memory: Markdown bodies first, then every page, in parallel.
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
        for site in resolved.sites {
            let started = Date()
            let templates = TemplateSet(chain: site.chain, files: files, parsed: &parsed, diagnostics: &diagnostics)
            for name in templates.missingRequired() {
                diagnostics.append(.error(at: SourceLocation(path: "themes/\(site.site.theme)/layouts"), code: "template.missing",
                                          "the site \(site.site.id) has no template '\(name)'",
                                          fix: "add layouts/\(name).mustache to the theme or to sites/\(site.site.id)/"))
            }
            let (bodies, linkProblems) = renderBodies(of: site)
            diagnostics += linkProblems
            let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: bodies)
            let pages = PageJob.all(for: site).parallelMap(renderer.render)
            let assets = try site.chain.assets.sorted { $0.key < $1.key }.map { name, path in
                OutputFile(path: "assets/\(name)", data: try files.read(path))
            }
            sites.append(RenderedSite(siteID: site.site.id, files: pages + assets, pageCount: pages.count,
                                      assetCount: assets.count, seconds: Date().timeIntervalSince(started)))
            progress("\(site.site.id): \(pages.count) pages rendered")
        }
        return RenderedGroup(sites: sites, diagnostics: diagnostics.sorted())
    }

    private var files: FileLister { FileLister(root: URL(fileURLWithPath: resolved.group.root)) }

    private func renderBodies(of site: ResolvedSite) -> ([String: RenderedMarkdown], [Diagnostic]) {
        let documents = site.columns.flatMap(\.documents) + site.pages
        let links = resolved.links
        let results = documents.parallelMap { document in
            var documentLinks = DocumentLinks(document: document, pagePath: OutputPath.document(document), index: links)
            let rendered = MarkdownRenderer().render(document.body) { url, position in documentLinks.rewrite(url, at: position) }
            return (document.path, rendered, documentLinks.problems)
        }
        return (Dictionary(results.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }), results.flatMap(\.2))
    }
}
