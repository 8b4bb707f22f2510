import ArgumentParser
import ContentModel
import Foundation
import SiteBuilder

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the group's files without writing anything.",
        discussion: "Lists every problem a build would stop on, and warnings. Exit status: 0 clean, 1 errors found, 2 could not run."
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    func run() throws {
        guard let format = DiagnosticPrinter.Format(rawValue: format) else {
            throw ValidationError("--format must be text or json (found \"\(format)\")")
        }
        let loaded = try GroupLoader(root: group.root).load()
        var diagnostics = Validator.standard.validate(loaded)
        if !diagnostics.hasErrors {
            let resolved = try Resolver(loaded.group, options: BuildOptions(now: try group.publicationTime(for: loaded.group), siteIDs: group.site)).resolve()
            diagnostics = (diagnostics + (try Renderer(resolved).render().diagnostics)).sorted()
        }
        let printer = DiagnosticPrinter(format: format, language: try group.language(for: loaded.group))
        print(printer.text(diagnostics), terminator: "")
        if format == .text { print(printer.summary(diagnostics)) }
        if diagnostics.hasErrors { throw ExitCode.contentErrors }
    }
}
