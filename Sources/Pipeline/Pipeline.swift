import ContentModel
import Foundation
import Integrity
import SiteBuilder
import SiteInspector

/// One run of sitegroup over a group, as named steps: load → claim output → validate → resolve → secrecy gate →
/// render → write for a build; a check is the same without claiming and writing, with inspect last. `build`,
/// `check` and the tests all run these values, so what one of them finds the others find. Every step runs,
/// whatever an earlier one found, so one run lists every problem of every kind; only writing waits for a run
/// without errors. A step that cannot run at all throws a `PipelineFailure`.
public struct Pipeline {
    public struct Step {
        public let name: String
        let body: (inout PipelineRun, _ note: (String) -> Void) throws -> Void
    }

    public let steps: [Step]

    /// Runs every step in order.
    /// - Parameters:
    ///   - begin: told `(i, n, name)` as each step starts, for `[i/n] step` lines.
    ///   - note: told what a step has to say along the way (sizes, sites done).
    public func run(begin: (Int, Int, String) -> Void = { _, _, _ in }, note: (String) -> Void = { _ in }) throws -> PipelineRun {
        var run = PipelineRun()
        for (index, step) in steps.enumerated() {
            begin(index + 1, steps.count, step.name)
            do {
                try step.body(&run, note)
            } catch {
                throw PipelineFailure(language: run.loaded.map { Language(groupLanguage: $0.group.language) }, underlying: error)
            }
        }
        return run
    }
}

/// What the steps of one run have made so far.
public struct PipelineRun {
    public internal(set) var loaded: LoadedGroup?
    /// Every problem found, as the rules report them; `problems` has the severities the group sets.
    var found: [Diagnostic] = []
    public internal(set) var resolved: ResolvedGroup?
    public internal(set) var rendered: RenderedGroup?
    /// The check's findings and verdicts.
    public internal(set) var inspection: InspectionReport?
    /// What the build staged, then wrote; nil when it wrote nothing.
    public internal(set) var written: [WriteSummary]?
    /// In `build --keep-going`, the sites errors held back, whose last output stays as it was.
    public internal(set) var heldBack: [String] = []
    /// Held until the process ends: no other build writes the same output meanwhile.
    public internal(set) var lock: OutputLock?
    /// The key the manifests are signed with; nil writes them unsigned.
    public internal(set) var signingKey: SigningKey?
    var staged: StagedBuild?
    /// In a shard built from facts, the sites it builds; every other site's documents came from its facts, and
    /// passed the secrecy gate in the facts pass.
    var shardSites: [String]?
    /// What the facts pass wrote: a site id for each facts file.
    public internal(set) var factsWritten: [String] = []

    /// Every problem found, once each and sorted, with the severities `check: severity:` sets and, in a check, the
    /// stricter severities `check` judges some rules by. A template shared by several sites is read for each, and
    /// its mistake is still one problem.
    public var problems: [Diagnostic] {
        if let inspection { return inspection.diagnostics }
        let adjusted = loaded.map { $0.group.applyingSeverities(to: found, inCheck: false) } ?? found
        return Array(Set(adjusted)).sorted()
    }
}

/// A step could not run (the group cannot be read, the output may not be written), with the language to tell it in.
public struct PipelineFailure: Error, CustomStringConvertible {
    /// The group's language, once it has been read, for telling the operator.
    public let language: Language?
    public let underlying: Error

    public var description: String { "\(underlying)" }
}
