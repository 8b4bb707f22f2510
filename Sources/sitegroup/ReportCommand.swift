import AnnualReport
import ArgumentParser
import ContentModel
import Foundation
import Pipeline

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the reports a government site owes each year.",
        subcommands: [AnnualCommand.self]
    )
}

struct AnnualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "政府网站工作年度报表 and 政府信息公开工作年度报告 of a year, for each site.",
        discussion: """
            Works out from content what content tells (documents published, columns, interpretations, messages and \
            their answers, the catalog's rules and normative documents) and takes the rest from \
            sites/<site>/reports/<year>.yaml; a figure nobody filled in is shown as 未填报. \
            Exit status: 0 printed, 1 the group has errors, 2 could not run.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: ArgumentHelp("The year to report, such as 2026.", valueName: "year"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Count as of the end of this day, YYYY-MM-DD (default: now).", valueName: "date"))
    var today: String?

    @Option(name: .long, help: "Output format: text, csv or json.")
    var format: String = "text"

    func validate() throws {
        guard ["text", "csv", "json"].contains(format) else { throw ValidationError("--format must be text, csv or json (found \"\(format)\")") }
        guard (1990...9999).contains(year) else { throw ValidationError("--year must be a year such as 2026 (found \(year))") }
        try GroupOptions.validate(day: today, option: "--today")
    }

    func run() throws {
        let run: PipelineRun
        do {
            run = try Pipeline.report(root: group.root, now: GroupOptions.moment(today), sites: group.site).run()
        } catch let failure as PipelineFailure {
            throw failure.underlying
        }
        guard let resolved = run.resolved else { return }
        if run.problems.hasErrors {
            let printer = DiagnosticPrinter(format: .text, language: group.language(for: run.loaded?.group))
            printError(printer.text(run.problems.filter { $0.severity == .error }))
            throw ExitCode.contentErrors
        }
        let reports = resolved.annualReports(year: year)
        switch format {
        case "csv": print(AnnualReport.csv(reports), terminator: "")
        case "json": print(String(decoding: AnnualReport.json(reports), as: UTF8.self))
        default: print(reports.map(\.text).joined(separator: "\n"), terminator: "")
        }
    }
}
