import CacheStore
import ContentModel
import Foundation
import Integrity
import SiteBuilder
import SiteInspector

/// The two pipelines, step by step.
extension Pipeline {
    /// How a build treats its cache beside the output.
    public enum CacheUse: Sendable {
        /// Read and update it, so unchanged pages are not made again.
        case reuse
        /// Make every page afresh, then start a new cache.
        case renew
        /// Neither read nor write one.
        case none
    }

    /// When a run publishes or inspects as of: a moment, or the end of a day in the group's time zone, which is
    /// known only once the group is read.
    public struct Moment: Sendable {
        let date: @Sendable (SiteGroup) -> Date

        public static func at(_ date: Date) -> Moment {
            Moment { _ in date }
        }

        /// `day` as `SiteGroup.isDay` accepts it; the command line refuses any other before a run starts.
        public static func endOfDay(_ day: String) -> Moment {
            Moment { group in group.endOfDay(day) ?? Date() }
        }
    }

    /// `sitegroup build`: writes each site into `output` once the whole run has found no error.
    /// - Parameter claim: check the output folder and lock it first (see `OutputFolder`); `force` writes into a
    ///   folder holding files sitegroup did not write.
    /// - Parameter preview: build for reviewers (`build --preview URL`) instead of readers.
    /// - Parameter shard: build only this shard's sites (`build --shard I/N`).
    /// - Parameter signing: the key each site's manifest is signed with, read when the output is claimed.
    /// - Parameter keepGoing: publish every site no error holds back (see `HeldBack`), instead of none.
    /// - Parameter facts: with `shard`, read only the shard's sites and the others' facts from this folder (`--facts`).
    public static func build(root: String, output: String, now: Moment, sites: [String] = [], shard: Shard? = nil, cache: CacheUse = .reuse,
                             claim: Bool = true, force: Bool = false, parallel: Bool = true, preview: Preview? = nil,
                             signing: ManifestSigning = .unsigned, keepGoing: Bool = false, facts: String? = nil) -> Pipeline {
        let caches = cache == .none ? nil : BuildCache.open(forOutput: output, reading: cache == .reuse)
        let writer = OutputWriter(public: output)
        var steps = [facts.flatMap { folder in shard.map { load(root: root, cache: caches?.1, saving: !claim, facts: folder, shard: $0) } }
            ?? load(root: root, cache: caches?.1, saving: !claim)]
        if claim {
            steps.append(Step(name: "claim output") { run, _ in
                run.lock = try OutputFolder(output: output, root: root).claim(force: force)
                run.signingKey = try signing.key()
                // Saved only beside an output the build may write; kept even if the build stops, since it only
                // remembers how files read, whatever they say.
                try? caches?.1.save()
            })
        }
        steps += [validate, resolve(now: now, sites: sites, shard: shard, preview: preview), gate,
                  render(staging: (writer, caches?.0), parallel: parallel, keepGoing: keepGoing)]
        steps.append(Step(name: "write") { run, _ in
            guard let staged = run.staged, let resolved = run.resolved, let group = run.loaded?.group else { return }
            let heldBack = keepGoing ? HeldBack(errorsIn: run.problems, portal: group.portal) : nil
            if let heldBack {
                run.heldBack = resolved.builtSites.map(\.id).filter(heldBack.holds)
                guard heldBack.sites != nil else { return writer.abandon() }
            } else {
                guard !run.problems.hasErrors else { return writer.abandon() }
            }
            try Renderer(resolved, parallel: parallel).commit(staged, into: writer, cache: caches?.0, signingKey: run.signingKey, heldBack: heldBack)
            run.written = staged.sites.filter { heldBack?.holds($0.siteID) != true }
        })
        return Pipeline(steps: steps)
    }

