import ContentModel
import Foundation

/// Where every document and asset of the group ends up, so that an editor's relative link to a Markdown file or an
/// asset becomes the address readers follow, and every address a site makes, so that a link written as an address
/// (`/notices/`, `https://lyj.example.gov.cn/news/a/`) is checked as well.
///
/// A link is looked up by a key: the group-relative path of a file (`sites/forestry/content/news/a.md`), or the
/// absolute address of a page of a site (`https://lyj.example.gov.cn/news/a/`).
struct LinkIndex: Sendable {
    enum Target: Sendable, Hashable {
        /// A page or file of a site: the site and the site-relative output path.
        case output(siteID: String, path: String)
        /// Not published now: why, and the Markdown file (or the address) the link leads to.
        case withheld(Withholding, file: String)
    }

    /// Why a link's target is not published now. Whether that stops the build follows who can change it: an editor
    /// publishes a draft, but nobody publishes a document before its date.
    enum Withholding: Sendable, Hashable {
        /// Never published (上网信息不涉密), and never to be pointed at from a public page.
        case nonPublic(classification: String)
        /// Left out until an editor publishes it, or for good.
        case draft
        case awaitingReview
        case rejected
        /// The clock or the document's source decides, no editor of the linking page: the link is shown as its
        /// text until the target is there.
        case scheduled(Date)
        case expired(Date)
        case retracted
        /// A further list or catalog page that the documents published now do not fill.
        case pageNotMade

        var showsAsText: Bool {
            switch self {
            case .nonPublic, .draft, .awaitingReview, .rejected: false
            case .scheduled, .expired, .retracted, .pageNotMade: true
            }
        }
    }

    private var targets: [String: Target] = [:]
    let addresses: SiteAddresses
    let dates: DateText

    init(group: SiteGroup, chains: [String: ThemeChain], addresses: SiteAddresses, dates: DateText, publication: Publication) {
        self.addresses = addresses
        self.dates = dates
        for site in group.sites {
            for document in site.documents + site.pages {
                targets[document.path] = Self.target(of: document, publication: publication)
            }
            for asset in chains[site.id].map({ Array($0.assets.keys) }) ?? [] {
                targets["sites/\(site.id)/assets/\(asset)"] = .output(siteID: site.id, path: "assets/\(asset)")
            }
        }
    }

    /// What `key` (a group-relative path or a site's address) leads to now; nil for nothing the group has.
    func target(of key: String) -> Target? {
        key.contains("://") ? addresses.target(of: key) : targets[key]
    }

    /// What the index says of each of `keys`, as a key: a body that looked them up renders the same while this is the same.
    func key(of keys: [String]) -> UInt64 {
        var hasher = KeyHasher()
        for key in keys {
            hasher.add(key)
            switch target(of: key) {
            case .output(let siteID, let target): hasher.add(siteID); hasher.add(target)
            case .withheld(let why, _): hasher.add(why.showsAsText ? "text" : "unpublished")
            case nil: hasher.add(false)
            }
        }
        return hasher.value
    }

    /// Whether any of `keys` is shown as text now: the body that looked them up has warnings to tell in every build.
    func showsAsText(any keys: [String]) -> Bool {
        keys.contains { if case .withheld(let why, _) = target(of: $0) { why.showsAsText } else { false } }
    }

    /// The URL of `target` as seen from the page at `pagePath` of `siteID`: relative within a site,
    /// absolute to another site of the group.
    func url(of target: (siteID: String, path: String), fromSite siteID: String, page pagePath: String, absolute: Bool = false) -> String {
        if target.siteID == siteID, !absolute { return OutputPath.relative(from: pagePath, to: target.path) }
        return addresses.baseURL(of: target.siteID) + target.path
    }

    /// What a link to `document` leads to in a build that shows what `publication` shows.
    static func target(of document: Document, publication: Publication) -> Target {
        if publication.shows(document) { return .output(siteID: document.siteID, path: OutputPath.document(document)) }
        return .withheld(withholding(document, now: publication.now), file: document.path)
    }

    /// Why `document` is not published at `now`.
    static func withholding(_ document: Document, now: Date) -> Withholding {
        let matter = document.frontMatter
        if matter.classification != FrontMatter.publicClassification { return .nonPublic(classification: matter.classification) }
        if matter.draft { return .draft }
        switch matter.review {
        case .pending: return .awaitingReview
        case .rejected: return .rejected
        case .approved, nil: break
        }
        if matter.retracted != nil { return .retracted }
        if matter.date > now { return .scheduled(matter.date) }
        // Every other reason is ruled out: it has expired.
        return .expired(matter.expires ?? now)
    }
}
