/// Where an imported document came from; written only by the sync agent.
public struct Origin: Sendable, Hashable {
    public var site: String
    public var url: String
    public var id: String
    public var revision: String
    public var syncedAt: String
    public var hash: String

    public init(site: String = "", url: String = "", id: String = "", revision: String = "", syncedAt: String = "", hash: String = "") {
        self.site = site
        self.url = url
        self.id = id
        self.revision = revision
        self.syncedAt = syncedAt
        self.hash = hash
    }
}