    /// `sitegroup check`: the build's steps without claiming and writing the output, every page made in memory,
    /// then the inspection rules, as of the end of `today`.
    /// - Parameter external: follow every external link with this checker (`--external`).
    public static func check(root: String, today: Moment, sites: [String] = [], external: ExternalLinkChecker? = nil) -> Pipeline {
        Pipeline(steps: [
            load(root: root, cache: nil, saving: false), validate, resolve(now: today, sites: sites), gate,
            render(staging: nil, parallel: true),
            Step(name: "inspect") { run, _ in
                guard let group = run.loaded?.group, let rendered = run.rendered else { return }
                var inspector = Inspector(group: group, rendered: rendered, today: today.date(group), history: GitHistory.read(root: group.root))
                // The cache's day is the clock's, not `--today`'s: a server answers as of now whatever day is inspected.
                inspector.externalStatuses = external?.statuses(of: inspector.externalAddresses, cache: ExternalLinkChecker.cacheFile(root: group.root), now: Date())
                run.inspection = inspector.inspect(adding: run.found)
            },
        ])
    }

    /// `sitegroup report`: the group read, checked and resolved as of `now`, for the reports its content tells.
    public static func report(root: String, now: Moment, sites: [String] = []) -> Pipeline {
        Pipeline(steps: [load(root: root, cache: nil, saving: false), validate, resolve(now: now, sites: sites)])
    }

    /// Makes every page: staged beside the output for a build, or in memory for a check. A build that has already
    /// found an error will write nothing, and only looks for what rendering would find wrong; with `keepGoing` it
    /// stages the sites the errors do not hold back.
    static func render(staging: (writer: OutputWriter, cache: BuildCache?)?, parallel: Bool, keepGoing: Bool = false) -> Step {
        Step(name: "render") { run, note in
            guard let resolved = run.resolved else { return }
            let renderer = Renderer(resolved, parallel: parallel)
            guard let staging else {
                let rendered = renderer.inspect(examining: Inspector.identityFindings)
                run.found += rendered.diagnostics
                run.rendered = rendered
                return
            }
            guard keepGoing || !run.problems.hasErrors else {
                run.found += renderer.problems()
                return
            }
            let staged = try renderer.stage(into: staging.writer, cache: staging.cache, keepingGoing: keepGoing ? run.problems : nil,
                                            progress: note)
            run.found += staged.diagnostics
            run.staged = staged
        }
    }

    static func load(root: String, cache: DocumentCache?, saving: Bool) -> Step {
        Step(name: "load") { run, note in
            let loaded = try GroupLoader(root: root, cache: cache).load()
            if saving { try? cache?.save() }
            let documents = loaded.group.sites.reduce(0) { $0 + $1.documents.count + $1.pages.count }
            note("\(loaded.group.sites.count) sites, \(documents) documents")
            run.loaded = loaded
        }
    }

    static var validate: Step {
        Step(name: "validate") { run, _ in
            guard let loaded = run.loaded else { return }
            run.found += Validator.standard.validate(loaded)
        }
    }

    static func resolve(now: Moment, sites: [String], shard: Shard? = nil, preview: Preview? = nil) -> Step {
        Step(name: "resolve") { run, _ in
            guard let group = run.loaded?.group else { return }
            run.resolved = try Resolver(group, options: BuildOptions(now: now.date(group), siteIDs: sites, shard: shard, shardSites: run.shardSites,
                                                                     preview: preview)).resolve()
        }
    }

    /// The secrecy gate (涉密信息不上网) stops a build as it stops a check: sensitive words and personal data in any
    /// public document of the group, published now or later, since the clock alone must not turn a good build
    /// into a leak. A number once published is copied and cached out of reach, so it is stopped before, like a secret.
    /// Every site's documents, even in a build of some sites (`--site`, `--shard`): the portal's group-wide lists
    /// show the other sites' titles and summaries. A shard built from facts gates its own sites: the others passed
    /// the gate in the facts pass, which writes no facts for a group that fails it.
    static var gate: Step {
        Step(name: "secrecy gate") { run, _ in
            guard let group = run.loaded?.group else { return }
            let root = group.root
            for site in group.sites where run.shardSites?.contains(site.id) != false {
                run.found += SensitiveWords(site.check.sensitiveWords, root: root).findings(in: site.documents + site.pages)
                run.found += PersonalData(publicNumbers: site.check.publicNumbers, root: root).findings(in: site.documents + site.pages)
            }
        }
    }
}
