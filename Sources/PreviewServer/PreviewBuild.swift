import CacheStore
import ContentModel
import Foundation
import Pipeline
import SiteBuilder

/// One build of the preview: the build pipeline into the preview's own folder, with its build cache, every site's
/// address moved to the local server (`preview`).
struct PreviewBuild: Sendable {
    let root: URL
    let output: URL
    let now: Pipeline.Moment
    let sites: [String]
    let preview: Preview
    let language: Language?

    func run() -> PreviewOutcome {
        let started = Date()
        var outcome = PreviewOutcome()
        do {
            let run = try Pipeline.build(root: root.path, output: output.path, now: now, sites: sites, preview: preview).run()
            outcome.problems = run.problems
            if let group = run.loaded?.group {
                outcome.language = language ?? Language(groupLanguage: group.language)
                outcome.groupName = group.name
                outcome.siteNames = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.id, $0.name) })
            }
        } catch let failure as PipelineFailure {
            outcome.language = language ?? failure.language ?? .english
            outcome.failure = Self.text(of: failure.underlying, in: outcome.language)
        } catch {
            outcome.failure = "\(error)"
        }
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    private static func text(of error: Error, in language: Language) -> String {
        switch error {
        case let refusal as OutputRefusal: refusal.text(in: language)
        case let problem as FileSystemError: problem.text(in: language)
        default: "\(error)"
        }
    }
}
