import ContentModel
import Foundation
import SiteBuilder
import Testing
import TestSupport

/// `build --preview URL`: what a pipeline publishes for a reviewer before the merge.
@Suite("Preview builds")
struct PreviewTests {
    static let preview = Preview(baseURL: "https://preview.example.org/pr-7")!
    static let news = "sites/forestry/content/news"
    /// 2026-11-23 12:00 in Shanghai.
    static let now = Date(timeIntervalSince1970: 1_795_406_400)

    /// A portal and a forestry site whose own base template has no `<head>`, with a document in each state a
    /// preview shows or leaves out (retracted ones as the sync agent marks them), an import from forestry waiting for review, and links written with the production
    /// addresses.
    static func group() throws -> FixtureGroup {
        try FixtureGroup([
            "themes/t/layouts/base.mustache": "<!DOCTYPE html>\n<html>\n<head>\n<title>{{title}}</title>\n</head>\n<body class=\"x\">\n<header>{{site.name}}</header>\n{{$main}}{{/main}}\n</body>\n</html>\n",
            "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]! + "\n  - { id: dept-news, title: 部门信息, kind: news }\n",
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/layouts/base.mustache": "{{$main}}{{/main}}",
            "\(news)/published.md": FixtureGroup.document("title: 已发布\ndate: 2026-11-20"),
            "\(news)/draft.md": FixtureGroup.document("title: 草稿稿件\ndate: 2026-11-21\ndraft: true"),
            "\(news)/later.md": FixtureGroup.document("title: 定时稿件\ndate: 2026-12-01 09:30"),
            "\(news)/expired.md": FixtureGroup.document("title: 过期稿件\ndate: 2026-10-01\nexpires: 2026-11-01"),
            "\(news)/retracted.md": FixtureGroup.document("title: 撤回稿件\ndate: 2026-11-20\nretracted: 2026-11-21"),
            "\(news)/internal.md": FixtureGroup.document("title: 内部稿件\ndate: 2026-11-20\nclassification: internal"),
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2026-11-22",
                                                                     body: "见[林业动态](https://lyj.example.gov.cn/news/published/)和[林业局](https://lyj.example.gov.cn/)。"),
            "sites/portal/content/dept-news/published.md": FixtureGroup.document("""
                title: 待审稿件
                date: 2026-11-20
                review: pending
                origin:
                  site: forestry
                  site_name: 示例市林业局
                  url: https://lyj.example.gov.cn/news/published/
                  id: forestry/news/published
                  base: https://lyj.example.gov.cn/
                  path: content/news/published.md
                """),
            "sites/portal/content/dept-news/rejected.md": FixtureGroup.document("title: 退回稿件\ndate: 2026-11-20\nreview: rejected"),
        ])
    }

    @Test func everyPageIsMarkedAndNoFilePointsAtProduction() throws {
        let fixture = try Self.group()
        #expect(try fixture.build(now: Self.now, preview: Self.preview).errors == [])
        let files = fixture.outputFiles()
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.count == 20)
        for page in pages {
            let html = try #require(fixture.output(page))
            #expect(html.contains(#"<meta name="robots" content="noindex">"#), "\(page)")
            #expect(html.contains("预览：此版本仅供审核，尚未发布，发布前可能修改。"), "\(page)")
        }
        for file in files {
            #expect(fixture.output(file)?.contains("example.gov.cn") == false, "\(file)")
        }
        // Marks go after the opening tags where the page has them, and at the top where it has none.
        let portal = try #require(fixture.output("portal/index.html"))
        #expect(portal.hasPrefix("<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"robots\" content=\"noindex\">\n<title>"))
        #expect(portal.contains("<body class=\"x\">\n<aside class=\"sg-preview\" aria-label=\"预览说明\""))
        #expect(fixture.output("forestry/index.html")?.hasPrefix("<meta name=\"robots\" content=\"noindex\">\n<aside class=\"sg-preview\"") == true)
    }

    @Test func sitesLiveUnderThePreviewAddressAndProductionLinksLeadThere() throws {
        let fixture = try Self.group()
        try fixture.build(now: Self.now, preview: Self.preview)
        #expect(fixture.output("sitemap.xml")?.contains("<loc>https://preview.example.org/pr-7/forestry/sitemap.xml</loc>") == true)
        #expect(fixture.output("forestry/sitemap.xml")?.contains("<loc>https://preview.example.org/pr-7/forestry/news/draft/</loc>") == true)
        let feed = try #require(fixture.output("portal/dept-news/rss.xml"))
        #expect(feed.contains("<link>https://preview.example.org/pr-7/portal/dept-news/published/</link>"))
        #expect(feed.contains("<sg:origin-url>https://preview.example.org/pr-7/forestry/news/published/</sg:origin-url>"))
        #expect(feed.contains("<sg:base>https://preview.example.org/pr-7/forestry/</sg:base>"))
        #expect(!feed.contains("<sg:markdown>"))
        let article = try #require(fixture.output("portal/news/a/index.html"))
        #expect(article.contains(#"<a href="https://preview.example.org/pr-7/forestry/news/published/">林业动态</a>"#))
        #expect(article.contains(#"<a href="https://preview.example.org/pr-7/forestry/">林业局</a>"#))
    }

    /// A home block configured with another site's production address (a 专题 banner to the forestry site) leads to
    /// that site's preview; a link to a system outside the group stays as written.
    @Test func aHomeBlocksLinkToAnotherSiteOfTheGroupLeadsToItsPreview() throws {
        let fixture = try Self.group()
        try fixture.write([
            "themes/t/layouts/home.mustache": "{{#blocks}}{{#banners}}{{#entries}}<a href=\"{{url}}\">{{title}}</a>{{/entries}}{{/banners}}{{/blocks}}",
            "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]! + """

                  - { id: dept-news, title: 部门信息, kind: news }
                home:
                  - kind: banners
                    entries:
                      - { title: 森林防火, url: "https://lyj.example.gov.cn/notices/" }
                      - { title: 市长信箱, url: "https://hdjl.example.gov.cn/mailbox/" }
                """,
        ])
        let errors = try fixture.build(now: Self.now, preview: Self.preview).errors
        #expect(errors == [], "\(errors)")
        #expect(fixture.output("portal/index.html")?.contains(#"<a href="https://preview.example.org/pr-7/forestry/notices/">森林防火</a>"#) == true)
        #expect(fixture.output("portal/index.html")?.contains(#"<a href="https://hdjl.example.gov.cn/mailbox/">市长信箱</a>"#) == true)
    }

    @Test func heldDocumentsAreShownWithTheirStateAndOthersAreNot() throws {
        let fixture = try Self.group()
        try fixture.build(now: Self.now, preview: Self.preview)
        let state = #"<p class="sg-preview-state"><strong>"#
        #expect(fixture.output("forestry/news/draft/index.html")?.contains(state + "草稿</strong>：删除前置信息中的 <code>draft: true</code> 后发布</p>") == true)
        #expect(fixture.output("forestry/news/later/index.html")?.contains(state + "定时发布</strong>：将于 2026-12-01 09:30 发布</p>") == true)
        #expect(fixture.output("portal/dept-news/published/index.html")?.contains(state + "待审核</strong>：审核通过（<code>sitegroup sync approve</code>）后发布</p>") == true)
        #expect(fixture.output("forestry/news/published/index.html")?.contains(state) == false)
        #expect(fixture.output("forestry/news/index.html")?.contains("草稿稿件|2026-11-21") == true)
        for gone in ["forestry/news/expired/index.html", "forestry/news/retracted/index.html", "forestry/news/internal/index.html", "portal/dept-news/rejected/index.html"] {
            #expect(fixture.output(gone) == nil, "\(gone)")
        }
    }

    /// The real build of the same group is untouched by the preview's options.
    @Test func theBuildWithoutPreviewPublishesOnlyWhatReadersMaySee() throws {
        let fixture = try Self.group()
        #expect(try fixture.build(now: Self.now).errors == [])
        let files = fixture.outputFiles()
        #expect(files.allSatisfy { fixture.output($0)?.contains("noindex") == false && fixture.output($0)?.contains("preview.example.org") == false })
        #expect(fixture.output("forestry/news/draft/index.html") == nil)
        #expect(fixture.output("forestry/news/later/index.html") == nil)
        #expect(fixture.output("portal/dept-news/published/index.html") == nil)
        #expect(fixture.output("forestry/sitemap.xml")?.contains("<loc>https://lyj.example.gov.cn/news/published/</loc>") == true)
    }

    /// A cached preview remakes a page whose banner the clock changed, and is then what an uncached one makes.
    @Test func theClockTakesTheBannerOffAScheduledPage() throws {
        let fixture = try Self.group()
        try fixture.build(now: Self.now, preview: Self.preview)
        let after = Date(timeIntervalSince1970: 1_796_400_000)
        try fixture.build(now: after, preview: Self.preview)
        let page = try #require(fixture.output("forestry/news/later/index.html"))
        #expect(!page.contains("sg-preview-state"))
        #expect(page.contains("预览：此版本仅供审核"))
        let fresh = try Self.group()
        try fresh.build(now: after, cached: false, preview: Self.preview)
        #expect(fresh.output("forestry/news/later/index.html") == page)
    }

    @Test(arguments: ["ftp://preview.example.org/", "preview.example.org", "https:///x/", "https://preview.example.org/?pr=7"])
    func onlyAWebAddressIsAPreviewAddress(address: String) {
        #expect(Preview(baseURL: address) == nil)
    }
}
