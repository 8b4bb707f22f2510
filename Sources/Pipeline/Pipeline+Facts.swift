import CacheStore
import ContentModel
import Foundation
import SiteBuilder

/// The facts pass (`sitegroup facts`) and the shard that builds from its facts (`build --shard I/N --facts DIR`).
extension Pipeline {
    /// `sitegroup facts`: the group read, checked and put through the secrecy gate as a build is, then each site's
    /// facts written into `output`, as of `now`. A group with an error writes none, so no shard can build from it.
    public static func facts(root: String, output: String, now: Moment) -> Pipeline {
        Pipeline(steps: [load(root: root, cache: nil, saving: false), validate, gate, Step(name: "write facts") { run, note in
            guard let group = run.loaded?.group, !run.problems.hasErrors else { return }
            let moment = now.date(group)
            let source = BodySource(root: group.root)
            var made: [SiteFacts] = []
            for site in group.sites {
                do throws(BodySource.Unavailable) {
                    made.append(try SiteFacts(site: site, sources: SiteSources.digest(root: group.root, siteID: site.id), now: moment,
                                              feedLength: group.feedLength, otherSites: Set(group.sites.map(\.id)).subtracting([site.id]),
                                              bodies: source))
                } catch {
                    run.found.append(error.diagnostic)
                }
            }
            // A file changed while it was read is an error like any other: no facts at all, rather than some.
            guard !run.problems.hasErrors else { return }
            try FileSystem.createFolder(output)
            for facts in made {
                for file in facts.files { try FileSystem.replace(output + "/" + file.name, with: file.data) }
            }
            let written = made.map(\.siteID)
            run.factsWritten = written
            note("\(written.count) sites' facts in \(output)")
        }])
    }

    /// Loads a shard's own sites in full and the others from their facts in `folder`: the group's configuration
    /// whole, then every site's facts (checked against the site's files), then the Markdown of the sites the facts'
    /// sizes deal to this shard. Only the portal's shard reads the bodies the facts carry.
    static func load(root: String, cache: DocumentCache?, saving: Bool, facts folder: String, shard: Shard) -> Step {
        Step(name: "load") { run, note in
            let configured = try GroupLoader(root: root, documentsOf: []).load()
            // Told in the group's language if a facts file is refused.
            run.loaded = configured
            var known: [String: SiteFacts] = [:]
            let group = configured.group
            let sources = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, SiteSources.digest(root: group.root, siteID: $0.id)) })
            for site in group.sites {
                known[site.id] = try SiteFacts.read(siteID: site.id, in: folder, sources: sources[site.id]!, bodies: false)
            }
            let mine = shard.sites(sized: group.sites.map { (id: $0.id, size: known[$0.id]!.size) })
            if mine.contains(group.portal) {
                for site in group.sites where !mine.contains(site.id) {
                    known[site.id] = try SiteFacts.read(siteID: site.id, in: folder, sources: sources[site.id]!, bodies: true)
                }
            }
            var loaded = try GroupLoader(root: root, cache: cache, documentsOf: Set(mine)).load()
            if saving { try? cache?.save() }
            for index in loaded.group.sites.indices where !mine.contains(loaded.group.sites[index].id) {
                guard let facts = known[loaded.group.sites[index].id] else { continue }
                loaded.group.sites[index].documents = facts.documents
                loaded.group.sites[index].pages = facts.pages
            }
            let documents = loaded.group.sites.filter { mine.contains($0.id) }.reduce(0) { $0 + $1.documents.count + $1.pages.count }
            note("\(mine.count) of \(loaded.group.sites.count) sites, \(documents) documents; the others from \(folder)")
            run.loaded = loaded
            run.shardSites = mine
        }
    }
}
