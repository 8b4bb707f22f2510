import Testing
import TestSupport

/// Values are escaped for HTML as swift-mustache's own escaping does, whatever the text around them, and a
/// template's first line is still its first line (the escaping is chosen by a pragma put before it).
@Suite("Values in templates are escaped for HTML")
struct TemplateEscapingTests {
    @Test func theFiveMarkupCharactersAreEscapedAndNothingElse() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: '<b>“政务”</b> & \"公开\" it''s 〔2026〕'\ndate: 2024-05-01"),
            "themes/t/layouts/article.mustache": "{{#document}}{{title}}|{{{title}}}{{/document}}\n",
        ])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/news/a/index.html")
            == "&lt;b&gt;“政务”&lt;/b&gt; &amp; &quot;公开&quot; it&#39;s 〔2026〕|<b>“政务”</b> & \"公开\" it's 〔2026〕\n")
    }

    @Test func aStandaloneTagOnTheFirstLineStillLeavesNoLine() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
            "themes/t/layouts/article.mustache": "{{#document}}\n{{title}}\n{{/document}}\n",
        ])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/news/a/index.html") == "一\n")
    }
}
