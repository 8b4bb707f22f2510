import ArgumentParser
import ContentModel
import Foundation
import SiteBuilder
import SiteInspector

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the group as a government-website inspection would, without writing anything.",
        discussion: """
            Runs every rule a build stops on, and the inspection rules: stale and empty columns, the home page, \
            unanswered messages, the secrecy gate and sensitive words, the identity footer on every page, accessible \
            content and policy interpretations. Prints each site's problems and its verdict. \
            Exit status: 0 clean, 1 errors found, 2 could not run.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: ArgumentHelp("Inspect as of the end of this day, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    func run() throws {
        guard let format = DiagnosticPrinter.Format(rawValue: format) else {
            throw ValidationError("--format must be text or json (found \"\(format)\")")
        }
        let loaded = try GroupLoader(root: group.root).load()
        let printer = DiagnosticPrinter(format: format, language: try group.language(for: loaded.group))
        let day = try group.endOfDay(today, option: "--today", in: loaded.group)
        var diagnostics = Validator.standard.validate(loaded)
        let resolved = try Resolver(loaded.group, options: BuildOptions(now: day, siteIDs: group.site)).resolve()
        let rendered = Renderer(resolved).inspect()
        diagnostics += rendered.diagnostics
        let report = Inspector(group: loaded.group, rendered: rendered, today: day).inspect(adding: diagnostics)
        print(printer.report(report, group: loaded.group), terminator: "")
        if report.diagnostics.hasErrors { throw ExitCode.contentErrors }
    }
}
