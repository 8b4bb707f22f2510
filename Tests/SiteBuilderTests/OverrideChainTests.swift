import Testing
import TestSupport

@Suite("A site overrides the theme by whole file, by one block, or by one asset")
struct OverrideChainTests {
    private static let themed: [String: String] = [
        "themes/t/layouts/base.mustache": "<header>{{$banner}}theme banner{{/banner}}</header><main>{{$main}}{{/main}}</main>{{>footer}}",
        "themes/t/layouts/footer.mustache": "<footer>theme footer</footer>",
        "themes/t/assets/css/site.css": "theme css",
        "themes/t/assets/img/logo.svg": "theme logo",
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻一\ndate: 2024-05-01"),
    ]

    @Test func siteTemplateFileReplacesTheThemes() throws {
        let fixture = try FixtureGroup(Self.themed.merging(["sites/portal/layouts/footer.mustache": "<footer>site footer</footer>"]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/news/a/index.html")
            == "<header>theme banner</header><main>article|要闻一|2024-05-01 00:00\n<p>正文。</p></main><footer>site footer</footer>")
    }

    @Test func siteReplacesOneBlockOfTheThemesBaseLayout() throws {
        let fixture = try FixtureGroup(Self.themed.merging([
            "sites/portal/layouts/base.mustache": "{{<theme.base}}{{$banner}}site banner{{/banner}}{{/theme.base}}",
        ]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/news/a/index.html")
            == "<header>site banner</header><main>article|要闻一|2024-05-01 00:00\n<p>正文。</p></main><footer>theme footer</footer>")
        #expect(fixture.output("portal/index.html")?.hasPrefix("<header>site banner</header>") == true)
    }

    @Test func siteAssetWinsAndTheRestComesFromTheTheme() throws {
        let fixture = try FixtureGroup(Self.themed.merging(["sites/portal/assets/img/logo.svg": "site logo"]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/assets/img/logo.svg") == "site logo")
        #expect(fixture.output("portal/assets/css/site.css") == "theme css")
    }

    @Test func childThemeExtendsItsParent() throws {
        let fixture = try FixtureGroup(Self.themed.merging([
            "themes/child/theme.yaml": "extends: t\n",
            "themes/child/layouts/footer.mustache": "<footer>child footer</footer>",
            "themes/child/assets/css/site.css": "child css",
            "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(of: "theme: t", with: "theme: child"),
        ]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/index.html")?.hasSuffix("<footer>child footer</footer>") == true)
        #expect(fixture.output("portal/assets/css/site.css") == "child css")
        #expect(fixture.output("portal/assets/img/logo.svg") == "theme logo")
    }

    @Test func kindSpecificTemplateIsPreferred() throws {
        let fixture = try FixtureGroup(Self.themed.merging(["themes/t/layouts/list-notice.mustache": "notice list"]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/notices/index.html") == "notice list")
        #expect(fixture.output("portal/news/index.html")?.contains("list|要闻") == true)
    }

    @Test func kindSpecificArticleTemplateIsPreferred() throws {
        let fixture = try FixtureGroup(Self.themed.merging([
            "themes/t/layouts/article-notice.mustache": "notice|{{document.title}}",
            "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知一\ndate: 2024-05-01"),
        ]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/notices/n/index.html") == "notice|通知一")
        #expect(fixture.output("portal/news/a/index.html")?.contains("article|要闻一") == true)
    }

    @Test func templateSyntaxErrorNamesFileAndLine() throws {
        let fixture = try FixtureGroup(Self.themed.merging(["sites/portal/layouts/footer.mustache": "<footer>\n{{#items}}\n</footer>"]) { $1 })
        let outcome = try fixture.build()
        #expect(outcome.diagnostics.map(\.description) == [
            "sites/portal/layouts/footer.mustache:2:1: error: template.syntax: the section {{#items}} opened here is never closed; add {{/items}} where the section ends",
        ])
        #expect(fixture.outputFiles() == [])
    }

    @Test func themeCycleIsReported() throws {
        let fixture = try FixtureGroup([
            "themes/a/theme.yaml": "extends: b\n", "themes/b/theme.yaml": "extends: a\n",
        ])
        #expect(try fixture.printedDiagnostics() == [
            "themes/a/theme.yaml:1:1: error: theme.cycle: the themes extend each other in a circle: a → b → a; remove one `extends:`",
            "themes/b/theme.yaml:1:1: error: theme.cycle: the themes extend each other in a circle: b → a → b; remove one `extends:`",
        ])
    }
}
