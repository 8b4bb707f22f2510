import Foundation
import Testing
import TestSupport

/// The CI pipelines shipped in docs/ci cannot run here; the commands they call can, in the same order and the same
/// words: a check and the facts pass, the shard builds each in a checkout of its own with the facts job's artifact,
/// their outputs put together as the deploy job's artifacts are, the deploy to a folder, and each site's manifest
/// verified against what was deployed.
extension CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `$SITEGROUP …` command lines of a pipeline file, in order, as its `run:` or `- ` lines write them.
    static func sitegroupCommands(in file: String) throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["- run: ", "run: ", "- "] where trimmed.hasPrefix(prefix + "$SITEGROUP ") {
                return String(trimmed.dropFirst(prefix.count))
            }
            return nil
        }
    }

    @Test(arguments: [
        ("docs/ci/gitlab-ci.yml", ["$CI_NODE_INDEX"], ["$CI_NODE_TOTAL"]),
        ("docs/ci/github-actions.yml", ["${{ matrix.shard }}"], ["$SHARDS"]),
    ])
    func thePipelineTemplatesCommandsPublishTheWholeGroup(file: String, index: [String], total: [String]) throws {
        let commands = try Self.sitegroupCommands(in: file)
        #expect(commands.map { $0.split(separator: " ")[1] } == ["check", "facts", "build", "deploy"], "\(file): \(commands)")
        guard commands.count == 4 else { return }
        // Dated today: a pipeline checks as of the day it runs, and a group with nothing new for weeks fails the check.
        let today = Date().formatted(.iso8601.year().month().day().dateSeparator(.dash))
        let fixture = try FixtureGroup(FixtureGroup.footerTheme.merging([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 全市政务公开工作推进会召开\ndate: \(today)"),
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 森林防火工作部署会召开\ndate: \(today)"),
        ]) { $1 })
        let work = fixture.root.deletingLastPathComponent().appendingPathComponent(fixture.root.lastPathComponent + "-ci")
        defer { try? FileManager.default.removeItem(at: work) }
        let shards = 2
        func checkout(_ name: String) throws -> URL {
            let checkout = work.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: checkout.path) {
                try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: fixture.root, to: checkout)
            }
            return checkout
        }
        func job(_ name: String, _ command: String, _ environment: [String: String] = [:]) throws -> Run {
            let checkout = try checkout(name)
            var line = command
            for placeholder in index { line = line.replacingOccurrences(of: placeholder, with: "$SHARD_INDEX") }
            for placeholder in total { line = line.replacingOccurrences(of: placeholder, with: "$SHARD_TOTAL") }
            let values = ["SITEGROUP": Self.binary.path, "SITEGROUP_DEPLOY_TARGET": work.appendingPathComponent("www").path]
                .merging(environment) { $1 }
            return try shell(line, in: checkout, environment: values)
        }
        let checked = try job("check", commands[0])
        #expect(checked.status == 0, "\(checked.stdout)")
        let facts = try job("check", commands[1])
        #expect(facts.status == 0, "\(facts.stderr)")
        for shard in 1...shards {
            // The facts job's artifact, unpacked into each build job's checkout.
            try FileManager.default.copyItem(at: work.appendingPathComponent("check/facts"), to: checkout("build-\(shard)").appendingPathComponent("facts"))
            let built = try job("build-\(shard)", commands[2], ["SHARD_INDEX": "\(shard)", "SHARD_TOTAL": "\(shards)"])
            #expect(built.status == 0, "\(built.stderr)")
            // The artifacts of every build job, unpacked into the deploy job's public/.
            let artifacts = work.appendingPathComponent("build-\(shard)/public")
            let deployed = work.appendingPathComponent("deploy/public")
            try FileManager.default.createDirectory(at: deployed, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: artifacts.path) where !FileManager.default.fileExists(atPath: deployed.appendingPathComponent(name).path) {
                try FileManager.default.copyItem(at: artifacts.appendingPathComponent(name), to: deployed.appendingPathComponent(name))
            }
        }
        try FileManager.default.copyItem(at: fixture.root.appendingPathComponent("sitegroup.yaml"), to: work.appendingPathComponent("deploy/sitegroup.yaml"))
        let deployed = try job("deploy", commands[3])
        #expect(deployed.status == 0, "\(deployed.stderr)")
        for site in ["portal", "forestry"] {
            let verified = try run(["verify", "--manifest", work.appendingPathComponent("deploy/public/\(site).manifest.json").path, "--unsigned",
                                    work.appendingPathComponent("www/\(site)").path])
            #expect(verified.status == 0 && verified.stdout == "", "\(site): \(verified.stdout)")
        }
    }

    /// A pipeline's line, run by the shell in a job's checkout as a CI runner runs it.
    private func shell(_ line: String, in folder: URL, environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
