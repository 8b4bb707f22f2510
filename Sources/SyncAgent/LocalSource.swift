import ContentModel
import Foundation

/// A column of a site in this repository, read as a source: every document it publishes, so the listing is complete.
struct LocalSource {
    let group: SiteGroup
    let site: Site
    let columnID: String
    let now: Date

    func listing() -> SourceListing {
        let items = site.documents
            .filter { $0.columnID == columnID && $0.isPublished(at: now) }
            .map(item)
        return SourceListing(kind: .site, encoding: "UTF-8", isSitegroup: true, title: site.name, link: site.baseURL + "\(columnID)/",
                             items: items, complete: true, problems: [])
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
