import ArgumentParser
import CacheStore
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

    @Flag(name: .long, help: "Render every page as if nothing had been built before, and start the build cache afresh.")
    var noCache = false

    @Flag(name: .long, help: "Write into an output folder that holds files sitegroup did not write (folders named as sites are replaced).")
    var force = false

    func run() throws {
        let started = Date()
        let steps = StepPrinter(count: 4)
        let output = out ?? URL(fileURLWithPath: group.root).appendingPathComponent("public").path
        let (cache, documentCache) = BuildCache.open(forOutput: output, reading: !noCache)
        steps.begin("load")
        let loaded = try GroupLoader(root: group.root, cache: documentCache).load()
        let printer = DiagnosticPrinter(format: .text, language: try group.language(for: loaded.group))
        // Caches read before the lock are only hints: files are trusted by their stamps, which another build changes.
        let lock = try refusingUnsafeOutput(printer.language) {
            try OutputFolder(output: output, root: group.root).claim(force: force)
        }
        // Kept even if the build stops: it only remembers how files read, whatever they say.
        try? documentCache.save()
        let documents = loaded.group.sites.reduce(0) { $0 + $1.documents.count + $1.pages.count }
        steps.note("\(loaded.group.sites.count) sites, \(documents) documents")
        steps.begin("validate")
        try stopOnErrors(Validator.standard.validate(loaded), printer)
        steps.begin("resolve")
        let resolved = try Resolver(loaded.group, options: BuildOptions(now: try group.endOfDay(now, option: "--now", in: loaded.group), siteIDs: group.site)).resolve()
        steps.begin("render and write")
        let report = try refusingUnsafeOutput(printer.language) {
            try Renderer(resolved).build(into: OutputWriter(public: output), cache: cache) { steps.note($0) }
        }
        try stopOnErrors(report.diagnostics, printer)
        for site in report.sites {
            print("\(site.siteID): \(site.pageCount) pages, \(site.assetCount) assets — \(site.rendered) files made, \(site.written) written, "
                  + "\(site.unchanged) unchanged, \(site.removed) removed (\(String(format: "%.2f", site.seconds)) s)")
        }
        print("built \(report.sites.count) sites into \(output) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        // Releasing a large group object by object takes a tenth of an incremental build; the process ends
        // here, and the system takes its memory back at once.
        withExtendedLifetime(lock) { Foundation.exit(0) }
    }

    /// Output problems are the operator's, not the content's: told in the group's language, exit status 2.
    private func refusingUnsafeOutput<Result>(_ language: Language, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let refusal as OutputRefusal {
            printError("sitegroup: \(refusal.text(in: language))\n")
        } catch let failure as FileSystemError {
            printError("sitegroup: \(failure.text(in: language))\n")
        }
        throw ExitCode(2)
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
