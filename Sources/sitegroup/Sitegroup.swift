import ArgumentParser
import Foundation

@main
struct Sitegroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegroup",
        abstract: "Publish a government website group (政府网站群) from Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self, SyncCommand.self, ServeCommand.self, NewCommand.self, ReportCommand.self,
                      DeployCommand.self, KeyCommand.self, VerifyCommand.self, FactsCommand.self]
    )

    /// The one place that turns an error into text and an exit status:
    /// 0 ok, 1 content errors, 2 usage or environment.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            guard status != .success else {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("sitegroup: \(fullMessage(for: error))\n".utf8))
            Foundation.exit(2)
        }
    }
}

extension ExitCode {
    static let contentErrors = ExitCode(1)
}
