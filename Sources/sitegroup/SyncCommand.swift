import ArgumentParser
import ContentModel
import Foundation
import SyncAgent

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Move column news between sites by the rules under `sync:` in sitegroup.yaml.",
        subcommands: [SyncRunCommand.self, SyncInspectCommand.self, SyncApproveCommand.self],
        defaultSubcommand: SyncRunCommand.self
    )
}

struct SyncRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the sync rules (the default when `sync` is given alone).",
        discussion: """
            Prints what each rule created, updated, retracted and skipped, and the conflicts it found. \
            Exit status: 0 done, 1 a conflict or a failed source, 2 could not run.
            """
    )

    @OptionGroup var group: GroupOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only this rule (repeat for several).", valueName: "name"))
    var rule: [String] = []

    @Flag(name: .long, help: "Say what would change, and change nothing.")
    var dryRun = false

    func run() throws {
        // Documents are read only for the sites a rule needs, once its source has something new.
        let loader = GroupLoader(root: group.root)
        let loaded = try loader.loadConfiguration()
        let language = group.language(for: loaded.group)
        // Rules are only carried out as written: a mistake in the group's configuration stops the run.
        let configErrors = loaded.diagnostics.filter { $0.severity == .error && $0.location.path == "sitegroup.yaml" }
        guard configErrors.isEmpty else {
            printError(DiagnosticPrinter(format: .text, language: language).text(configErrors))
            throw ExitCode.contentErrors
        }
        let agent = SyncAgent(configuration: loaded, loader: loader)
        let report = try agent.run(SyncAgent.Options(dryRun: dryRun, rules: rule))
        print(SyncPrinter(language: language).report(report), terminator: "")
        if report.hasProblems { throw ExitCode.contentErrors }
    }
}

struct SyncInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what the sync agent reads from a feed, before a rule is written for it.",
        discussion: "Prints the feed's kind and encoding, and for each item its id, title, link, dates, author and body as it would be imported, with the problems found."
    )

    @Argument(help: ArgumentHelp("An http(s) address of a feed, or a feed file.", valueName: "source"))
    var source: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh or en.", valueName: "lang"))
    var lang: String = "zh"

    @Option(name: .long, help: ArgumentHelp("Time zone for dates written without one.", valueName: "zone"))
    var timezone: String = "Asia/Shanghai"

    func run() throws {
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json (found \"\(format)\")") }
        guard let zone = TimeZone(identifier: timezone) else { throw ValidationError("--timezone: unknown time zone \"\(timezone)\"") }
        let printer = SyncPrinter(language: language, timeZone: zone)
        let address: URL?, data: Data, contentType: String?
        if let url = URL(string: source), ["http", "https"].contains(url.scheme?.lowercased()) {
            switch FeedFetcher().fetch(url) {
            case .failure(let failure):
                print(printer.inspection(source: source, result: .failure(failure), json: format == "json"), terminator: "")
                throw ExitCode.contentErrors
            case .success(.notModified):
                throw ValidationError("the server answered 304 Not Modified to a request without validators")
            case .success(.fetched(let feed)):
                (address, data, contentType) = (feed.finalURL, feed.data, feed.contentType)
            }
        } else {
            let file = URL(fileURLWithPath: source)
            do { data = try Data(contentsOf: file) } catch { throw ValidationError("cannot read \(source): \(error.localizedDescription)") }
            (address, contentType) = (nil, nil)
        }
        let result = FeedReader(address: address, timeZone: zone).read(data, contentType: contentType)
        print(printer.inspection(source: source, result: result, json: format == "json"), terminator: "")
        if case .failure = result { throw ExitCode.contentErrors }
    }
}

struct SyncApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve imports held for review (外来文章), so the next build publishes them.",
        discussion: "Without paths, lists what waits for review. Editors may instead change `review: pending` to `review: approved` in the file."
    )

    @OptionGroup var group: GroupOptions

    @Argument(help: ArgumentHelp("Documents to approve, by path from the group's folder.", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Approve everything waiting for review.")
    var all = false

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("With --all or alone: only imports of this rule.", valueName: "name"))
    var rule: [String] = []

    func run() throws {
        let loaded = try GroupLoader(root: group.root).load()
        let language = group.language(for: loaded.group)
        let agent = SyncAgent(group: loaded.group, diagnostics: loaded.diagnostics)
        let waiting = agent.pending(rules: rule)
        let chosen = all ? waiting.map(\.path) : paths
        guard !chosen.isEmpty else {
            print(SyncPrinter(language: language).pending(waiting), terminator: "")
            return
        }
        let approved: [RuleReport.Change]
        do {
            approved = try agent.approve(chosen)
        } catch let error as ReviewError {
            printError("sitegroup: \(error.wording.text(in: language))\n")
            throw ExitCode(2)
        }
        for change in approved {
            print(language == .chinese ? "已通过审核  \(change.path)  \(change.title)" : "approved  \(change.path)  \(change.title)")
        }
    }
}
