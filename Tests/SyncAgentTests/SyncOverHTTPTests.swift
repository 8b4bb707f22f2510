import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

/// A department site and the portal, each its own group built and served by its own HTTP server on 127.0.0.1;
/// the portal pulls the department's news, the department pulls the portal's replies and (a loop) its 部门信息.
@Suite("Sync between two sites served over HTTP", .serialized)
struct SyncOverHTTPTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let identity = #"identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }"#
    static let theme = FixtureGroup.basics.filter { $0.key.hasPrefix("themes/") }

    let department: FixtureGroup
    let portal: FixtureGroup
    let departmentServer: TestHTTPServer
    let portalServer: TestHTTPServer

    init() throws {
        department = try FixtureGroup([
            "sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2026-05-01 09:30\ntags: [林业]", body: "全市春季植树造林工作全面启动。"),
            "sites/forestry/content/news/b.md": FixtureGroup.document("title: 森林防火专项督查\ndate: 2026-05-02 09:30", body: "开展森林防火专项督查，详见[通知](../../pages/about.md)。"),
            "sites/forestry/pages/about.md": FixtureGroup.document("title: 机构概况\ndate: 2026-01-01"),
        ], basics: Self.theme)
        portal = try FixtureGroup([
            "sites/portal/content/interaction/r.md": FixtureGroup.document("title: 关于林地审批的答复\ndate: 2026-05-03\ntags: [林业]\nreplied: 2026-05-03", body: "答复：已办理。"),
            "sites/portal/content/interaction/s.md": FixtureGroup.document("title: 关于统计数据的答复\ndate: 2026-05-04\ntags: [统计]\nreplied: 2026-05-04", body: "答复：已公布。"),
        ], basics: Self.theme)
        departmentServer = try TestHTTPServer(folder: department.output.appendingPathComponent("forestry"))
        portalServer = try TestHTTPServer(folder: portal.output.appendingPathComponent("portal"))
        try department.write([
            "sitegroup.yaml": """
                name: 林业局网站
                portal: forestry
                sync:
                  - { name: replies, from_url: \(portalServer.baseURL)interaction/rss.xml, to: forestry, into: interaction, filter: { tags: [林业] } }
                  - { name: back, from_url: \(portalServer.baseURL)dept-news/rss.xml, to: forestry, into: news }
                """,
            "sites/forestry/site.yaml": """
                name: 示例市林业局
                base_url: \(departmentServer.baseURL)
                theme: t
                \(Self.identity)
                columns:
                  - { id: news, title: 工作动态, kind: news }
                  - { id: interaction, title: 互动回应, kind: interaction }
                """,
        ])
        try portal.write([
            "sitegroup.yaml": """
                name: 示例市网站群
                portal: portal
                sync:
                  - { name: forestry-news, from_url: \(departmentServer.baseURL)news/rss.xml, to: portal, into: dept-news, review: true }
                """,
            "sites/portal/site.yaml": """
                name: 示例市人民政府
                base_url: \(portalServer.baseURL)
                theme: t
                \(Self.identity)
                columns:
                  - { id: dept-news, title: 部门信息, kind: news }
                  - { id: interaction, title: 政民互动, kind: interaction }
                """,
        ])
        try buildBoth()
    }

    func buildBoth() throws {
        #expect(try department.build(now: Self.now).errors == [])
        #expect(try portal.build(now: Self.now).errors == [])
    }

    func sync(_ group: FixtureGroup, limits: FeedFetcher.Limits = .standard) throws -> SyncReport {
        let loaded = try GroupLoader(root: group.root.path).load()
        return try SyncAgent(group: loaded.group, diagnostics: loaded.diagnostics).run(.init(now: Self.now, limits: limits))
    }

    /// Every file of the group's sites with its bytes, to show that a run changed nothing.
    func snapshot(_ group: FixtureGroup) -> [String: Data] {
        let sites = group.root.appendingPathComponent("sites")
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: sites.path) ?? FileManager.DirectoryEnumerator() {
            files[path] = FileManager.default.contents(atPath: sites.appendingPathComponent(path).path)
        }
        return files
    }

    func text(_ group: FixtureGroup, _ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: group.root.appendingPathComponent(path).path) ?? Data(), as: UTF8.self)
    }

    func paths(_ changes: [RuleReport.Change]) -> [String] { changes.map(\.path) }

    @Test func firstSyncImportsAndASecondChangesNothing() throws {
        let first = try sync(portal).rules[0]
        #expect(first.failure == nil)
        #expect(paths(first.created) == ["sites/portal/content/dept-news/b.md", "sites/portal/content/dept-news/a.md"])
        let imported = text(portal, "sites/portal/content/dept-news/b.md")
        #expect(imported.contains("review: pending"))
        #expect(imported.contains("id: forestry/news/b"))
        #expect(imported.hasSuffix("---\n\n开展森林防火专项督查，详见[通知](../../pages/about.md)。\n"), "the Markdown body arrives as written")

        let before = snapshot(portal)
        let second = try sync(portal).rules[0]
        #expect(second.notModified)
        #expect(portalServer.statuses.isEmpty && departmentServer.statuses.suffix(2) == [200, 304])
        #expect(second.created.isEmpty && second.updated.isEmpty && second.retracted.isEmpty)
        #expect(snapshot(portal) == before)

        // Once approved and built, the page shows 信息来源 and the relative link leads to the department's page.
        let approved = try SyncAgent(group: try GroupLoader(root: portal.root.path).load().group, diagnostics: [])
            .approve(["sites/portal/content/dept-news/b.md"])
        #expect(approved.map(\.path) == ["sites/portal/content/dept-news/b.md"])
        try buildBoth()
        let page = try #require(portal.output("portal/dept-news/b/index.html"))
        #expect(page.contains(#"<a href="\#(departmentServer.baseURL)about/">通知</a>"#))
        #expect(portal.output("portal/dept-news/a/index.html") == nil, "a is still waiting for review")
        #expect(portal.output("portal/group/submissions/index.html")?.contains("2026:2/1") == false, "departments outside the group are not counted")
    }

    @Test func upstreamEditUpdatesAndALocalEditIsAConflict() throws {
        _ = try sync(portal)
        try department.write(["sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2026-05-01 09:30\ntags: [林业]", body: "已植树 12 万株。")])
        try buildBoth()
        let edited = try sync(portal).rules[0]
        #expect(paths(edited.updated) == ["sites/portal/content/dept-news/a.md"])
        #expect(text(portal, "sites/portal/content/dept-news/a.md").contains("已植树 12 万株。"))
        #expect(text(portal, "sites/portal/content/dept-news/a.md").contains("review: pending"), "an update keeps the review state")

        try portal.write(["sites/portal/content/dept-news/b.md": text(portal, "sites/portal/content/dept-news/b.md").replacingOccurrences(of: "开展", with: "门户编辑改为：开展")])
        try department.write(["sites/forestry/content/news/b.md": FixtureGroup.document("title: 森林防火专项督查\ndate: 2026-05-02 09:30", body: "督查发现隐患 3 处。")])
        try buildBoth()
        let conflict = try sync(portal).rules[0]
        #expect(conflict.conflicts.map(\.path) == ["sites/portal/content/dept-news/b.md"])
        #expect(conflict.hasProblems)
        #expect(text(portal, "sites/portal/content/dept-news/b.md").contains("门户编辑改为：开展"), "the local copy is kept")
        #expect(text(portal, "sites/portal/content/dept-news/b.md.upstream").contains("督查发现隐患 3 处。"))
        let warnings = try GroupLoader(root: portal.root.path).load().diagnostics.map { "\($0.location.path) \($0.code)" }
        #expect(warnings == ["sites/portal/content/dept-news/b.md.upstream sync.conflict"])

        let before = snapshot(portal)
        try department.write(["sites/forestry/content/news/c.md": FixtureGroup.document("title: 新闻三\ndate: 2026-05-05", body: "三。")])
        try buildBoth()
        let again = try sync(portal).rules[0]
        #expect(paths(again.created) == ["sites/portal/content/dept-news/c.md"])
        #expect(again.conflicts.map(\.path) == ["sites/portal/content/dept-news/b.md"], "still reported until someone merges")
        #expect(snapshot(portal).filter { !$0.key.hasSuffix("c.md") } == before, "nothing else is rewritten")
    }

    @Test func anItemGoneUpstreamIsRetractedNotDeleted() throws {
        _ = try sync(portal)
        try department.remove("sites/forestry/content/news/a.md")
        try buildBoth()
        let report = try sync(portal).rules[0]
        #expect(paths(report.retracted) == ["sites/portal/content/dept-news/a.md"])
        #expect(text(portal, "sites/portal/content/dept-news/a.md").contains("retracted: 2026-"))
        _ = try SyncAgent(group: try GroupLoader(root: portal.root.path).load().group, diagnostics: [])
            .approve(["sites/portal/content/dept-news/a.md", "sites/portal/content/dept-news/b.md"])
        try buildBoth()
        #expect(portal.output("portal/dept-news/a/index.html") == nil)
        #expect(portal.output("portal/dept-news/b/index.html") != nil)
    }

    @Test(arguments: [
        (TestHTTPServer.Behaviour.status(500), "HTTP 500"),
        (.truncate, "not well-formed XML"),
        (.redirectLoop, "redirects"),
        (.delay(3), "request failed"),
        (.huge(300_000), "larger than 200000 bytes"),
        (.stream(300_000), "larger than 200000 bytes"),
        (.redirect(to: "file:///etc/passwd"), "request failed: Unsupported protocol"),
    ])
    func aFailingSourceChangesNothing(behaviour: TestHTTPServer.Behaviour, reason: String) throws {
        _ = try sync(portal)
        try department.remove("sites/forestry/content/news/a.md")
        try buildBoth()
        let before = snapshot(portal)
        departmentServer.behaviour = behaviour
        let report = try sync(portal, limits: .init(timeout: 1, maximumBytes: 200_000, maximumRedirects: 3))
        #expect(report.hasProblems)
        let failure = try #require(report.rules[0].failure)
        #expect(failure.english.contains(reason))
        #expect(snapshot(portal) == before, "a failing source retracts nothing and damages nothing")
    }

    @Test func repliesGoDownButNewsNeverComesBack() throws {
        _ = try sync(portal)
        _ = try SyncAgent(group: try GroupLoader(root: portal.root.path).load().group, diagnostics: [])
            .approve(["sites/portal/content/dept-news/a.md", "sites/portal/content/dept-news/b.md"])
        try buildBoth()
        let report = try sync(department)
        let replies = report.rules[0], back = report.rules[1]
        #expect(paths(replies.created) == ["sites/forestry/content/interaction/r.md"])
        #expect(text(department, "sites/forestry/content/interaction/r.md").contains("replied: 2026-05-03"))
        #expect(back.created.isEmpty)
        #expect(back.skipped.map(\.id) == ["forestry/news/b", "forestry/news/a"])
        #expect(back.skipped.allSatisfy { $0.reason.english == "it was first published on forestry itself" })
        let second = try sync(department)
        #expect(second.rules.allSatisfy { $0.notModified })
    }
}
