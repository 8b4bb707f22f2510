import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

    /// Issue 11 item 17: the size cap holds while the response streams in, so a feed that never ends costs no
    /// more memory than the cap. The child's peak resident size comes from `wait4`.
    @Test func anEndlessResponseIsCutOffAtTheCapWithoutFillingMemory() throws {
        let server = try TestHTTPServer(folder: FileManager.default.temporaryDirectory)
        defer { server.stop() }
        server.behaviour = .stream(768 << 20)
        let arguments = [CommandLineTests.binary.path, "sync", "inspect", "\(server.baseURL)rss.xml", "--lang", "en"]
        var child = pid_t()
        var output: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&output)
        defer { posix_spawn_file_actions_destroy(&output) }
        posix_spawn_file_actions_addopen(&output, 1, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        #expect(posix_spawn(&child, arguments[0], &output, nil, &argv, environ) == 0)
        var status: Int32 = 0
        var usage = rusage()
        #expect(wait4(child, &status, 0, &usage) == child)
        #expect((status >> 8) & 0xFF == 1, "the source is refused")
        let peakMiB = usage.ru_maxrss / 1024
        #expect(peakMiB < 80, "peak resident size \(peakMiB) MiB for a 16 MiB cap")
    }
}
