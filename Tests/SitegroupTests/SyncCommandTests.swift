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
        "sites/forestry/site.yaml": FixtureGroup.forestrySite,
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
        let column = fixture.root.appendingPathComponent("sites/portal/content/notices")
        let killed = try cli.run(["sync", "--root", fixture.root.path], through: [
            "/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2", "-e", "inject=rename,renameat,renameat2:signal=KILL:when=1",
        ])
        #expect(killed.status != 0)
        let leftovers = try files(in: column)
        #expect(leftovers.count == 1 && leftovers[0].hasPrefix("."), "the kill left one temporary file: \(leftovers)")

        #expect(try cli.run(["sync", "--root", fixture.root.path, "--dry-run"]).status == 0)
        #expect(try files(in: column) == leftovers, "a dry run removes nothing")
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

    @Test func approveListsApprovesOneAndAll() throws {
        let fixture = try FixtureGroup(Self.group)
        #expect(try cli.run(["sync", "--root", fixture.root.path]).status == 0)
        let root = ["--root", fixture.root.path]
        let waiting = try cli.run(["sync", "approve"] + root)
        #expect(waiting.status == 0)
        #expect(waiting.stdout == """
            Waiting for review:
              sites/portal/content/notices/a.md  植树造林工作启动  (示例市林业局)
              sites/portal/content/notices/b.md  森林防火专项督查  (示例市林业局)
            Approve with `sitegroup sync approve <path>` or `--all`.

            """)
        let one = try cli.run(["sync", "approve", "sites/portal/content/notices/a.md"] + root)
        #expect(one.status == 0 && one.stdout == "approved  sites/portal/content/notices/a.md  植树造林工作启动\n")
        #expect(fixture.text("sites/portal/content/notices/a.md")?.contains("review: approved") == true)
        let again = try cli.run(["sync", "approve", "sites/portal/content/notices/b.md", "sites/portal/content/notices/a.md"] + root)
        #expect(again.status == 2 && again.stderr == "sitegroup: sites/portal/content/notices/a.md is not waiting for review (review: approved)\n")
        #expect(fixture.text("sites/portal/content/notices/b.md")?.contains("review: pending") == true, "all or none")
        let all = try cli.run(["sync", "approve", "--all"] + root)
        #expect(all.stdout == "approved  sites/portal/content/notices/b.md  森林防火专项督查\n")
        #expect(try cli.run(["sync", "approve"] + root).stdout == "Nothing waits for review.\n")
    }

    /// Issue 11 item 5, as a scheduled job sees it: the dry run retracts nothing, says why, and fails.
    @Test func aDryRunOverAnUnreadableSourceFileSaysWhyNothingIsRetracted() throws {
        let fixture = try FixtureGroup(Self.group)
        #expect(try cli.run(["sync", "--root", fixture.root.path]).status == 0)
        try fixture.write(["sites/forestry/content/news/b.md": "---\ntitle: 森林防火专项督查\ndate: 五月二日\n---\n"])
        let run = try cli.run(["sync", "--root", fixture.root.path, "--dry-run"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("  no retractions: sites/forestry/content/news/b.md could not be loaded (front-matter.invalid-date), so the listing of forestry/news is incomplete and nothing is retracted; run `sitegroup check` and fix it\n"))
        #expect(run.stdout.hasSuffix("0 created, 0 updated, 0 retracted, 0 skipped, 0 conflicts, 0 failed sources\n"))
    }

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>示例市人民政府</title><link>https://www.example.gov.cn/</link>
        <item><title>关于林地审批的答复</title><link>https://www.example.gov.cn/r/1.html</link><guid>r1</guid>
        <pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate><category>林业</category>
        <description>&lt;p onclick="x()"&gt;已办理。&lt;/p&gt;</description></item>
        </channel></rss>
        """

    @Test func inspectShowsWhatWouldBeImported() throws {
        let temporary = TemporaryFolder("sitegroup-feed")
        let folder = temporary.url
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("rss.xml")
        try Data(Self.feed.utf8).write(to: file)
        let text = try cli.run(["sync", "inspect", file.path, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout == """
            \(file.path)
              kind: RSS 2.0
              encoding: UTF-8
              title: 示例市人民政府
              link: https://www.example.gov.cn/
              complete listing: no (items are never retracted)
              items: 1

            [1] 关于林地审批的答复
                id: www.example.gov.cn:r1
                link: https://www.example.gov.cn/r/1.html
                date: 2024-05-01T09:30:00+08:00
                tags: 林业
                origin: 示例市人民政府 (www.example.gov.cn)  revision: \(try #require(text.stdout.components(separatedBy: "revision: ").last?.prefix(16)))
                problem: removed from the body: on… event handler
                body (html):
                  <p>已办理。</p>

            """)
        let json = try cli.run(["sync", "inspect", file.path, "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(record["kind"] as? String == "RSS 2.0" && record["complete"] as? Bool == false)
        let item = try #require((record["items"] as? [[String: Any]])?.first)
        #expect(item["id"] as? String == "www.example.gov.cn:r1" && item["body"] as? String == "<p>已办理。</p>" && item["date"] as? String == "2024-05-01T09:30:00+08:00")

        let server = try TestHTTPServer(folder: folder)
        defer { server.stop() }
        server.behaviour = .serveAs(contentType: "application/rss+xml; charset=utf-8")
        let remote = try cli.run(["sync", "inspect", "\(server.baseURL)rss.xml", "--lang", "en"])
        #expect(remote.status == 0 && remote.stdout.contains("  encoding: UTF-8 (HTTP charset)\n"))
        try Data("<rss><channel>".utf8).write(to: file)
        let broken = try cli.run(["sync", "inspect", file.path, "--lang", "en"])
        #expect(broken.status == 1 && broken.stdout.hasPrefix("\(file.path): cannot be read: not well-formed XML"))
    }
}
