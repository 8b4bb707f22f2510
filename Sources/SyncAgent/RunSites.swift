import ContentModel

/// The group's sites as one run sees them: each site's documents read when a rule first needs them (when the agent
/// was given only the group's configuration), and kept up to date with what earlier rules wrote, so two rules never
/// claim one file name.
struct RunSites {
    private var sites: [String: Site]
    /// What loading found, in the configuration and in every site read so far.
    private(set) var diagnostics: [Diagnostic]
    private let loader: GroupLoader?
    private let group: SiteGroup
    /// Sites whose documents are not read yet.
    private var unread: Set<String>

    init(group: SiteGroup, diagnostics: [Diagnostic], loader: GroupLoader?) {
        sites = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, $0) })
        self.diagnostics = diagnostics
        self.loader = loader
        self.group = group
        unread = loader == nil ? [] : Set(sites.keys)
    }

    /// The site with its documents; nil when the group has no such site.
    mutating func site(_ id: String) throws -> Site? {
        guard let site = sites[id] else { return nil }
        guard let loader, unread.remove(id) != nil else { return site }
        let (read, found) = try loader.loadContent(of: site, in: group)
        sites[id] = read
        diagnostics += found
        return read
    }

    mutating func update(_ site: Site) {
        sites[site.id] = site
    }
}
