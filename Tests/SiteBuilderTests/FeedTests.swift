import Foundation
import Testing
import TestSupport

@Suite("RSS feeds of columns, sites and the group")
struct FeedTests {
    private static let news = "sites/portal/content/news"
    private static let dept: [String: String] = [
        "sites/dept/site.yaml": "name: 林业局\nbase_url: https://lyj.example.gov.cn/\ntheme: t\ncolumns:\n  - { id: news, title: 工作动态, kind: news }\n",
        "sites/dept/content/news/fire.md": FixtureGroup.document("title: 森林防火\ndate: 2024-05-03"),
    ]

    @Test func hostileTitleAndBodyAreEscapedAndSurviveARoundTrip() throws {
        let title = "A&B <通知> ]]> \"引号\" 🌲"
        let body = "R&D <b>粗</b> ]]> 🌲 \u{1}控制字符"
        let fixture = try FixtureGroup(["\(Self.news)/a.md": FixtureGroup.document("title: '\(title)'\ndate: 2024-05-01", body: body)])
        #expect(try fixture.build().errors == [])
        let feed = fixture.output("portal/news/rss.xml")
        #expect(XMLQuery.values("/rss/channel/item/title", in: feed) == [title])
        #expect(XMLQuery.values("/rss/channel/item/content:encoded", in: feed) == ["<p>R&amp;D <!-- raw HTML omitted -->粗<!-- raw HTML omitted --> ]]&gt; 🌲 控制字符</p>\n"])
        #expect(XMLQuery.values("/rss/channel/item/sg:markdown", in: feed) == ["\nR&D <b>粗</b> ]]> 🌲 控制字符\n"])
    }

    @Test func itemCarriesAbsoluteLinksDatesInTheGroupsZoneAndSitegroupFields() throws {
        let fixture = try FixtureGroup([
            "\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01 09:30\nsource: 办公室\nsummary: 摘要", body: "见[通知](../notices/n.md)。"),
            "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2024-04-01"),
        ])
        try fixture.build()
        let feed = fixture.output("portal/news/rss.xml")
        #expect(XMLQuery.values("//item/link", in: feed) == ["https://www.example.gov.cn/news/a/"])
        #expect(XMLQuery.values("//item/pubDate", in: feed) == ["Wed, 01 May 2024 09:30:00 +0800"])
        #expect(XMLQuery.values("//item/description", in: feed) == ["摘要"])
        #expect(XMLQuery.values("//item/content:encoded", in: feed) == ["<p>见<a href=\"https://www.example.gov.cn/notices/n/\">通知</a>。</p>\n"])
        #expect(XMLQuery.values("//item/sg:id | //item/sg:site | //item/sg:column | //item/sg:date | //item/sg:source", in: feed)
            == ["portal/news/a", "portal", "news", "2024-05-01T09:30:00+08:00", "办公室"])
        #expect(XMLQuery.values("/rss/channel/atom:link/@href", in: feed) == ["https://www.example.gov.cn/news/rss.xml"])
    }

    @Test func guidStaysWhenTheDocumentIsEditedAndTheRevisionChanges() throws {
        let fixture = try FixtureGroup(["\(Self.news)/a.md": FixtureGroup.document("title: 初稿\ndate: 2024-05-01")])
        try fixture.build()
        let before = fixture.output("portal/news/rss.xml")
        try fixture.write(["\(Self.news)/a.md": FixtureGroup.document("title: 修订稿\ndate: 2024-05-02", body: "新的正文。")])
        try fixture.build()
        let after = fixture.output("portal/news/rss.xml")
        #expect(XMLQuery.values("//item/guid", in: before) == ["portal/news/a"])
        #expect(XMLQuery.values("//item/guid", in: after) == ["portal/news/a"])
        #expect(XMLQuery.values("//item/sg:revision", in: before) != XMLQuery.values("//item/sg:revision", in: after))
    }

    @Test func siteFeedIsNewestFirstAcrossColumnsAndHonoursTheFeedLength() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\nfeed_length: 2\n",
            "\(Self.news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
            "\(Self.news)/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-03\nweight: 5"),
            "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2024-05-02"),
        ])
        try fixture.build()
        #expect(XMLQuery.values("//item/title", in: fixture.output("portal/rss.xml")) == ["二", "通知"])
        #expect(XMLQuery.values("//item/title", in: fixture.output("portal/news/rss.xml")) == ["二", "一"])
    }

    @Test func portalPublishesAGroupFeedNamingEachItemsSite() throws {
        let fixture = try FixtureGroup(Self.dept.merging(["\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01")]) { $1 })
        try fixture.build()
        let feed = fixture.output("portal/group/rss.xml")
        #expect(XMLQuery.values("//item/title", in: feed) == ["森林防火", "要闻"])
        #expect(XMLQuery.values("//item/source", in: feed) == ["林业局"])
        #expect(XMLQuery.values("//item/source/@url", in: feed) == ["https://lyj.example.gov.cn/rss.xml"])
        #expect(XMLQuery.values("//item/sg:site", in: feed) == ["dept", "portal"])
        #expect(fixture.output("dept/group/rss.xml") == nil)
    }

    @Test func unpublishedDocumentsStayOutOfFeeds() throws {
        let fixture = try FixtureGroup([
            "\(Self.news)/a.md": FixtureGroup.document("title: 公开\ndate: 2024-05-01"),
            "\(Self.news)/b.md": FixtureGroup.document("title: 草稿\ndate: 2024-05-02\ndraft: true"),
            "\(Self.news)/c.md": FixtureGroup.document("title: 内部\ndate: 2024-05-02\nclassification: secret"),
        ])
        try fixture.build()
        #expect(XMLQuery.values("//item/title", in: fixture.output("portal/news/rss.xml")) == ["公开"])
        #expect(XMLQuery.values("//item/title", in: fixture.output("portal/group/rss.xml")) == ["公开"])
    }
}

