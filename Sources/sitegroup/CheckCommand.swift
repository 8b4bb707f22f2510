import ArgumentParser
import ContentModel
import Foundation
import Pipeline
import SiteInspector

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the group as a government-website inspection would, without writing anything.",
        discussion: """
            Runs every rule a build stops on, and the inspection rules: stale and empty columns, the home page, \
            unanswered messages, the secrecy gate and sensitive words, the identity footer on every page, accessible \
            content and policy interpretations, personal data, back-dated documents, and with --external links elsewhere \
            on the web. Prints each site's problems and its verdict. \
            Exit status: 0 clean, 1 errors found, 2 could not run.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: ArgumentHelp("Inspect as of the end of this day, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Flag(name: .long, help: "Also follow every link elsewhere on the web: dead links, and links now leading to another registered domain.")
    var external = false

    @Option(name: .long, help: ArgumentHelp("Also keep the result as a dated JSON file in this folder (自查 record).", valueName: "dir"))
    var record: String?

    func validate() throws {
        guard DiagnosticPrinter.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be text or json (found \"\(format)\")")
        }
        try GroupOptions.validate(day: today, option: "--today")
    }

    func run() throws {
        let run: PipelineRun
        do {
            run = try Pipeline.check(root: group.root, today: GroupOptions.moment(today), sites: group.site,
                                     external: external ? .standard : nil).run()
        } catch let failure as PipelineFailure {
            throw failure.underlying
        }
        guard let loaded = run.loaded, let report = run.inspection else { return }
        let printer = DiagnosticPrinter(format: DiagnosticPrinter.Format(rawValue: format) ?? .text, language: group.language(for: loaded.group))
        print(printer.report(report, group: loaded.group), terminator: "")
        if let record {
            let now = Date()
            let day = today ?? InspectionRecord.day(of: now, in: loaded.group)
            do {
                let file = try InspectionRecord(folder: URL(fileURLWithPath: record), group: loaded.group, now: now, language: printer.language)
                    .write(printer.jsonObject(report), inspectedDay: day)
                printError(printer.language == .chinese ? "自查记录已保存：\(file.path)\n" : "inspection record kept: \(file.path)\n")
            } catch let failure as InspectionRecord.Failure {
                printError("sitegroup: \(failure.description)\n")
                throw ExitCode(2)
            }
        }
        if report.diagnostics.hasErrors { throw ExitCode.contentErrors }
    }
}
