import ContentModel
import Foundation

/// A build of the group at other addresses than its own: every site under `URL/<site>/` instead of its `base_url`.
/// For a reviewer before the merge (`build --preview URL`), the documents an editor or the clock still holds back are
/// shown with a banner, and pages say `noindex` and carry a banner saying they are a preview (`PreviewMarks`). For an
/// editor's own machine (`sitegroup serve`), the pages are what `build` publishes unless drafts are asked for.
public struct Preview: Sendable {
    /// Absolute, ending in `/`.
    let baseURL: String
    /// Drafts, imports waiting for review and later-dated documents are shown, each with a banner saying so.
    let showsHeld: Bool
    /// Every page says `noindex` and carries a banner saying it is a preview for review.
    let isForReview: Bool

    /// - Parameter baseURL: an `http` or `https` address; a missing last `/` is added. Nil for any other text.
    public init?(baseURL: String, showsHeld: Bool = true, isForReview: Bool = true) {
        let address = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        guard let url = URL(string: address), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false,
              url.query == nil, url.fragment == nil else { return nil }
        self.baseURL = address
        self.showsHeld = showsHeld
        self.isForReview = isForReview
    }

    /// Where a site of the group is previewed.
    func address(of siteID: String) -> String {
        baseURL + siteID + "/"
    }

    /// The group with every site at its preview address, and with the origin addresses of documents imported from
    /// one of its sites moved along, so no page, feed or sitemap of the preview points at a production site.
    func readdressing(_ group: SiteGroup) -> SiteGroup {
        let moves = group.sites.map { (from: $0.baseURL, to: address(of: $0.id)) }.sorted { $0.from.count > $1.from.count }
        func moved(_ url: String) -> String {
            guard let move = moves.first(where: { !$0.from.isEmpty && url.hasPrefix($0.from) }) else { return url }
            return move.to + url.dropFirst(move.from.count)
        }
        func readdressed(_ document: Document) -> Document {
            guard let origin = document.frontMatter.origin else { return document }
            var document = document
            document.frontMatter.origin?.url = moved(origin.url)
            document.frontMatter.origin?.base = moved(origin.base)
            return document
        }
        var group = group
        group.sites = group.sites.map { site in
            var site = site
            site.baseURL = address(of: site.id)
            site.documents = site.documents.map(readdressed)
            site.pages = site.pages.map(readdressed)
            // A home block's link to a page of another site of the group (a banner, a tile) leads to its preview too.
            site.home = site.home?.map { block in
                var block = block
                block.entries = block.entries.map { entry in
                    var entry = entry
                    entry.url = moved(entry.url)
                    return entry
                }
                return block
            }
            return site
        }
        return group
    }
}

/// What a build shows as of its moment: what readers may see, and in a preview showing them also what only an editor's
/// approval or the clock holds back.
struct Publication: Sendable {
    let now: Date
    let preview: Preview?

    func shows(_ document: Document) -> Bool {
        document.isPublished(at: now) || preview?.showsHeld == true && hold(of: document) != nil
    }

    /// Why readers cannot see a document a preview shows: a draft, an import waiting for review, or a later date.
    /// Nil for a published document, for one no preview shows (not public, rejected, retracted, expired), and in a
    /// build that shows none.
    func hold(of document: Document) -> LinkIndex.Withholding? {
        guard preview?.showsHeld == true, !document.isPublished(at: now) else { return nil }
        let why = LinkIndex.withholding(document, now: now)
        switch why {
        case .draft, .awaitingReview, .scheduled: return why
        case .nonPublic, .rejected, .expired, .retracted, .pageNotMade: return nil
        }
    }
}
