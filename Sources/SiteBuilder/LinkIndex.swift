import ContentModel
import Foundation

/// Where every published document and asset of the group ends up, so that an editor's relative link
/// to a Markdown file or an asset becomes the address readers follow.
struct LinkIndex: Sendable {
    enum Target: Sendable, Hashable {
        /// A page or file of a site: the site and the site-relative output path.
        case output(siteID: String, path: String)
        case unpublished(reason: Wording, nonPublic: Bool)
    }

    private var targets: [String: Target] = [:]
    private let baseURLs: [String: String]

    init(group: SiteGroup, chains: [String: ThemeChain], now: Date) {
        baseURLs = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, $0.baseURL) })
        for site in group.sites {
            for document in site.documents + site.pages {
                targets[document.path] = document.isPublished(at: now)
                    ? .output(siteID: site.id, path: OutputPath.document(document))
                    : .unpublished(reason: Self.reason(document, now: now),
                                   nonPublic: document.frontMatter.classification != FrontMatter.publicClassification)
            }
            for asset in chains[site.id].map({ Array($0.assets.keys) }) ?? [] {
                targets["sites/\(site.id)/assets/\(asset)"] = .output(siteID: site.id, path: "assets/\(asset)")
            }
        }
    }

    func target(of path: String) -> Target? {
        targets[path]
    }

    /// What the index says of each of `paths`, as a key: a body that looked them up renders the same while this is the same.
    func key(of paths: [String]) -> UInt64 {
        var hasher = KeyHasher()
        for path in paths {
            hasher.add(path)
            switch targets[path] {
            case .output(let siteID, let target): hasher.add(siteID); hasher.add(target)
            case .unpublished(let reason, _): hasher.add(reason.english)
            case nil: hasher.add(false)
            }
        }
        return hasher.value
    }

    /// The URL of `target` as seen from the page at `pagePath` of `siteID`: relative within a site,
    /// absolute to another site of the group.
    func url(of target: (siteID: String, path: String), fromSite siteID: String, page pagePath: String, absolute: Bool = false) -> String {
        if target.siteID == siteID, !absolute { return OutputPath.relative(from: pagePath, to: target.path) }
        return (baseURLs[target.siteID] ?? "") + target.path
    }

    private static func reason(_ document: Document, now: Date) -> Wording {
        let matter = document.frontMatter
        if matter.classification != FrontMatter.publicClassification {
            return Wording("is not public (classification: \(matter.classification))", "不公开（密级：\(matter.classification)）")
        }
        if matter.draft { return Wording("is a draft", "是草稿") }
        if matter.date > now { return Wording("is dated in the future", "的发布日期还未到") }
        return Wording("has expired", "已过期")
    }
}
