import Foundation
import Testing
import TestSupport

/// `build` and `check` tell a link that waits for its target as a warning in the group's language, and the build
/// succeeds on every day.
@Suite("The sitegroup command on links to scheduled documents")
struct LinkCommandTests {
    private static let warning = "sites/portal/content/news/a.md:6:2: 警告: link.scheduled: 链接“../notices/later.md”指向的 sites/portal/content/notices/later.md 将于 2024-07-01 09:00 发布，在此之前只显示链接文字；如发布日期无误则无需处理，文件发布后链接自动恢复；否则请更正该文件的日期"

    @Test func buildAndCheckWarnAndTheBuildSucceedsEveryDay() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: "见[预告](../notices/later.md)。"),
            "sites/portal/content/notices/later.md": FixtureGroup.document("title: 预告\ndate: 2024-07-01 09:00"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let command = CommandLineTests()
        let before = try command.run(["build", "--root", fixture.root.path, "--now", "2024-06-01", "--lang", "zh"])
        #expect(before.status == 0)
        #expect(before.stderr.contains(Self.warning + "\n"))
        #expect(fixture.output("portal/news/a/index.html")?.contains("见预告。") == true)
        let check = try command.run(["check", "--root", fixture.root.path, "--today", "2024-06-01", "--lang", "zh"])
        #expect(check.stdout.contains(Self.warning + "\n"))
        let after = try command.run(["build", "--root", fixture.root.path, "--now", "2024-07-01", "--lang", "zh"])
        #expect(after.status == 0)
        #expect(!after.stderr.contains("link.scheduled"))
        #expect(fixture.output("portal/news/a/index.html")?.contains("<a href=\"../../notices/later/\">预告</a>") == true)
    }
}