@Suite("Sitemaps")
struct SitemapTests {
    @Test func everyLocIsAFileThatWasWrittenAndTheIndexListsEverySite() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01 09:30"),
            "sites/portal/pages/about.md": FixtureGroup.document("title: 关于\ndate: 2024-01-01"),
            "sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\ncolumns: []\n",
        ])
        try fixture.build()
        let locs = try #require(XMLQuery.values("/sm:urlset/sm:url/sm:loc", in: fixture.output("portal/sitemap.xml")))
        #expect(locs.contains("https://www.example.gov.cn/news/a/"))
        let missing = locs.map { "portal/" + $0.dropFirst("https://www.example.gov.cn/".count) + "index.html" }.filter { fixture.output($0) == nil }
        #expect(missing == [])
        // Every page but the search page, which shows nothing of its own to a search engine.
        #expect(locs.count == fixture.outputFiles().filter { $0.hasPrefix("portal/") && $0.hasSuffix(".html") && $0 != "portal/search/index.html" }.count)
        #expect(!locs.contains("https://www.example.gov.cn/search/"))
        #expect(XMLQuery.values("//sm:url[sm:loc='https://www.example.gov.cn/news/a/']/sm:lastmod", in: fixture.output("portal/sitemap.xml"))
            == ["2024-05-01T09:30:00+08:00"])
        #expect(XMLQuery.values("/sm:sitemapindex/sm:sitemap/sm:loc", in: fixture.output("sitemap.xml"))
            == ["https://dept.example.gov.cn/sitemap.xml", "https://www.example.gov.cn/sitemap.xml"])
    }

    /// A build of some sites (`--site`, `--shard`) writes the same index as a build of all: each shard's output then
    /// holds it, and the shards together are the whole build.
    @Test func buildingOneSiteWritesTheIndexOfEverySite() throws {
        let fixture = try FixtureGroup(["sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\ncolumns: []\n"])
        try fixture.build(sites: ["portal"])
        let partial = try #require(fixture.output("sitemap.xml"))
        #expect(partial.contains("https://dept.example.gov.cn/sitemap.xml") && partial.contains("https://www.example.gov.cn/sitemap.xml"))
        try fixture.build()
        #expect(fixture.output("sitemap.xml") == partial)
    }
}
