import ArgumentParser
import ContentModel
import Foundation
import Scaffolding

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a site, a column or a document, with valid settings and front matter and the fields left to fill marked.",
        subcommands: [NewSiteCommand.self, NewColumnCommand.self, NewDocCommand.self]
    )
}

/// What every `new` command shares: the group's folder, the language of messages, and telling what was done.
struct NewOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site group's folder (the one holding sitegroup.yaml).", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh or en (default: the group's language).", valueName: "lang"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be zh or en (found \"\(lang)\")") }
    }

    /// Runs `body` on the group's scaffolder and tells what it wrote; a refusal or a failed write is told in the
    /// group's language (or `--lang`) with exit status 2, and nothing is written.
    func run(_ body: (Scaffolder) throws -> ScaffoldResult) throws {
        let scaffolder = try Scaffolder(root: root)
        let language = lang.flatMap(Language.init(rawValue:)) ?? scaffolder.language
        let result: ScaffoldResult
        do {
            result = try body(scaffolder)
        } catch let refusal as ScaffoldRefusal {
            printError("sitegroup: \(refusal.reason.text(in: language))\n")
            throw ExitCode(2)
        } catch let problem as FileSystemError {
            printError("sitegroup: \(problem.text(in: language))\n")
            throw ExitCode(2)
        }
        for path in result.created { print(language == .chinese ? "已创建 \(path)" : "created \(path)") }
        for path in result.changed { print(language == .chinese ? "已修改 \(path)" : "changed \(path)") }
        print(result.next.text(in: language))
    }
}

struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Add sites/<id>/site.yaml: the identity to fill in and a department's columns; and its news sync rule to sitegroup.yaml."
    )

    @OptionGroup var options: NewOptions
    @Argument(help: ArgumentHelp("The site's folder name: lower-case a-z, 0-9, '-' and '_'.", valueName: "id"))
    var id: String
    @Option(name: .long, help: ArgumentHelp("The site's full name, such as 示例市农业农村局.", valueName: "名称"))
    var name: String
    @Option(name: .long, help: ArgumentHelp("The site's address, such as https://nyj.example.gov.cn/.", valueName: "url"))
    var baseURL: String

    func run() throws {
        try options.run { try $0.newSite(id, name: name, baseURL: baseURL) }
    }
}

struct NewColumnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "column", abstract: "Add a column to a site's site.yaml and its menu.")

    @OptionGroup var options: NewOptions
    @Argument(help: ArgumentHelp("The site.", valueName: "site"))
    var site: String
    @Argument(help: ArgumentHelp("The column's id: lower-case a-z, 0-9, '-' and '_'.", valueName: "id"))
    var id: String
    @Option(name: .long, help: ArgumentHelp("The column's title, such as 通知公告.", valueName: "栏目名"))
    var title: String
    @Option(name: .long, help: ArgumentHelp("news, notice, policy, interaction, service, info or page.", valueName: "kind"))
    var kind: String

    func run() throws {
        try options.run { try $0.newColumn(site: site, id: id, title: title, kind: kind) }
    }
}

struct NewDocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: "Write a draft document dated now into a column, named like t20261201_1.md, with its 信息公开 fields in a disclosure column."
    )

    @OptionGroup var options: NewOptions
    @Argument(help: ArgumentHelp("The site and column, such as forestry/notices.", valueName: "site/column"))
    var place: String
    @Argument(help: ArgumentHelp("The document's title.", valueName: "标题"))
    var title: String

    func validate() throws {
        let parts = place.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ValidationError("the first argument must be <site>/<column>, such as forestry/notices (found \"\(place)\")")
        }
    }

    func run() throws {
        let parts = place.split(separator: "/").map(String.init)
        try options.run { try $0.newDocument(site: parts[0], column: parts[1], title: title) }
    }
}
