import Foundation
import Testing
import TestSupport

/// Runs the built `sitegroup` binary as a pipeline would, and checks its exit status and output.
@Suite("The sitegroup command")
struct CommandLineTests {
    struct Run: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `sitegroup` built beside the test runner, whatever the configuration; else the debug build.
    static let binary: URL = {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegroup"),
                          package.appendingPathComponent(".build/debug/sitegroup")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }()

    /// Runs sitegroup, or a launcher (its program and options) that runs sitegroup, with `environment` added to the test's.
    func run(_ arguments: [String], through launcher: [String] = [], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? Self.binary
        process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [Self.binary.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private let good = ["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01")]

    @Test func buildPrintsOneLinePerSiteAndSucceeds() throws {
        let fixture = try FixtureGroup(good)
        let result = try run(["build", "--root", fixture.root.path])
        #expect(result.status == 0)
        // 2024 has ended, so the site has its 2024 annual reports: two pages, each with its CSV and JSON.
        #expect(result.stdout.contains("portal: 11 pages, 0 assets — 34 files made, 34 written, 0 unchanged, 0 removed ("))
        #expect(result.stderr.contains("[1/7] load\n      1 sites, 1 documents\n[2/7] claim output\n[3/7] validate\n[4/7] resolve\n"
                                        + "[5/7] secrecy gate\n[6/7] render\n      portal: 11 pages, 34 files made\n[7/7] write\n"))
        #expect(fixture.output("portal/news/a/index.html") != nil)
        let again = try run(["build", "--root", fixture.root.path])
        #expect(again.stdout.contains("portal: 11 pages, 0 assets — 0 files made, 0 written, 34 unchanged, 0 removed ("))
        let cold = try run(["build", "--root", fixture.root.path, "--no-cache"])
        #expect(cold.stdout.contains("portal: 11 pages, 0 assets — 34 files made, 0 written, 34 unchanged, 0 removed ("))
    }

    @Test func contentErrorsExitWithOneAndListEveryProblem() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 明天"),
            "sites/portal/content/news/b.md": FixtureGroup.document("date: 2024-05-01"),
        ])
        let result = try run(["build", "--root", fixture.root.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sites/portal/content/news/a.md:3:7: error: front-matter.invalid-date: 'date' must look like 2024-05-01 or 2024-05-01 09:30 (found \"明天\")"))
        #expect(result.stderr.contains("sites/portal/content/news/b.md:2:1: error: front-matter.missing-title: 'title' is missing"))
        #expect(result.stderr.contains("build stopped: 2 errors, 0 warnings; the output folder was not changed"))
        #expect(fixture.outputFiles() == [])
    }

    @Test func messagesAreChineseForAChineseGroup() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 明天")])
        let result = try run(["build", "--root", fixture.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "sites/portal/content/news/a.md:3:7: 错误: front-matter.invalid-date: “date”应写成 2024-05-01 或 2024-05-01 09:30 的形式（现为“明天”）；用数字按“年-月-日”填写日期\n"))
        #expect(result.stderr.contains("构建已停止：1 个错误，0 个警告；输出文件夹未作改动"))
    }

    @Test func notAGroupExitsWithTwo() throws {
        let result = try run(["build", "--root", "/nonexistent-group"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent-group is not a site group: it has no sitegroup.yaml"))
    }

    @Test func unknownSiteExitsWithTwo() throws {
        let fixture = try FixtureGroup(good)
        let result = try run(["build", "--root", fixture.root.path, "--site", "nosuch"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is no site 'nosuch' (sites: portal)"))
    }

    @Test(arguments: [["--help"], ["build", "--help"], ["check", "--help"]])
    func helpIsAvailable(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: sitegroup"))
    }

    @Test func checkReportsJSONForPipelines() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "[坏](x.md)")])
        let result = try run(["check", "--root", fixture.root.path, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "link.broken")
        #expect(first["path"] as? String == "sites/portal/content/news/a.md")
        #expect(first["line"] as? Int == 6)
    }

    @Test func checkGroupsBySiteGivesVerdictsAndCountsByRule() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01")])
        let result = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--lang", "en"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "== 门户（portal）==")
        #expect(lines.contains("sites/portal/site.yaml:7:5: warning: column.empty: the column 通知公告 (notices) has no published document; publish in it, or remove it from site.yaml and nav"))
        #expect(lines.contains { $0.hasPrefix("verdict: pass (") })
        #expect(lines.contains("column.empty: 1"))
        #expect(lines.last?.hasPrefix("total: ") == true)
    }

    @Test func checkOfACleanGroupExitsWithZero() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
            "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2024-05-01"),
            "themes/t/layouts/base.mustache": "{{$main}}{{/main}}<a href=\"{{site.identity.conac_url}}\">标识</a>{{site.identity.sponsor}} {{site.identity.site_code}} {{site.identity.icp}} {{site.identity.police}} {{site.identity.contact}} <a href=\"{{site.sitemap_url}}\">网站地图</a> <a href=\"{{site.identity.error_report_url}}\">找错</a>",
            "themes/t/layouts/catalog.mustache": "{{<base}}{{$main}}{{/main}}{{/base}}",
            "themes/t/layouts/catalog-statistics.mustache": "{{<base}}{{$main}}{{/main}}{{/base}}",
            "themes/t/layouts/submissions.mustache": "{{<base}}{{$main}}{{/main}}{{/base}}",
        ])
        let result = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("结论：合格（0 个错误，0 个警告）"))
        #expect(result.stdout.hasSuffix("合计：0 个错误，0 个警告\n"))
    }
}
