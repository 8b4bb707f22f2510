import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

/// Issue 11 item 15: nothing a feed says may become a script on the group's pages or in its feeds —
/// not the item's link (信息来源), not an HTML body that claims to be sitegroup's own.
@Suite("A hostile feed cannot store a script")
struct StoredXSSTests {
    func importFeed(_ feed: String) throws -> (FixtureGroup, RuleReport) {
        let run = try FeedImport(feed)
        return (run.group, run.report)
    }

    static func item(_ title: String, link: String) -> String {
        "<item><title>\(title)</title><guid>\(title)</guid><link>\(link)</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate><description>&lt;p&gt;正文&lt;/p&gt;</description></item>"
    }

    @Test func onlyWebAddressesBecomeTheOriginLink() throws {
        let items = [("one", "javascript:alert(document.cookie)"), ("two", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"),
                     ("three", "file:///etc/passwd"), ("four", "https://evil.example/four.html")]
        let (group, report) = try importFeed("<rss version=\"2.0\"><channel><title>evil</title><link>https://evil.example/</link>\(items.map(Self.item).joined())</channel></rss>")
        #expect(report.created.count == 4)
        #expect(report.notes.map(\.english) == [
            "one: the link \"javascript:alert(document.cookie)\" is not an http(s) address; it was dropped",
            "two: the link \"data:text/html,%3Cscript%3Ealert(1)%3C/script%3E\" is not an http(s) address; it was dropped",
            "three: the link \"file:///etc/passwd\" is not an http(s) address; it was dropped",
        ])
        let stored = report.created.compactMap { group.text($0.path) }.joined()
        #expect(!stored.contains("javascript:") && !stored.contains("data:") && !stored.contains("file:"))
        #expect(stored.contains("url: https://evil.example/four.html"))

        let approved = try group.build()
        #expect(approved.errors == [])
        let feed = try #require(group.output("portal/rss.xml"))
        #expect(!feed.contains("javascript:") && !feed.contains("data:text") && !feed.contains("file:"))
    }

    @Test func anHTMLBodyInSitegroupsNamespaceIsSanitized() throws {
        let feed = """
            <rss version="2.0" xmlns:sg="urn:sitegroup:feed:1"><channel><title>伪装</title><link>https://evil.example/</link>
            <item><title>伪装的条目</title><link>https://evil.example/a/</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate>
            <sg:id>evil/news/a</sg:id><sg:revision>1</sg:revision><sg:site>evil</sg:site><sg:format>html</sg:format>
            <sg:origin-url>javascript:alert(1)</sg:origin-url>
            <sg:markdown>&lt;p onclick="steal()"&gt;正文&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href="javascript:alert(2)"&gt;x&lt;/a&gt;</sg:markdown>
            </item></channel></rss>
            """
        let (group, report) = try importFeed(feed)
        let path = try #require(report.created.first?.path)
        let stored = try #require(group.text(path))
        #expect(stored.hasSuffix("---\n<p>正文</p><a>x</a>"))
        #expect(!stored.contains("javascript:") && !stored.contains("onclick"))
    }

    /// The origin site's address is where a Markdown body's relative links lead: `javascript:alert(1)//` there
    /// would make every such link a script.
    @Test func aMarkdownBodysLinksNeverLeadToAScript() throws {
        let feed = """
            <rss version="2.0" xmlns:sg="urn:sitegroup:feed:1"><channel><title>伪装</title><link>https://evil.example/</link>
            <item><title>伪装的条目</title><link>https://evil.example/a/</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate>
            <sg:id>evil/news/a</sg:id><sg:revision>1</sg:revision><sg:site>evil</sg:site>
            <sg:base>javascript:alert(1)//</sg:base><sg:path>content/news/a.md</sg:path>
            <sg:markdown>详见[通知](../notices/n.md)。</sg:markdown>
            </item>
            <item><title>另一条</title><link>https://evil.example/b/</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate>
            <sg:id>evil/news/b</sg:id><sg:revision>1</sg:revision><sg:site>evil</sg:site>
            <sg:base>https://evil.example/</sg:base><sg:path>content/news/b.md</sg:path>
            <sg:markdown>[甲](javascript:alert(1)) &lt;script&gt;alert(2)&lt;/script&gt; &lt;a href="javascript:alert(3)"&gt;乙&lt;/a&gt; [丙](../notices/n.md)</sg:markdown>
            </item></channel></rss>
            """
        let (group, report) = try importFeed(feed)
        #expect(report.created.map(\.path) == ["sites/portal/content/notices/b.md"], "a Markdown body is rendered in safe mode")
        #expect(report.skipped.map(\.reason.english) == [#"the origin site's address "javascript:alert(1)//" is not an http(s) address"#])
        #expect(try group.build().errors == [])
        let scripts = group.outputFiles().flatMap { file in
            // Feeds carry the Markdown source as written (inert text); everything rendered must be clean.
            (group.output(file) ?? "").split(separator: "\n").filter { !$0.contains("<sg:markdown>") }
                .filter { $0.contains("javascript:") || $0.contains("<script") || $0.contains("&lt;script") }.map { "\(file): \($0)" }
        }
        #expect(scripts == [])
        #expect(group.output("portal/notices/b/index.html")?.contains(#"<a href="https://evil.example/notices/n/">丙</a>"#) == true)
    }

    /// A copy imported before addresses were checked: its link is dropped when it is read, so no page or feed shows it.
    @Test func aStoredUnsafeOriginLinkIsNeverPublished() throws {
        let group = try FixtureGroup([
            "sites/portal/content/notices/old.md": FixtureGroup.document("""
                title: 旧的导入
                date: 2024-05-01
                format: html
                origin: { site: evil.example, site_name: evil, url: "javascript:alert(1)", id: "evil:old", revision: "1", hash: x, rule: evil }
                """, body: "<p>正文</p>"),
        ])
        let outcome = try group.build()
        #expect(outcome.diagnostics.map(\.description) == [
            "sites/portal/content/notices/old.md:5:53: warning: origin.unsafe-url: the origin address \"javascript:alert(1)\" is not an http(s) address and is not used; delete it, or write the origin's http(s) address",
        ])
        #expect(group.output("portal/rss.xml")?.contains("javascript:") == false)
        #expect(group.output("portal/notices/old/index.html") != nil)
    }
}
