import ContentModel
import Foundation

/// What the builds of the other sites need of one site (`sitegroup facts`), so a shard (`build --shard I/N --facts DIR`)
/// reads only its own sites' Markdown: the front matter of every document and page that any build may publish (the
/// portal's group feed, catalog, 部门动态 and 报送/采用, links between sites, sitemaps and report years are made from it),
/// the bodies the portal may show in full, and the site's size, which the shards are dealt by.
///
/// Front matter goes through the build cache's coding, field for field as the loader made it, so a shard sees the
/// same `Document` values a one-machine build does and its pages come out byte for byte the same.
public struct SiteFacts: Sendable {
    /// The first line of every facts file; a file with another is refused.
    public static let format = "sitegroup-facts/1"

    public let siteID: String
    /// What the facts were made from (`SiteSources`), so a shard can tell facts older than its checkout.
    public let sources: String
    /// Documents and pages, every one of them, counted as `Shard` deals the sites out.
    public let size: Int
    /// Published or scheduled: what a build, as of any day, may show. A body the portal will not show is
    /// left out (`DocumentBody.elsewhere`).
    public let documents: [Document]
    public let pages: [Document]

    public init(siteID: String, sources: String, size: Int, documents: [Document], pages: [Document]) {
        (self.siteID, self.sources, self.size, self.documents, self.pages) = (siteID, sources, size, documents, pages)
    }

    /// The file name of a site's facts in the facts folder.
    public static func fileName(of siteID: String) -> String {
        "\(siteID).facts"
    }
}

extension SiteFacts {
    /// A site's facts as of `now`. Bodies are kept where the portal's build may show them: every one of a site whose
    /// search is on (the group's search indexes them), and otherwise the `feedLength` newest published now and every
    /// later-dated one, of which the group feed takes its items. Copies the sync agent made of another site's
    /// documents (`otherSites`) never go into the group feed, so they do not count among the newest.
    public init(site: Site, sources: String, now: Date, feedLength: Int, otherSites: Set<String>,
                bodies: BodySource) throws(BodySource.Unavailable) {
        let documents = site.documents.filter(Self.mayBePublished)
        let pages = site.pages.filter(Self.mayBePublished)
        var kept: Set<String>
        if site.search {
            kept = Set((documents + pages).map(\.path))
        } else {
            let newest = documents.filter { $0.isPublished(at: now) && !otherSites.contains($0.originSiteID) }
                .sorted { ($0.frontMatter.date, $1.path) > ($1.frontMatter.date, $0.path) }.prefix(feedLength)
            kept = Set(newest.map(\.path) + documents.filter { $0.frontMatter.date > now }.map(\.path))
        }
        func withBody(_ document: Document) throws(BodySource.Unavailable) -> Document {
            var known = document
            if kept.contains(document.path) {
                known.body = try bodies.text(of: document)
            } else {
                known.storedBody = .elsewhere
            }
            return known
        }
        var withBodies: [Document] = [], pagesWithBodies: [Document] = []
        for document in documents { withBodies.append(try withBody(document)) }
        for page in pages { pagesWithBodies.append(try withBody(page)) }
        self.init(siteID: site.id, sources: sources, size: site.documents.count + site.pages.count, documents: withBodies, pages: pagesWithBodies)
    }

    /// Whether some build may publish it: not a draft, public, not held or rejected in review, not retracted; its
    /// dates alone decide when.
    static func mayBePublished(_ document: Document) -> Bool {
        !document.frontMatter.draft && document.frontMatter.classification == FrontMatter.publicClassification
            && (document.frontMatter.review == nil || document.frontMatter.review == .approved) && document.frontMatter.retracted == nil
    }
}
