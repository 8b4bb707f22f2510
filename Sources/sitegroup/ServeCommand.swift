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
        let preview: ServedGroup
        do {
            preview = try ServedGroup(.init(root: root, address: bind, port: port, sites: group.site, now: GroupOptions.moment(now),
                                            drafts: drafts, language: language))
        } catch {
            printError("sitegroup: \(refusal(error))\n")
            throw ExitCode(2)
        }
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
                await preview.stop()
                printError("sitegroup: \(refusal(error))\n")
                Foundation.exit(2)
            }
        }
        withExtendedLifetime(stops) { dispatchMain() }
    }

    /// Why the preview could not start listening, and what to do, in the group's language (read only now, as the
    /// preview stops before building).
    private func refusal(_ error: Error) -> String {
        let chinese = group.language(for: try? GroupLoader(root: group.root).load().group) == .chinese
        let (address, port) = (bind, port)
        switch error as? ListenFailure {
        case .portInUse:
            return chinese ? "端口 \(port) 已被占用：请用 --port 换一个端口，或用 --port 0 由系统选择空闲端口"
                           : "port \(port) is already in use: choose another with --port, or --port 0 for any free port"
        case .addressNotOwned:
            return chinese ? "无法在 \(address) 上监听：这不是本机的 IPv4 地址，请用 --bind 指定本机的地址"
                           : "cannot listen on \(address): it is not an IPv4 address of this machine; give one with --bind"
        case .portNotAllowed:
            return chinese ? "无权使用端口 \(port)：1024 以下的端口需要管理员权限，请用 --port 换一个端口"
                           : "not allowed to use port \(port): ports below 1024 need administrator rights; choose another with --port"
        case .other(let reason):
            return chinese ? "无法在 \(address):\(port) 上预览：\(reason)" : "cannot serve on \(address):\(port): \(reason)"
        case nil:
            return chinese ? "无法在 \(address):\(port) 上预览：\(error.localizedDescription)"
                           : "cannot serve on \(address):\(port): \(error.localizedDescription)"
        }
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
