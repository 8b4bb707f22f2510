import Foundation
import Testing
import TestSupport

/// Runs `sitegroup serve` as an editor does, and reads what it serves over loopback.
@Suite("sitegroup serve")
struct ServeCommandTests {
    /// A running `sitegroup serve`, its temporary files kept in a folder of the test's own.
    final class Server {
        let process = Process()
        let temporary = TemporaryFolder("sitegroup-serve-test")
        private let out = Pipe(), err = Pipe()
        /// Site → its local address, as printed.
        private(set) var sites: [String: String] = [:]
        private(set) var printed = ""
        private(set) var port: UInt16 = 0

        init(_ fixture: FixtureGroup, _ options: [String] = []) throws {
            try FileManager.default.createDirectory(at: temporary.url, withIntermediateDirectories: true)
            process.executableURL = CommandLineTests.binary
            process.arguments = ["serve", "--root", fixture.root.path, "--port", "0"] + options
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.url.path]) { _, new in new }
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while !printed.contains("Ctrl-C"), Date() < deadline {
                printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            }
            for line in printed.split(separator: "\n") {
                guard let start = line.range(of: "http://") else { continue }
                let address = String(line[start.lowerBound...])
                sites[String(address.split(separator: "/").last!)] = address
                port = UInt16(address.split(separator: ":")[2].split(separator: "/")[0])!
            }
        }

        var client: LoopbackClient { LoopbackClient(port: port) }

        /// Stops it as Ctrl-C does; the exit status and what it wrote to standard error.
        func stop() -> (status: Int32, stderr: String) {
            process.interrupt()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
    }

    private let group = [
        "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\nlanguage: zh-CN\n",
        "sites/forestry/site.yaml": FixtureGroup.forestrySite,
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 门户要闻\ndate: 2024-05-01",
                                                                body: "见[林业动态](../../../forestry/content/news/b.md)。"),
        "sites/forestry/content/news/b.md": FixtureGroup.document("title: 林业动态\ndate: 2024-05-02", body: "第一版正文。"),
    ]

    @Test func servesEverySiteLocallyReloadsOnSaveAndShowsProblemsUntilFixed() throws {
        let fixture = try FixtureGroup(group)
        let server = try Server(fixture)
        #expect(server.printed.contains("门户（portal）：http://127.0.0.1:\(server.port)/portal/\n"))
        #expect(server.printed.contains("示例市林业局（forestry）：http://127.0.0.1:\(server.port)/forestry/\n"))
        let client = server.client

        // The portal's article links to the forestry site's at the local address, and the link leads there.
        let portal = try client.get("/portal/news/a/")
        #expect(portal.status == 200)
        let link = "http://127.0.0.1:\(server.port)/forestry/news/b/"
        #expect(portal.body.contains("href=\"\(link)\""))
        #expect(!portal.body.contains("example.gov.cn"))
        let forestry = try client.get(String(link.dropFirst("http://127.0.0.1:\(server.port)".count)))
        #expect(forestry.status == 200)
        #expect(forestry.body.contains("article|林业动态|2024-05-02"))
        #expect(forestry.body.contains("第一版正文。"))
        #expect(forestry.body.contains("/_sitegroup/live"))
        #expect(try client.get("/forestry").status == 301)

        let live = try client.live("/_sitegroup/live")
        defer { live.close() }
        let first = try live.next()

        try fixture.write(["sites/forestry/content/news/b.md": FixtureGroup.document("title: 林业动态\ndate: 2024-05-02", body: "第二版正文。")])
        let edited = try live.next()
        #expect(edited != first)
        #expect(try client.get("/forestry/news/b/").body.contains("第二版正文。"))

        try fixture.write(["sites/forestry/content/news/b.md": FixtureGroup.document("title: 林业动态\ndate: 五月二日", body: "第三版正文。")])
        #expect(try live.next() != edited)
        let broken = try client.get("/forestry/news/b/").body
        #expect(broken.contains("第二版正文。"))
        #expect(broken.contains("id=\"sitegroup-problems\""))
        #expect(broken.contains("<code>sites/forestry/content/news/b.md:3:7</code> 错误："
                                + "“date”应写成 2024-05-01 或 2024-05-01 09:30 的形式（现为“五月二日”）<br>改正方法：用数字按“年-月-日”填写日期"))

        try fixture.write(["sites/forestry/content/news/b.md": FixtureGroup.document("title: 林业动态\ndate: 2024-05-02", body: "第三版正文。")])
        _ = try live.next()
        let fixed = try client.get("/forestry/news/b/").body
        #expect(fixed.contains("第三版正文。"))
        #expect(!fixed.contains("sitegroup-problems"))

        let stopped = server.stop()
        #expect(stopped.status == 0)
        #expect(stopped.stderr.contains("构建失败：2 个错误，0 个警告；仍显示上次构建成功的页面"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.temporary.url.path) == [])
    }

    @Test func theScriptIsOnlyInServedPagesNeverInTheBuiltOutput() throws {
        let fixture = try FixtureGroup(group)
        let server = try Server(fixture)
        #expect(try server.client.get("/portal/news/a/").body.contains("/_sitegroup/live"))
        #expect(server.stop().status == 0)
        _ = try CommandLineTests().run(["build", "--root", fixture.root.path])
        #expect(fixture.output("portal/news/a/index.html")?.contains("_sitegroup") == false)
        #expect(fixture.output("portal/news/a/index.html")?.contains("https://lyj.example.gov.cn/news/b/") == true)
    }
}
