import Foundation

/// Where an imported document came from; written only by the sync agent.
public struct Origin: Sendable, Hashable {
    /// The id of the site the item was first published on (a site of this group, or a remote feed's host).
    public var site: String
    /// That site's name, shown as 信息来源.
    public var siteName: String
    /// The item's page at its origin.
    public var url: String
    /// The item's id at its origin; it never changes, so one item is never imported under two names.
    public var id: String
    /// The origin's revision of the item when it was last imported.
    public var revision: String
    public var syncedAt: String
    /// Fingerprint of the content as imported: a different fingerprint now means an editor changed it here.
    public var hash: String
    /// The sync rule that brought it.
    public var rule: String
    /// The origin site's address, and the Markdown file's path in that site, so that relative links
    /// in a Markdown body still lead to the origin.
    public var base: String
    public var path: String

    public init(site: String = "", siteName: String = "", url: String = "", id: String = "", revision: String = "",
                syncedAt: String = "", hash: String = "", rule: String = "", base: String = "", path: String = "") {
        self.site = site
        self.siteName = siteName
        self.url = url
        self.id = id
        self.revision = revision
        self.syncedAt = syncedAt
        self.hash = hash
        self.rule = rule
        self.base = base
        self.path = path
    }
}

extension Origin {
    /// Whether an address may be shown as 信息来源's link and published in feeds: an http(s) page, never
    /// `javascript:`, `data:`, `file:` or anything else a feed may claim.
    public static func isWebAddress(_ address: String) -> Bool {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased() else { return false }
        return ["http", "https"].contains(scheme) && !(url.host ?? "").isEmpty
    }
}
