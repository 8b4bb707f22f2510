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
        /// Not there now for a reason no editor of the linking page controls (the clock, the document's source):
        /// the link is shown as its text until the target is back. `file` is the Markdown file, or the address.
        case absent(Absence, file: String)
        /// Left out until an editor publishes it.
        case unpublished(reason: Wording, file: String)
        /// Never published (上网信息不涉密), and never to be pointed at from a public page.
        case nonPublic(classification: String, file: String)
    }

    enum Absence: Sendable, Hashable {
        case scheduled(Date)
        case expired(Date)
        case retracted
        /// A list or catalog page beyond those the documents published now fill.
        case pageNotMade
    }

    private var targets: [String: Target] = [:]
    let addresses: SiteAddresses
    let dates: DateText

    init(group: SiteGroup, chains: [String: ThemeChain], addresses: SiteAddresses, dates: DateText, now: Date) {
        self.addresses = addresses
        self.dates = dates
        for site in group.sites {
            for document in site.documents + site.pages {
                targets[document.path] = Self.target(of: document, now: now)
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
            case .absent: hasher.add("absent")
            case .unpublished, .nonPublic: hasher.add("unpublished")
            case nil: hasher.add(false)
            }
        }
        return hasher.value
    }

    /// Whether any of `keys` is shown as text now: the body that looked them up has warnings to tell in every build.
    func showsAsText(any keys: [String]) -> Bool {
        keys.contains { if case .absent = target(of: $0) { true } else { false } }
    }

    /// The URL of `target` as seen from the page at `pagePath` of `siteID`: relative within a site,
    /// absolute to another site of the group.
    func url(of target: (siteID: String, path: String), fromSite siteID: String, page pagePath: String, absolute: Bool = false) -> String {
        if target.siteID == siteID, !absolute { return OutputPath.relative(from: pagePath, to: target.path) }
        return addresses.baseURL(of: target.siteID) + target.path
    }

    /// What a link to `document` leads to at `now`. Which reasons stop a build and which only unlink follows who
    /// can change them: an editor publishes a draft, nobody publishes a document before its date.
    static func target(of document: Document, now: Date) -> Target {
        if document.isPublished(at: now) { return .output(siteID: document.siteID, path: OutputPath.document(document)) }
        let matter = document.frontMatter
        let file = document.path
        if matter.classification != FrontMatter.publicClassification { return .nonPublic(classification: matter.classification, file: file) }
        if matter.draft { return .unpublished(reason: Wording("is a draft", "是草稿"), file: file) }
        switch matter.review {
        case .pending: return .unpublished(reason: Wording("is waiting for review", "尚待审核"), file: file)
        case .rejected: return .unpublished(reason: Wording("was rejected in review", "未通过审核"), file: file)
        case .approved, nil: break
        }
        if matter.retracted != nil { return .absent(.retracted, file: file) }
        if matter.date > now { return .absent(.scheduled(matter.date), file: file) }
        // Every other reason is ruled out: it has expired.
        return .absent(.expired(matter.expires ?? now), file: file)
    }
}
