import ArgumentParser
import ContentModel
import Foundation
import SiteBuilder

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build every site of the group into static HTML.",
        discussion: """
            Reads sitegroup.yaml, sites/ and themes/, checks every file, and writes public/<site>/ for each site. \
            If any file has an error, all problems are listed and the output folder is left as it was.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the sites (default: <root>/public).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Publish as of the end of this day, YYYY-MM-DD (default: now): later-dated documents are left out.",
                                            valueName: "date"))
    var now: String?

    func run() throws {
        let started = Date()
        let steps = StepPrinter(count: 5)
        steps.begin("load")
        let loaded = try GroupLoader(root: group.root).load()
        let printer = DiagnosticPrinter(format: .text, language: try group.language(for: loaded.group))
        let documents = loaded.group.sites.reduce(0) { $0 + $1.documents.count + $1.pages.count }
        steps.note("\(loaded.group.sites.count) sites, \(documents) documents")
        steps.begin("validate")
        try stopOnErrors(Validator.standard.validate(loaded), printer)
        steps.begin("resolve")
        let resolved = try Resolver(loaded.group, options: BuildOptions(now: try group.endOfDay(now, option: "--now", in: loaded.group), siteIDs: group.site)).resolve()
        steps.begin("render")
        let rendered = try Renderer(resolved).render { steps.note($0) }
        try stopOnErrors(rendered.diagnostics, printer)
        steps.begin("write")
        let output = out ?? URL(fileURLWithPath: group.root).appendingPathComponent("public").path
        let summaries = try OutputWriter(public: output).write(rendered)
        for (site, summary) in zip(rendered.sites, summaries) {
            print("\(site.siteID): \(site.pageCount) pages, \(site.assetCount) assets — \(summary.written) written, "
                  + "\(summary.unchanged) unchanged, \(summary.removed) removed (\(String(format: "%.2f", site.seconds)) s)")
        }
        print("built \(rendered.sites.count) sites into \(output) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
    }

    private func stopOnErrors(_ diagnostics: [ContentModel.Diagnostic], _ printer: DiagnosticPrinter) throws {
        printError(printer.text(diagnostics))
        guard diagnostics.hasErrors else { return }
        printError(printer.language == .chinese
            ? "构建已停止：\(printer.summary(diagnostics))；输出文件夹未作改动\n"
            : "build stopped: \(printer.summary(diagnostics)); the output folder was not changed\n")
        throw ExitCode.contentErrors
    }
}

/// `[i/n] step` lines on standard error, so a long build shows where it is.
struct StepPrinter {
    let count: Int
    private let position = Counter()

    init(count: Int) {
        self.count = count
    }

    func begin(_ step: String) {
        position.value += 1
        printError("[\(position.value)/\(count)] \(step)\n")
    }

    func note(_ text: String) {
        printError("      \(text)\n")
    }

    private final class Counter {
        var value = 0
    }
}
