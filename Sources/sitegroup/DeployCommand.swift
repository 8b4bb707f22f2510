import ArgumentParser
import ContentModel
import Deployment
import Foundation
import SiteBuilder

struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Upload the built sites to any rclone remote: S3-compatible storage, SFTP, a folder.",
        discussion: """
            Uploads only files whose checksums differ from the remote's, assets first, then pages, then feeds, \
            sitemaps and data, each with its Cache-Control; deletes remote files the output no longer has only after \
            that. Needs rclone (apt-get install rclone); remotes come from rclone's configuration or RCLONE_* variables. \
            Exit status: 0 deployed, 2 could not run or stopped.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Where to upload: any remote:path rclone accepts, or a folder.", valueName: "remote:path"))
    var to: String

    @Option(name: .long, help: ArgumentHelp("The site group's folder (the one holding sitegroup.yaml).", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("The build's output folder to upload (default: <root>/public).", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "List what would be uploaded and deleted, and change nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("Cache-Control max-age of files under assets/.", valueName: "seconds"))
    var assetMaxAge = CachePolicy.standard.assetMaxAge

    @Option(name: .long, help: ArgumentHelp("Cache-Control max-age of pages, feeds, sitemaps and data.", valueName: "seconds"))
    var pageMaxAge = CachePolicy.standard.pageMaxAge

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh or en (default: the group's language).", valueName: "lang"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
        guard assetMaxAge >= 0, pageMaxAge >= 0 else { throw ValidationError("--asset-max-age and --page-max-age must be 0 or more seconds") }
    }

    func run() throws {
        let language = lang.flatMap(Language.init(rawValue:)) ?? GroupLoader(root: root).messageLanguage()
        let output = out ?? URL(fileURLWithPath: root).appendingPathComponent("public").path
        let lock: OutputLock?
        do {
            lock = try OutputLock.reading(output: output)
        } catch let refusal as OutputRefusal {
            printError("sitegroup: \(refusal.text(in: language))\n")
            throw ExitCode(2)
        }
        let deployer = Deployer(output: output, destination: to,
                                cache: CachePolicy(assetMaxAge: assetMaxAge, pageMaxAge: pageMaxAge), dryRun: dryRun)
        let summary: Deployer.Summary
        do {
            summary = try deployer.deploy(begin: { printError("[\($0)/\($1)] \($2)\n") },
                                          change: { print(line(for: $0, in: language)) },
                                          note: { printError($0.split(separator: "\n").map { "      \($0)\n" }.joined()) })
        } catch let failure as DeployFailure {
            printError("sitegroup: \(failure.text(in: language))\n")
            throw ExitCode(2)
        }
        if !summary.comparedByChecksum {
            printError(language == .chinese ? "注意：远端不提供校验和，已按文件大小和修改时间判断哪些文件有变化\n"
                                            : "note: the remote keeps no checksums, so changed files were found by size and modification time\n")
        }
        print(total(summary, in: language))
        withExtendedLifetime(lock) {}
    }

    private func line(for change: Deployer.Change, in language: Language) -> String {
        switch (change, dryRun, language) {
        case (.upload(let path), false, .chinese): "已上传 \(path)"
        case (.upload(let path), true, .chinese): "将上传 \(path)"
        case (.delete(let path), false, .chinese): "已删除 \(path)"
        case (.delete(let path), true, .chinese): "将删除 \(path)"
        case (.upload(let path), false, .english): "uploaded \(path)"
        case (.upload(let path), true, .english): "would upload \(path)"
        case (.delete(let path), false, .english): "deleted \(path)"
        case (.delete(let path), true, .english): "would delete \(path)"
        }
    }

    private func total(_ summary: Deployer.Summary, in language: Language) -> String {
        let (up, down) = (summary.uploaded, summary.deleted)
        return switch (dryRun, language) {
        case (false, .chinese): "已部署到 \(to)：上传 \(up) 个文件，删除 \(down) 个文件"
        case (true, .chinese): "演练：将上传 \(up) 个文件，删除 \(down) 个文件；远端未作改动"
        case (false, .english): "deployed to \(to): \(up) files uploaded, \(down) deleted"
        case (true, .english): "dry run: \(up) files would be uploaded and \(down) deleted; nothing was changed"
        }
    }
}
