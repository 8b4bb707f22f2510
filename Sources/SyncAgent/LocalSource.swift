import ContentModel
import Foundation

/// A column of a site in this repository, read as a source: every document it publishes, so the listing is
/// complete — unless one of its files failed to load, when a document missing from the listing may only be unreadable.
struct LocalSource {
    let group: SiteGroup
    let site: Site
    let columnID: String
    let now: Date
    /// What loading the group found, to say why a file of the column is not among its documents.
    let diagnostics: [Diagnostic]

    func listing() -> SourceListing {
        let items = site.documents
            .filter { $0.columnID == columnID && $0.isPublished(at: now) }
            .map(item)
        let unread = unreadFiles()
        return SourceListing(kind: .site, encoding: "UTF-8", isSitegroup: true, title: site.name, link: site.baseURL + "\(columnID)/",
                             items: items, complete: unread.isEmpty, problems: [], gaps: unread.map(reason))
    }

    /// Markdown files of the column on disk that are not among its loaded documents: they failed to load.
    private func unreadFiles() -> [String] {
        let folder = "sites/\(site.id)/content/\(columnID)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: group.root + "/" + folder)) ?? []
        let loaded = Set(site.documents.map(\.path))
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".md") }.sorted()
            .map { "\(folder)/\($0)" }
            .filter { !loaded.contains($0) }
    }

    private func reason(_ path: String) -> Wording {
        let code = diagnostics.first { $0.severity == .error && $0.location.path == path }.map { " (\($0.code))" } ?? ""
        return Wording("\(path) could not be loaded\(code), so the listing of \(site.id)/\(columnID) is incomplete and nothing is retracted; run `sitegroup check` and fix it",
                       "\(path) 无法读取\(code)，\(site.id)/\(columnID) 的列表不完整，因此不撤回任何条目；请运行 `sitegroup check` 并改正")
    }

    /// A document already imported here travels on under its origin's id, revision and site, so it is
    /// recognised wherever it goes next and never returns to where it began.
    private func item(_ document: Document) -> SourceItem {
        let matter = document.frontMatter
        let origin = matter.origin.flatMap { $0.id.isEmpty ? nil : $0 }
        var fields = ["author": matter.author, "source": matter.source]
        for (key, value) in matter.extra {
            if case .text(let text) = value { fields[key] = text }
        }
        return SourceItem(
            id: document.stableID, title: matter.title,
            link: origin.map(\.url) ?? site.baseURL + "\(columnID)/\(document.slug)/", date: matter.date, author: matter.author,
            summary: matter.summary, source: matter.source, tags: matter.tags, replied: matter.replied, body: document.body, format: matter.format,
            revision: document.stableRevision, originSite: document.originSiteID,
            originSiteName: origin.map { $0.siteName.isEmpty ? $0.site : $0.siteName } ?? site.name,
            base: origin?.base ?? (matter.format == .markdown ? site.baseURL : ""),
            path: origin?.path ?? (matter.format == .markdown ? document.sitePath : ""),
            slugHint: document.slug, fields: fields)
    }
}
