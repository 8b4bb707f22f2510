import ArgumentParser
import ContentModel
import Dispatch
import Foundation
import PreviewServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview every site of the group locally, rebuilt and reloaded on every save.",
        discussion: """
            Builds the group into a private temporary folder and serves each site at http://127.0.0.1:<port>/<site>/, with \
            links between the sites leading there. Every open page reloads after a save; a save that breaks the group \
            keeps the last good pages and shows the problems on them. Ctrl-C stops it and removes the folder.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, help: ArgumentHelp("The port to serve on (0: any free port).", valueName: "n"))
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on (default: 127.0.0.1, this machine only).", valueName: "addr"))
    var bind = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Publish as of the end of this day, YYYY-MM-DD (default: now), as build does.", valueName: "date"))
    var now: String?

    @Flag(name: .long, help: "Show drafts, imports waiting for review and later-dated documents too, each with a banner saying so.")
    var drafts = false

    func validate() throws {
        try GroupOptions.validate(day: now, option: "--now")
    }

    func run() throws {
        let root = URL(fileURLWithPath: group.root).standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("sitegroup.yaml").path) else {
            throw ValidationError("there is no sitegroup.yaml in \(root.path)")
        }
        let language = group.lang.flatMap(Language.init(rawValue:))
        let preview = try ServedGroup(.init(root: root, address: bind, port: port, sites: group.site, now: GroupOptions.moment(now),
                                            drafts: drafts, language: language))
        // Ctrl-C and a service manager's stop end the preview the same way: its folder removed, its port closed.
        let stops = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { Task { await preview.stop(); Foundation.exit(0) } }
            source.resume()
            return source
        }
        Task {
            do {
                let (sites, first) = try await preview.start { report($0) }
                announce(sites, language: first.language)
                report(first)
            } catch {
                printError("sitegroup: cannot serve on \(bind):\(port): \(error)\n")
                await preview.stop()
                Foundation.exit(2)
            }
        }
        withExtendedLifetime(stops) { dispatchMain() }
    }

    private func announce(_ sites: [ServedGroup.ServedSite], language: Language) {
        if !["127.0.0.1", "localhost", "::1"].contains(bind) {
            printError(language == .chinese
                ? "注意：预览监听 \(bind)，其他计算机也能打开这些页面，其中包括草稿\n"
                : "warning: the preview listens on \(bind): other computers can open these pages, drafts included\n")
        }
        // Written at once, unbuffered, so whoever started the preview can read the addresses while it runs.
        let lines = sites.map { language == .chinese ? "\($0.name)（\($0.id)）：\($0.url)\n" : "\($0.name) (\($0.id)): \($0.url)\n" }
        FileHandle.standardOutput.write(Data((lines.joined() + (language == .chinese ? "按 Ctrl-C 停止预览\n" : "Press Ctrl-C to stop the preview\n")).utf8))
    }

    private func report(_ outcome: PreviewOutcome) {
        let printer = DiagnosticPrinter(format: .text, language: outcome.language)
        if let failure = outcome.failure { return printError("sitegroup: \(failure)\n") }
        printError(printer.text(outcome.problems))
        let seconds = String(format: "%.2f", outcome.seconds)
        printError(outcome.isGood
            ? (printer.language == .chinese ? "已构建（\(seconds) 秒）\n" : "built (\(seconds) s)\n")
            : (printer.language == .chinese ? "构建失败：\(printer.summary(outcome.problems))；仍显示上次构建成功的页面\n"
                                            : "build failed: \(printer.summary(outcome.problems)); the last good pages are still served\n"))
    }
}
