import ArgumentParser
import CacheStore
import ContentModel
import Foundation
import Pipeline

/// `sitegroup facts`: the first stage of a sharded build, whose folder the shards read with `build --facts`.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Write each site's facts, which `build --shard I/N --facts DIR` reads instead of the other sites' Markdown.",
        discussion: """
            Reads and checks the whole group as a build does, secrecy gate included, then writes <dir>/<site>.facts for \
            every site: the front matter of what it may publish, and the bodies the portal shows. If any file has an \
            error, all problems are listed and no facts are written.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the facts files.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("As of the end of this day, YYYY-MM-DD (default: now); give the shards the same --now.",
                                            valueName: "date"))
    var now: String?

    func validate() throws {
        try GroupOptions.validate(day: now, option: "--now")
        if !group.site.isEmpty { throw ValidationError("facts are written for every site: --site does not apply") }
    }

    func run() throws {
        let pipeline = Pipeline.facts(root: group.root, output: out, now: GroupOptions.moment(now))
        let run: PipelineRun
        do {
            run = try pipeline.run(begin: { printError("[\($0)/\($1)] \($2)\n") }, note: { printError("      \($0)\n") })
        } catch let failure as PipelineFailure {
            guard let problem = failure.underlying as? FileSystemError else { throw failure.underlying }
            printError("sitegroup: \(problem.text(in: group.lang.flatMap(Language.init(rawValue:)) ?? failure.language ?? .english))\n")
            throw ExitCode(2)
        }
        let printer = DiagnosticPrinter(format: .text, language: group.language(for: run.loaded?.group))
        printError(printer.text(run.problems))
        guard !run.problems.hasErrors else {
            printError(printer.language == .chinese
                ? "事实文件未生成：\(printer.summary(run.problems))\n"
                : "no facts written: \(printer.summary(run.problems))\n")
            throw ExitCode.contentErrors
        }
        print("wrote the facts of \(run.factsWritten.count) sites into \(out)")
    }
}
