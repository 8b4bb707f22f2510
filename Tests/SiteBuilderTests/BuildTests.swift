import ContentModel
import Foundation
import SiteBuilder
import Testing
import TestSupport

@Suite("sitegroup build of a small fixture group")
struct BuildTests {
    private static let news = "sites/portal/content/news"

    private static let group: [String: String] = [
        "\(news)/a.md": FixtureGroup.document("title: 第一条\ndate: 2024-05-01"),
        "\(news)/b.md": FixtureGroup.document("title: 第二条\ndate: 2024-05-02"),
        "\(news)/c.md": FixtureGroup.document("title: 第三条\ndate: 2024-05-03 08:15"),
        "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2024-04-01"),
        "sites/portal/pages/about.md": FixtureGroup.document("title: 关于本网\ndate: 2024-01-01"),
    ]

    @Test func writesExactlyTheExpectedFiles() throws {
        let fixture = try FixtureGroup(Self.group)
        #expect(try fixture.build().errors == [])
        #expect(fixture.outputFiles() == [
            "portal.manifest.json",
            "portal/about/index.html",
            "portal/catalog/catalog.json", "portal/catalog/index.html", "portal/catalog/statistics/index.html",
            "portal/group/rss.xml", "portal/group/submissions/index.html", "portal/index.html",
            "portal/news/a/index.html", "portal/news/b/index.html", "portal/news/c/index.html",
            "portal/news/index.html", "portal/news/page/2/index.html", "portal/news/rss.xml",
            "portal/notices/index.html", "portal/notices/n/index.html", "portal/notices/rss.xml",
            "portal/report/2024/disclosure.csv", "portal/report/2024/disclosure.json", "portal/report/2024/disclosure/index.html",
            "portal/report/2024/index.html", "portal/report/2024/website.csv", "portal/report/2024/website.json",
                        "portal/rss.xml",
            "portal/search/group/c/0.json", "portal/search/group/c/1.json", "portal/search/group/d/0.json", "portal/search/group/g/0.json",
            "portal/search/group/index.json", "portal/search/group/s/0.json", "portal/search/index.html",
            "portal/search/site/c/0.json", "portal/search/site/c/1.json", "portal/search/site/d/0.json", "portal/search/site/g/0.json",
            "portal/search/site/index.json", "portal/search/site/s/0.json", "portal/search/t2s.json",
            "portal/sitemap.xml", "portal/sitemap/index.html",
            "sitemap.xml",
        ])
    }

    @Test func listsAreNewestFirstWithDatesInTheGroupsTimeZone() throws {
        let fixture = try FixtureGroup(Self.group)
        try fixture.build()
        #expect(fixture.output("portal/news/index.html") == "list|要闻|1/2\n第三条|2024-05-03\n第二条|2024-05-02\n")
        #expect(fixture.output("portal/news/page/2/index.html") == "list|要闻|2/2\n第一条|2024-05-01\n")
        #expect(fixture.output("portal/index.html") == "home|门户\nnews:第三条,第二条,第一条,\nnotices:通知,\n")
    }

    @Test func articleShowsTimeInTheGroupsTimeZone() throws {
        let fixture = try FixtureGroup(["\(Self.news)/late.md": FixtureGroup.document("title: 夜间发布\ndate: 2024-05-01T23:30:00Z")])
        try fixture.build()
        #expect(fixture.output("portal/news/late/index.html") == "article|夜间发布|2024-05-02 07:30\n<p>正文。</p>")
    }

    @Test func weightPinsADocumentAboveNewerOnes() throws {
        let fixture = try FixtureGroup(Self.group.merging(["\(Self.news)/a.md": FixtureGroup.document("title: 第一条\ndate: 2024-05-01\nweight: 1")]) { $1 })
        try fixture.build()
        #expect(fixture.output("portal/news/index.html") == "list|要闻|1/2\n第一条|2024-05-01\n第三条|2024-05-03\n")
    }

    @Test func markdownUsesGitHubExtensionsAndDropsRawHTML() throws {
        let body = "~~旧~~ 见 https://www.gov.cn\n\n| 指标 | 数值 |\n| --- | ---: |\n| 总量 | 12 |\n\n<script>alert(1)</script>"
        let fixture = try FixtureGroup(["\(Self.news)/a.md": FixtureGroup.document("title: 表\ndate: 2024-05-01", body: body)])
        try fixture.build()
        let page = try #require(fixture.output("portal/news/a/index.html"))
        #expect(page.contains("<del>旧</del>"))
        #expect(page.contains("<a href=\"https://www.gov.cn\">https://www.gov.cn</a>"))
        #expect(page.contains("<td style=\"text-align: right\">12</td>"))
        #expect(!page.contains("<script>"))
    }

    @Test func onlyTheChosenSiteIsBuilt() throws {
        let fixture = try FixtureGroup(Self.group.merging([
            "sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\ncolumns: []\n",
        ]) { $1 })
        try fixture.build(sites: ["dept"])
        #expect(fixture.outputFiles() == [
            "dept.manifest.json",
            "dept/catalog/catalog.json", "dept/catalog/index.html", "dept/catalog/statistics/index.html",
            "dept/index.html", "dept/rss.xml",
            "dept/search/index.html", "dept/search/site/g/0.json", "dept/search/site/index.json", "dept/search/site/s/0.json", "dept/search/t2s.json",
            "dept/sitemap.xml", "dept/sitemap/index.html", "sitemap.xml",
        ])
    }

    @Test func siteMapPageListsEveryColumn() throws {
        let fixture = try FixtureGroup(Self.group)
        try fixture.build()
        #expect(fixture.output("portal/sitemap/index.html") == "map|news,notices,")
    }
}
