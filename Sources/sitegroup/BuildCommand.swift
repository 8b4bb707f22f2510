import ArgumentParser
import CacheStore
import ContentModel
import Foundation
import Integrity
import Pipeline
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

    @Option(name: .long, help: ArgumentHelp("Where to write the sites (default: <root>/public, or <root>/preview with --preview).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("""
        Build a preview for reviewers, to be published at this address: every site under <url>/<site>/, drafts, documents \
        waiting for review and later-dated ones shown with a banner, every page marked noindex and as a preview.
        """, valueName: "url"))
    var preview: String?

    @Option(name: .long, help: ArgumentHelp("Publish as of the end of this day, YYYY-MM-DD (default: now): later-dated documents are left out.",
                                            valueName: "date"))
    var now: String?

    @Flag(name: .long, help: "Render every page as if nothing had been built before, and start the build cache afresh.")
    var noCache = false

    @Flag(name: .long, help: "Write into an output folder that holds files sitegroup did not write (folders named as sites are replaced).")
    var force = false

    @Option(name: .long, help: ArgumentHelp("""
        Build only part I of N of the group's sites, dealt out by size the same way on every machine, so N machines \
        build the group in parallel; their outputs together are the whole build (see docs/SCALING.md).
        """, valueName: "I/N"))
    var shard: String?

    @Option(name: .long, help: ArgumentHelp("""
        With --shard: read only this shard's sites' Markdown, and the other sites from their facts in this folder,         written by `sitegroup facts` from the same checkout (see docs/SCALING.md).
        """, valueName: "dir"))
    var facts: String?

    @Flag(name: .long, help: """
        Publish every site that has no error; a site with errors (every site, for an error in sitegroup.yaml or themes/; \
        the portal too, for a secrecy or personal-data error anywhere) keeps its last output. The exit status is still 1.
        """)
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("""
        Sign each site's manifest (<out>/<site>.manifest.json) with this key file, made by `sitegroup key new` \
        (default: the key in SITEGROUP_SIGNING_KEY; without either the manifests are unsigned).
        """, valueName: "file"))
    var signingKey: String?

    func validate() throws {
        try GroupOptions.validate(day: now, option: "--now")
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must look like 2/4: part I of N, with 1 ≤ I ≤ N (found \"\(shard)\")")
        }
        if shard != nil && !group.site.isEmpty { throw ValidationError("--shard and --site exclude each other") }
        if facts != nil && shard == nil { throw ValidationError("--facts is read by a shard: give --shard I/N with it") }
        // A preview shows drafts and documents held for review, which facts leave out.
        if facts != nil && preview != nil { throw ValidationError("--facts and --preview exclude each other") }
        if let preview, Preview(baseURL: preview) == nil {
            throw ValidationError("--preview must be an http or https address, such as https://preview.example.gov.cn/pr-42/ (found \"\(preview)\")")
        }
    }

    func run() throws {
        let started = Date()
        // A preview goes elsewhere by default, so that drafts never land in the folder production is deployed from.
        let output = out ?? URL(fileURLWithPath: group.root).appendingPathComponent(preview == nil ? "public" : "preview").path
        let pipeline = Pipeline.build(root: group.root, output: output, now: GroupOptions.moment(now), sites: group.site,
                                      shard: shard.flatMap(Shard.init), cache: noCache ? .renew : .reuse, force: force, preview: preview.flatMap { Preview(baseURL: $0) },
                                      signing: ManifestSigning.from(keyFile: signingKey, environment: ProcessInfo.processInfo.environment),
                                      keepGoing: keepGoing, facts: facts)
        let run = try refusingUnsafeOutput {
            try pipeline.run(begin: { printError("[\($0)/\($1)] \($2)\n") }, note: { printError("      \($0)\n") })
        }
        let printer = DiagnosticPrinter(format: .text, language: group.language(for: run.loaded?.group))
        printError(printer.text(run.problems))
        // With --keep-going a build with errors still publishes what they do not hold back; without, nothing.
        guard let written = run.written, !written.isEmpty || !run.problems.hasErrors else {
            printError(printer.language == .chinese
                ? "构建已停止：\(printer.summary(run.problems))；输出文件夹未作改动\n"
                : "build stopped: \(printer.summary(run.problems)); the output folder was not changed\n")
            throw ExitCode.contentErrors
        }
        for site in written {
            print("\(site.siteID): \(site.pageCount) pages, \(site.assetCount) assets — \(site.rendered) files made, \(site.written) written, "
                  + "\(site.unchanged) unchanged, \(site.removed) removed (\(String(format: "%.2f", site.seconds)) s)")
        }
        print("built \(written.count) sites into \(output) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        if !run.heldBack.isEmpty {
            let sites = run.heldBack.joined(separator: ", ")
            printError(printer.language == .chinese
                ? "构建有错误：\(printer.summary(run.problems))；以下网站未发布，保留上次的输出：\(sites)\n"
                : "build finished with errors: \(printer.summary(run.problems)); these sites were held back and keep their last output: \(sites)\n")
        }
        if run.signingKey == nil {
            print(printer.language == .chinese
                ? "清单未签名：用 --signing-key 文件或环境变量 SITEGROUP_SIGNING_KEY 提供私钥（由 sitegroup key new 生成）即可签名"
                : "manifests unsigned: give --signing-key FILE or set SITEGROUP_SIGNING_KEY (made by sitegroup key new) to sign them")
        }
        // Releasing a large group object by object takes a tenth of an incremental build; the process ends
        // here, and the system takes its memory back at once.
        withExtendedLifetime(run.lock) { Foundation.exit(run.problems.hasErrors ? ExitCode.contentErrors.rawValue : 0) }
    }

    /// Output problems are the operator's, not the content's: told in the group's language, exit status 2.
    /// Any other failure of a step goes on as it was.
    private func refusingUnsafeOutput<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let failure as PipelineFailure {
            let language = group.lang.flatMap(Language.init(rawValue:)) ?? failure.language ?? .english
            switch failure.underlying {
            case let refusal as OutputRefusal: printError("sitegroup: \(refusal.text(in: language))\n")
            case let problem as FileSystemError: printError("sitegroup: \(problem.text(in: language))\n")
            case let problem as ManifestProblem: printError("sitegroup: \(problem.text(in: language))\n")
            case let problem as FactsProblem: printError("sitegroup: \(problem.text(in: language))\n")
            default: throw failure.underlying
            }
        }
        throw ExitCode(2)
    }
}
