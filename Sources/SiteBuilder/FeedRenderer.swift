import ContentModel
import Foundation

/// RSS 2.0 feeds of a site: one per column, one for the site, and on the portal one for the whole group.
/// Items carry full HTML (`content:encoded`) with absolute links, and — in sitegroup's own namespace —
/// what the sync agent needs to import them losslessly: stable id, revision, origin site and Markdown body.
struct FeedRenderer {
    let site: ResolvedSite
    let group: ResolvedGroup
    /// Bodies rendered with absolute links, by Markdown path.
    let bodies: [String: RenderedMarkdown]
    /// The same bodies as written, for `sg:markdown`.
    let texts: [String: String]

    static let namespace = "urn:sitegroup:feed:1"

    /// One feed to write: its channel and its items, newest first.
    struct Feed {
        let path: String
        let title: String
        let link: String
        let description: String
        let entries: [Entry]
        /// Whether the feed lists every published document it stands for, so that a reader may take an item
        /// missing from it as withdrawn (`sg:complete`).
        let complete: Bool
    }

    /// The feeds of a site: each column's, the site's, and on the portal the group's.
    static func feeds(of site: ResolvedSite, group: ResolvedGroup) -> [Feed] {
        let info = site.site
        let length = group.group.feedLength
        let byColumn = Dictionary(grouping: site.latest) { $0.column.id }.mapValues { Array($0.prefix(length)) }
        var feeds = site.columns.map { column in
            Feed(path: OutputPath.columnFeed(column.column.id), title: "\(info.name) - \(column.column.title)",
                 link: info.baseURL + OutputPath.column(column.column.id),
                 description: column.column.description.isEmpty ? column.column.title : column.column.description,
                 entries: byColumn[column.column.id, default: []], complete: column.documents.count <= length)
        }
        feeds.append(Feed(path: OutputPath.siteFeed, title: info.name, link: info.baseURL,
                          description: info.description.isEmpty ? info.name : info.description, entries: Array(site.latest.prefix(length)),
                          complete: site.latest.count <= length))
        if site.isPortal {
            feeds.append(Feed(path: OutputPath.groupFeed, title: "\(group.group.name) - 全部信息", link: info.baseURL,
                              description: "\(group.group.name)各网站发布的信息", entries: site.groupLatest, complete: false))
        }
        return feeds
    }

    func file(_ feed: Feed) -> OutputFile {
        let xml = XMLWriter()
        xml.element("rss", ["version": "2.0", "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
                            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:atom": "http://www.w3.org/2005/Atom",
                            "xmlns:sg": Self.namespace]) {
            xml.element("channel") {
                xml.element("title", text: feed.title)
                xml.element("link", text: feed.link)
                xml.element("description", text: feed.description)
                xml.element("language", text: group.group.language)
                xml.element("atom:link", ["href": site.site.baseURL + feed.path, "rel": "self", "type": "application/rss+xml"], text: "")
                xml.element("generator", text: "sitegroup")
                xml.element("sg:complete", text: feed.complete ? "true" : "false")
                if let newest = feed.entries.first {
                    xml.element("lastBuildDate", text: group.dates.rfc822(newest.document.frontMatter.date))
                }
                for entry in feed.entries {
                    item(entry, in: xml)
                }
            }
        }
        return OutputFile(path: feed.path, data: xml.finish())
    }

    private func item(_ entry: Entry, in xml: XMLWriter) {
        let document = entry.document, matter = document.frontMatter
        let rendered = bodies[document.path]
        xml.element("item") {
            xml.element("title", text: matter.title)
            xml.element("link", text: entry.site.baseURL + OutputPath.document(document))
            xml.element("guid", ["isPermaLink": "false"], text: document.stableID)
            xml.element("pubDate", text: group.dates.rfc822(matter.date))
            xml.element("description", text: matter.summary.isEmpty ? rendered?.firstParagraph ?? "" : matter.summary)
            xml.element("content:encoded", text: rendered?.html ?? "")
            if !matter.author.isEmpty { xml.element("dc:creator", text: matter.author) }
            xml.element("category", text: entry.column.title)
            for tag in matter.tags { xml.element("category", ["domain": "tag"], text: tag) }
            if site.isPortal, entry.site.id != site.site.id {
                xml.element("source", ["url": entry.site.baseURL + OutputPath.siteFeed], text: entry.site.name)
            }
            xml.element("sg:id", text: document.stableID)
            xml.element("sg:revision", text: document.stableRevision)
            let origin = matter.origin.flatMap { $0.site.isEmpty ? nil : $0 }
            xml.element("sg:site", text: document.originSiteID)
            xml.element("sg:site-name", text: origin.map { $0.siteName.isEmpty ? $0.site : $0.siteName } ?? entry.site.name)
            xml.element("sg:column", text: entry.column.id)
            xml.element("sg:kind", text: entry.column.kind.rawValue)
            xml.element("sg:date", text: group.dates.w3c(matter.date))
            if !matter.source.isEmpty { xml.element("sg:source", text: matter.source) }
            if !matter.summary.isEmpty { xml.element("sg:summary", text: matter.summary) }
            if let replied = matter.replied { xml.element("sg:replied", text: group.dates.w3c(replied)) }
            if let url = matter.origin?.url, !url.isEmpty { xml.element("sg:origin-url", text: url) }
            if matter.format != .markdown { xml.element("sg:format", text: matter.format.rawValue) }
            if let origin, !origin.base.isEmpty {
                xml.element("sg:base", text: origin.base)
                xml.element("sg:path", text: origin.path)
            } else if matter.format == .markdown {
                xml.element("sg:base", text: entry.site.baseURL)
                xml.element("sg:path", text: document.sitePath)
            }
            // The body as written names the production addresses an editor linked to; a preview's feed is for reading,
            // and `content:encoded` has its links at the preview's addresses.
            if group.publication.preview == nil { xml.element("sg:markdown", text: texts[document.path] ?? "") }
        }
    }
}
