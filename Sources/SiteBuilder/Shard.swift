import ContentModel
import Foundation

/// One of `count` parts of a group, built on its own machine (`build --shard I/N`), so a CI job matrix builds a large
/// group in parallel. Every shard reads the whole group — links, the portal's group-wide lists and search need the
/// other sites' documents — or, given the sites' facts (`--facts`), its own sites and the others' facts; it makes only
/// its own sites, so the shards' outputs together are the one-machine build.
public struct Shard: Sendable, Equatable {
    /// From 1.
    public let index: Int
    public let count: Int

    /// `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        (self.index, self.count) = (index, count)
    }

    /// The ids of the sites this shard builds. Sites are dealt out largest first (documents and pages), each to the
    /// shard with the least work so far, the lower-numbered on a tie; sites of equal size go in the order of their ids,
    /// so every machine deals the same hands whatever order `sites/` lists in.
    public func sites(of group: SiteGroup) -> [String] {
        sites(sized: group.sites.map { (id: $0.id, size: $0.documents.count + $0.pages.count) })
    }

    /// The same from each site's size alone, as a shard built from facts knows the sites it does not read; in the
    /// order given.
    public func sites(sized: [(id: String, size: Int)]) -> [String] {
        var load = [Int](repeating: 0, count: count)
        var mine: [String] = []
        for site in sized.sorted(by: { ($0.size, $1.id) > ($1.size, $0.id) }) {
            // Every site costs something (home, catalog, sitemap), so an empty site still counts.
            let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            load[lightest] += max(site.size, 1)
            if lightest == index - 1 { mine.append(site.id) }
        }
        return sized.map(\.id).filter(mine.contains)
    }
}
