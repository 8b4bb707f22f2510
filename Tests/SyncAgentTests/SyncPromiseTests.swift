import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

/// The README's sync promises that no other suite holds: blocked targets, what an update keeps, 审核 states,
/// Last-Modified revalidation and the 报送/采用 figures.
@Suite("What the README promises of sync")
struct SyncPromiseTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// The department's news, held for review at the portal's 通知公告.
    static func group(_ extra: [String: String] = [:]) throws -> FixtureGroup {
        try FixtureGroup([
            "sitegroup.yaml": "name: 网站群\nportal: portal\nsync:\n  - { name: up, from: forestry, column: news, to: portal, into: notices, review: true }\n",
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2024-05-01 09:30", body: "一。"),
            "sites/forestry/content/news/b.md": FixtureGroup.document("title: 森林防火专项督查\ndate: 2024-05-02 09:30", body: "二。"),
        ].merging(extra) { _, new in new })
    }

    func sync(_ group: FixtureGroup) throws -> SyncReport {
        let loaded = try GroupLoader(root: group.root.path).load()
        return try SyncAgent(group: loaded.group, diagnostics: loaded.diagnostics).run(.init(now: Self.now))
    }

    func edit(_ group: FixtureGroup, _ path: String, _ change: (String) -> String) throws {
        try group.write([path: change(try #require(group.text(path)))])
    }

    @Test func aRuleWhoseTargetColumnHasErrorsIsNotRun() throws {
        let group = try Self.group(["sites/portal/content/notices/broken.md": "---\ntitle: 坏文件\n---\n"])
        let report = try sync(group).rules[0]
        #expect(report.failure?.english == "sites/portal/content/notices/broken.md has errors (front-matter.missing-date); run `sitegroup check` and fix them first")
        #expect(report.created.isEmpty && report.hasProblems)
        #expect(group.text("sites/portal/content/notices/a.md") == nil)
    }

    @Test func anUpdateKeepsWhatEditorsSetHere() throws {
        let group = try Self.group()
        _ = try sync(group)
        try edit(group, "sites/portal/content/notices/a.md") {
            $0.replacingOccurrences(of: "review: pending", with: "review: approved\nweight: 5\nbanner: 林长制\ndisclosure: { topic: 林业 }")
        }
        try group.write(["sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动（更新）\ndate: 2024-05-01 09:30", body: "一，更新。")])
        let report = try sync(group).rules[0]
        #expect(report.updated.map(\.path) == ["sites/portal/content/notices/a.md"] && report.conflicts.isEmpty)
        let text = try #require(group.text("sites/portal/content/notices/a.md"))
        for line in ["title: 植树造林工作启动（更新）", "review: approved", "weight: 5", "banner: 林长制", "topic: 林业"] {
            #expect(text.contains(line), "\(line)")
        }
        #expect(text.hasSuffix("一，更新。\n"))
    }

    @Test func aRejectedImportStaysRejectedAndUnpublished() throws {
        let group = try Self.group()
        _ = try sync(group)
        try edit(group, "sites/portal/content/notices/a.md") { $0.replacingOccurrences(of: "review: pending", with: "review: rejected") }
        try group.write(["sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2024-05-01 09:30", body: "一，更新。")])
        #expect(try sync(group).rules[0].updated.map(\.path) == ["sites/portal/content/notices/a.md"])
        #expect(group.text("sites/portal/content/notices/a.md")?.contains("review: rejected") == true)
        #expect(try group.build().errors == [])
        #expect(group.output("portal/notices/a/index.html") == nil)
        #expect(group.output("portal/notices/b/index.html") == nil, "still pending")
    }

    @Test func submissionsCountSentPublishedAndPending() throws {
        let group = try Self.group([
            "themes/t/layouts/submissions.mustache": "{{#submissions.years}}{{year}}:{{sent}}/{{published}}/{{rate}};{{#departments}}{{name}}={{sent}}/{{published}}/{{pending}}/{{rate}},{{/departments}}\n{{/submissions.years}}",
            "sites/forestry/content/news/c.md": FixtureGroup.document("title: 林长制工作会议\ndate: 2023-12-30", body: "三。"),
        ])
        _ = try sync(group)
        let loaded = try GroupLoader(root: group.root.path).load()
        _ = try SyncAgent(group: loaded.group, diagnostics: []).approve(["sites/portal/content/notices/a.md", "sites/portal/content/notices/c.md"])
        #expect(try group.build().errors == [])
        #expect(group.output("portal/group/submissions/index.html") == "2024:2/1/50%;示例市林业局=2/1/1/50%,\n2023:1/1/100%;示例市林业局=1/1/0/100%,\n")
    }

    @Test func aFeedWithOnlyLastModifiedIsRevalidated() throws {
        let folder = TemporaryFolder("sitegroup-feed")
        let feeds = folder.url
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        try Data("""
            <rss version="2.0"><channel><title>市政府</title><link>https://www.example.gov.cn/</link>
            <item><title>答复</title><guid>https://www.example.gov.cn/r/1.html</guid><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item>
            </channel></rss>
            """.utf8).write(to: feeds.appendingPathComponent("rss.xml"))
        let server = try TestHTTPServer(folder: feeds)
        defer { server.stop() }
        server.behaviour = .serveLastModified("Wed, 01 May 2024 01:30:00 GMT")
        let group = try FixtureGroup(["sitegroup.yaml": "name: 网站群\nportal: portal\nsync:\n  - { name: city, from_url: \(server.baseURL)rss.xml, to: portal, into: notices }\n"])
        #expect(try sync(group).rules[0].created.count == 1)
        #expect(group.text("sync/state.json")?.contains(#""last_modified" : "Wed, 01 May 2024 01:30:00 GMT""#) == true)
        let second = try sync(group).rules[0]
        #expect(second.notModified)
        #expect(server.statuses == [200, 304])
    }
}
