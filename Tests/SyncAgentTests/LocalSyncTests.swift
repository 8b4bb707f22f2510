import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

/// Two sites of one repository: the department's news goes up to the portal's 通知公告 and the portal's
/// 通知公告 comes back down, a loop the agent must break.
@Suite("Sync between sites of this repository")
struct LocalSyncTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let files = [
        "sitegroup.yaml": """
            name: 测试网站群
            portal: portal
            timezone: Asia/Shanghai
            sync:
              - { name: up, from: forestry, column: news, to: portal, into: notices }
              - { name: down, from: portal, column: notices, to: forestry, into: news }
            """,
        "sites/forestry/site.yaml": FixtureGroup.forestrySite,
        "sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2026-05-01 09:30", body: "全市春季植树造林工作全面启动。"),
        "sites/forestry/content/news/b.md": FixtureGroup.document("title: 森林防火专项督查\ndate: 2026-05-02 09:30", body: "开展森林防火专项督查。"),
        "sites/portal/content/notices/own.md": FixtureGroup.document("title: 关于春季防火的通知\ndate: 2026-04-30", body: "各单位做好春季防火工作。"),
    ]

    let group: FixtureGroup

    init() throws {
        group = try FixtureGroup(Self.files)
    }

    func sync(dryRun: Bool = false, rules: [String] = []) throws -> SyncReport {
        let loaded = try GroupLoader(root: group.root.path).load()
        return try SyncAgent(group: loaded.group, diagnostics: loaded.diagnostics).run(.init(dryRun: dryRun, rules: rules, now: Self.now))
    }

    @Test func createUpdateRetractAndNeverLoopBack() throws {
        let first = try sync()
        #expect(first.rules[0].created.map(\.path) == ["sites/portal/content/notices/a.md", "sites/portal/content/notices/b.md"])
        #expect(group.text("sites/portal/content/notices/a.md")?.contains("id: forestry/news/a") == true)
        #expect(first.rules[1].created.map(\.path) == ["sites/forestry/content/news/own.md"])
        #expect(!first.hasProblems, "a file the rule before wrote is no unreadable file: \(first.rules[1].withheld)")

        let second = try sync()
        #expect(second.rules.map(\.unchanged) == [2, 1] && second.rules.allSatisfy { $0.created.isEmpty && $0.updated.isEmpty })
        #expect(second.rules[0].skipped.map(\.reason.english) == ["it was first published on portal itself"])
        #expect(second.rules[1].skipped.map(\.reason.english) == ["it was first published on forestry itself", "it was first published on forestry itself"],
                "the portal's copies never come back to the department")

        try group.write(["sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2026-05-01 09:30", body: "已植树 12 万株。")])
        let update = try sync(rules: ["up"])
        #expect(update.rules[0].updated.map(\.path) == ["sites/portal/content/notices/a.md"])
        #expect(group.text("sites/portal/content/notices/a.md")?.hasSuffix("已植树 12 万株。\n") == true)

        try group.remove("sites/forestry/content/news/b.md")
        let retract = try sync(rules: ["up"])
        #expect(retract.rules[0].retracted.map(\.path) == ["sites/portal/content/notices/b.md"])
        #expect(group.text("sites/portal/content/notices/b.md")?.contains("retracted: 2026-") == true, "marked, not deleted")
        #expect(!retract.hasProblems)
    }

    /// Issue 11 item 5: one unreadable file at the department must not unpublish the portal's copies.
    @Test func aSourceDocumentThatFailsToLoadRetractsNothing() throws {
        _ = try sync()
        try group.write(["sites/forestry/content/news/b.md": "---\ntitle: 森林防火专项督查\ndate: 五月二日\n---\n\n开展森林防火专项督查。\n"])
        let before = group.text("sites/portal/content/notices/b.md")
        for dryRun in [true, false] {
            let report = try sync(dryRun: dryRun, rules: ["up"]).rules[0]
            #expect(report.retracted.isEmpty)
            #expect(report.withheld.map(\.english) == [
                "sites/forestry/content/news/b.md could not be loaded (front-matter.invalid-date), so the listing of forestry/news is incomplete and nothing is retracted; run `sitegroup check` and fix it",
            ])
            #expect(report.hasProblems)
        }
        #expect(group.text("sites/portal/content/notices/b.md") == before)
    }
}
