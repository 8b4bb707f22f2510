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

        /// Stops it as Ctrl-C does (or a service manager, by SIGTERM); the exit status and what it wrote to standard error.
        func stop(by signal: Int32 = SIGINT) -> (status: Int32, stderr: String) {
            kill(process.processIdentifier, signal)
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
        let feed = try client.get("/forestry/rss.xml").body
        #expect(feed.contains("<link>http://127.0.0.1:\(server.port)/forestry/news/b/</link>"))
        #expect(!feed.contains("example.gov.cn"))

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

    @Test func aMissingAddressIsAnsweredWith404AndTheSitesOwnPage() throws {
        let fixture = try FixtureGroup(group.merging([
            "sites/forestry/layouts/404.mustache": "notfound|{{site.name}}|{{site.home}}",
        ]) { $1 })
        let server = try Server(fixture)
        let missing = try server.client.get("/forestry/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("notfound|示例市林业局|/forestry/"))
        // A site whose theme chain has no 404 layout gets the preview's own page, with the same status.
        let plain = try server.client.get("/portal/no-such-page/")
        #expect(plain.status == 404)
        #expect(plain.body.contains("<h1>找不到该页面</h1>"))
        #expect(server.stop().status == 0)
    }

    @Test func heldDocumentsAreServedOnlyWithDraftsAndThenUnderABannerSayingWhy() throws {
        let fixture = try FixtureGroup(group.merging([
            "sites/forestry/content/news/draft.md": FixtureGroup.document("title: 森林防火预案\ndate: 2024-05-03\ndraft: true", body: "草稿正文。"),
            "sites/forestry/content/news/later.md": FixtureGroup.document("title: 植树节活动\ndate: 2030-03-12 09:00", body: "定时正文。"),
        ]) { _, new in new })
        let published = try Server(fixture, ["--site", "forestry"])
        #expect(published.sites.keys.sorted() == ["forestry"])
        #expect(try published.client.get("/forestry/news/draft/").status == 404)
        #expect(try published.client.get("/forestry/news/later/").status == 404)
        #expect(try !published.client.get("/forestry/news/").body.contains("森林防火预案"))
        #expect(try !published.client.get("/forestry/news/b/").body.contains("sg-preview"))
        #expect(published.stop(by: SIGTERM).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: published.temporary.url.path) == [])

        let drafts = try Server(fixture, ["--drafts"])
        let draft = try drafts.client.get("/forestry/news/draft/")
        #expect(draft.status == 200)
        #expect(draft.body.contains(#"<p class="sg-preview-state"><strong>草稿</strong>：删除前置信息中的 <code>draft: true</code> 后发布</p>"#))
        #expect(try drafts.client.get("/forestry/news/later/").body.contains("<strong>定时发布</strong>：将于 2030-03-12 09:00 发布"))
        // Only held documents carry a banner; a local preview is not for search engines to find, so no noindex either.
        let ready = try drafts.client.get("/forestry/news/b/").body
        #expect(!ready.contains("sg-preview"))
        #expect(!ready.contains("noindex"))
        #expect(drafts.stop().status == 0)
    }

    @Test func aPortInUseOrAnAddressNotOfThisMachineIsRefusedWithWhatToDo() throws {
        let fixture = try FixtureGroup(group)
        let first = try Server(fixture)
        defer { _ = first.stop() }
        let taken = try CommandLineTests().run(["serve", "--root", fixture.root.path, "--port", String(first.port)])
        #expect(taken.status == 2)
        #expect(taken.stderr == "sitegroup: 端口 \(first.port) 已被占用：请用 --port 换一个端口，或用 --port 0 由系统选择空闲端口\n")
        let elsewhere = try CommandLineTests().run(["serve", "--root", fixture.root.path, "--port", "0", "--bind", "192.0.2.1", "--lang", "en"])
        #expect(elsewhere.status == 2)
        #expect(elsewhere.stderr == "sitegroup: cannot listen on 192.0.2.1: it is not an IPv4 address of this machine; give one with --bind\n")
    }
}
