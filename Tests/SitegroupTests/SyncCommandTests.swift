import Foundation
import Testing
import TestSupport

/// `sitegroup sync`, `sync approve` and `sync inspect` run as a scheduled job or an editor runs them.
@Suite("The sync commands", .serialized)
struct SyncCommandTests {
    static let group = [
        "sitegroup.yaml": """
            name: 测试网站群
            portal: portal
            timezone: Asia/Shanghai
            language: en
            sync:
              - { name: up, from: forestry, column: news, to: portal, into: notices, review: true }
            """,
        "sites/forestry/site.yaml": """
            name: 示例市林业局
            base_url: https://lyj.example.gov.cn/
            theme: t
            identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }
            columns:
              - { id: news, title: 工作动态, kind: news }
            """,
        "sites/forestry/content/news/a.md": FixtureGroup.document("title: 植树造林工作启动\ndate: 2024-05-01 09:30", body: "全市春季植树造林工作全面启动。"),
        "sites/forestry/content/news/b.md": FixtureGroup.document("title: 森林防火专项督查\ndate: 2024-05-02 09:30", body: "开展森林防火专项督查。"),
    ]

    private let cli = CommandLineTests()

    private func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Issue 11 item 17: a sync killed between writing a document and renaming it into place leaves a temporary
    /// file; the next run removes it and says so.
    @Test func aKilledSyncLeavesNothingBehindAfterTheNextRun() throws {
        let fixture = try FixtureGroup(Self.group)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let column = fixture.root.appendingPathComponent("sites/portal/content/notices")
        let killed = try cli.run(["sync", "--root", fixture.root.path], through: [
            "/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2", "-e", "inject=rename,renameat,renameat2:signal=KILL:when=1",
        ])
        #expect(killed.status != 0)
        let leftovers = try files(in: column)
        #expect(leftovers.count == 1 && leftovers[0].hasPrefix("."), "the kill left one temporary file: \(leftovers)")

        let next = try cli.run(["sync", "--root", fixture.root.path])
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("removed \(leftovers[0]), left in sites/portal/content/notices by an interrupted run"))
        #expect(try files(in: column) == ["a.md", "b.md"])
    }
}
