import Foundation
import Testing
import TestSupport

/// The editor's workflow the README tells, through the built binary: `new doc`, a preview for the reviewer, the
/// published page.
extension CommandLineTests {
    /// Today in Shanghai, as `new doc` dates a document.
    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    @Test func aNewDocumentIsPreviewedAsADraftThenPublished() throws {
        let fixture = try FixtureGroup(FixtureGroup.footerTheme.merging([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: \(Self.today)"),
            "sites/portal/content/notices/a.md": FixtureGroup.document("title: 通知\ndate: \(Self.today)"),
        ]) { $1 })
        let root = ["--root", fixture.root.path]
        let made = try run(["new", "doc", "portal/news", "关于做好冬季森林防火工作的通知"] + root)
        #expect(made.status == 0)
        let day = Self.today.replacingOccurrences(of: "-", with: "")
        #expect(made.stdout == "已创建 sites/portal/content/news/t\(day)_1.md\n请在前置信息下方撰写正文；`sitegroup build --preview 网址` 可预览草稿\n")
        let path = "sites/portal/content/news/t\(day)_1.md"
        try fixture.write([path: try #require(fixture.text(path)) + "各单位要落实森林防火责任。\n"])
        #expect(try run(["check", "--today", Self.today] + root).status == 0)

        let preview = try run(["build", "--preview", "https://preview.example.org/pr-7"] + root)
        #expect(preview.status == 0)
        let draft = try #require(String(data: try Data(contentsOf: fixture.root.appendingPathComponent("preview/portal/news/t\(day)_1/index.html")), encoding: .utf8))
        #expect(draft.contains(#"<meta name="robots" content="noindex">"#) && draft.contains("<strong>草稿</strong>"))
        #expect(fixture.outputFiles() == [])

        try fixture.write([path: try #require(fixture.text(path)).replacingOccurrences(of: "draft: true", with: "# 已审核")])
        #expect(try run(["build"] + root).status == 0)
        let published = try #require(fixture.output("portal/news/t\(day)_1/index.html"))
        #expect(published.contains("各单位要落实森林防火责任。") && !published.contains("noindex"))
    }

    @Test(arguments: [
        (["new", "column", "portal", "news", "--title", "要闻", "--kind", "news"], "sitegroup: 网站 portal 已有栏目 news\n"),
        (["new", "column", "portal", "news", "--title", "要闻", "--kind", "news", "--lang", "en"], "sitegroup: the site portal already has a column news\n"),
        (["new", "site", "portal", "--name", "门户", "--base-url", "https://www.example.gov.cn/"], "sitegroup: sites/portal 已存在；请换一个 id\n"),
        (["new", "doc", "forestry/news", "标题"], "sitegroup: 没有网站“forestry”（现有网站：portal）\n"),
    ])
    func newRefusesWithTwoInTheGroupsLanguage(arguments: [String], message: String) throws {
        let fixture = try FixtureGroup([:])
        let result = try run(arguments + ["--root", fixture.root.path])
        #expect(result.status == 2)
        #expect(result.stderr == message)
    }

    @Test(arguments: [
        (["new", "doc", "portal", "标题"], "the first argument must be <site>/<column>, such as forestry/notices (found \"portal\")"),
        (["build", "--preview", "ftp://preview.example.org/"],
         "--preview must be an http or https address, such as https://preview.example.gov.cn/pr-42/ (found \"ftp://preview.example.org/\")"),
    ])
    func badArgumentsExitWithTwo(arguments: [String], message: String) throws {
        let result = try run(arguments + ["--root", "/nonexistent-group"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
    }
}
