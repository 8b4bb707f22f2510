import ContentModel
import Foundation
import Testing
import TestSupport

/// The pages the default theme gives every site beyond columns and articles — 404, favicon, 网站地图 — and what its
/// column and article pages show: 主题分类, metadata, 上一篇/下一篇, letters and their replies.
@Suite("The default theme's 404 page, favicon, 网站地图, metadata, letters and article sequence")
struct SitePagesTests {
    private static let themeIcon = IncrementalBuildTests.repository.appendingPathComponent("themes/default/assets/favicon.ico")

    /// The portal and department group of the incremental tests, with the theme's icon (a binary file) copied in.
    private static func fixture(_ files: [String: String] = [:]) throws -> FixtureGroup {
        let fixture = try FixtureGroup(try IncrementalBuildTests.group().merging(files) { $1 })
        try Data(contentsOf: themeIcon).write(to: fixture.root.appendingPathComponent("themes/default/assets/favicon.ico"))
        return fixture
    }

    private func bytes(_ fixture: FixtureGroup, _ path: String) -> Data? {
        FileManager.default.contents(atPath: fixture.output.appendingPathComponent(path).path)
    }

    @Test(arguments: ["portal", "forestry"])
    func everySiteHasTheThemes404PageAndFaviconAtItsRoot(site: String) throws {
        let fixture = try Self.fixture()
        #expect(try fixture.build().errors == [])
        let page = try #require(fixture.output("\(site)/404.html"))
        #expect(page.contains("<title>页面未找到 - \(site == "portal" ? "示例市人民政府" : "示例市林业局")</title>"))
        #expect(page.contains("<h1 id=\"not-found-heading\">抱歉，您访问的页面不存在</h1>"))
        // Served for any missing address at any depth: links start at the server's root.
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/assets/css/site.css\">"))
        #expect(page.contains("<li><a href=\"/\">返回\(site == "portal" ? "示例市人民政府" : "示例市林业局")首页</a></li>"))
        #expect(page.contains("<li><a href=\"/sitemap/\">查看网站地图</a></li>"))
        #expect(page.contains("<form class=\"site-search\" role=\"search\" action=\"/search/\" method=\"get\">"))
        #expect(bytes(fixture, "\(site)/favicon.ico") == (try Data(contentsOf: Self.themeIcon)))
        #expect(bytes(fixture, "\(site)/assets/favicon.ico") == nil)
        #expect(fixture.output("\(site)/sitemap.xml")?.contains("404") == false)
    }

    @Test func theThemesIconIsAValidIconFile() throws {
        let icon = try Data(contentsOf: Self.themeIcon)
        // ICONDIR: reserved 0, type 1 (icon), then the number of images; each entry's data lies inside the file.
        #expect(Array(icon.prefix(4)) == [0, 0, 1, 0])
        let count = Int(icon[4]) | Int(icon[5]) << 8
        #expect(count >= 1)
        for entry in 0..<count {
            let start = 6 + entry * 16
            func word(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(icon[start + at + $1]) << (8 * $1) } }
            #expect(word(8) > 0 && word(12) + word(8) <= icon.count)
        }
    }

    @Test(arguments: ["portal", "forestry"])
    func aSiteOverridesThe404PageAndTheFavicon(site: String) throws {
        let fixture = try Self.fixture([
            "sites/\(site)/layouts/404.mustache": "{{<base}}{{$main}}<h1>本站没有这个页面</h1>{{/main}}{{/base}}",
            "sites/\(site)/assets/favicon.ico": "site icon",
        ])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("\(site)/404.html")?.contains("<h1>本站没有这个页面</h1>") == true)
        #expect(fixture.output("\(site)/favicon.ico") == "site icon")
        let other = site == "portal" ? "forestry" : "portal"
        #expect(fixture.output("\(other)/404.html")?.contains("抱歉，您访问的页面不存在") == true)
        #expect(bytes(fixture, "\(other)/favicon.ico") == (try Data(contentsOf: Self.themeIcon)))
    }

    @Test func aThemeWithoutA404LayoutMakesNo404Page() throws {
        let fixture = try FixtureGroup([:])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/index.html") != nil)
        #expect(fixture.output("portal/404.html") == nil)
        #expect(fixture.output("portal/favicon.ico") == nil)
    }

    @Test func topicsAreShownAsThemeAndSubThemeButKeptAsWrittenInTheJSON() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.build().errors == [])
        let catalog = try #require(fixture.output("portal/catalog/index.html"))
        #expect(catalog.contains("<td data-label=\"主题分类\">综合政务 › 政务公开</td>"))
        #expect(catalog.contains("<td class=\"index-no\" data-label=\"索引号\">500100001/2025-00003</td>"))
        #expect(!catalog.contains("综合政务\\政务公开"))
        let topicPage = try #require(fixture.outputFiles().first { $0.hasPrefix("portal/catalog/topic/") && $0.hasSuffix("/index.html") })
        #expect(fixture.output(topicPage)?.contains("<title>信息公开目录：综合政务 › 政务公开 - 示例市人民政府</title>") == true)
        #expect(fixture.output("portal/policy/p1/index.html")?.contains("<th scope=\"row\">主题分类</th><td>综合政务 › 政务公开</td>") == true)
        #expect(fixture.output("portal/catalog/catalog.json")?.contains(#""topic" : "综合政务\\政务公开""#) == true)
    }

    @Test func metadataFallsBackAndIsNeverEmpty() throws {
        let fixture = try Self.fixture([
            "sites/forestry/site.yaml": """
                name: 示例市林业局
                base_url: https://lyj.example.gov.cn/
                theme: default
                description: 示例市林业局网站
                keywords: [林业, 森林防火]
                identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }
                columns:
                  - { id: news, title: 林业要闻, kind: news, description: 全市林业工作动态, keywords: [林业要闻] }
                  - { id: notices, title: 通知公告, kind: notice }
                """,
            "sites/forestry/content/notices/n1.md": FixtureGroup.document("title: 关于森林防火的通告\ndate: 2025-04-02\nsource: 市森林防火指挥部\ntags: [防火]"),
            "sites/forestry/content/notices/n2.md": FixtureGroup.document("title: 关于林木采伐公示的通知\ndate: 2025-04-03"),
        ])
        #expect(try fixture.build().errors == [])
        let untagged = try #require(fixture.output("forestry/notices/n2/index.html"))
        #expect(untagged.contains("<meta name=\"Author\" content=\"示例市林业局\">"))
        #expect(untagged.contains("<meta name=\"Keywords\" content=\"林业,森林防火\">"))
        #expect(untagged.contains("<meta name=\"keywords\" content=\"林业,森林防火\">"))
        let tagged = try #require(fixture.output("forestry/notices/n1/index.html"))
        #expect(tagged.contains("<meta name=\"Author\" content=\"市森林防火指挥部\">"))
        #expect(tagged.contains("<meta name=\"Keywords\" content=\"防火\">"))
        let news = try #require(fixture.output("forestry/news/f1/index.html"))
        #expect(news.contains("<meta name=\"Keywords\" content=\"林业要闻\">"))
        let list = try #require(fixture.output("forestry/news/index.html"))
        #expect(list.contains("<meta name=\"description\" content=\"全市林业工作动态\">"))
        #expect(list.contains("<meta name=\"keywords\" content=\"林业要闻\">"))
        #expect(fixture.output("forestry/notices/index.html")?.contains("<meta name=\"description\" content=\"示例市林业局通知公告\">") == true)
        #expect(fixture.output("forestry/catalog/index.html")?.contains("<meta name=\"description\" content=\"示例市林业局政府信息公开目录：") == true)
        for path in fixture.outputFiles() where path.hasSuffix(".html") {
            #expect(fixture.output(path)?.contains("content=\"\"") == false, "\(path)")
        }
    }

    @Test func theSiteMapListsDisclosurePagesAndOnThePortalTheDepartmentSites() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.build().errors == [])
        let portal = try #require(fixture.output("portal/sitemap/index.html"))
        #expect(portal.contains("<li><a href=\"../catalog/\">信息公开目录</a></li>"))
        #expect(portal.contains("<li><a href=\"../catalog/statistics/\">主动公开统计</a></li>"))
        #expect(portal.contains("<li><a href=\"../group/submissions/\">部门信息报送采用统计</a></li>"))
        #expect(portal.contains("<h2 id=\"map-sites\">部门网站</h2>\n  <ul>\n    <li><a href=\"https://lyj.example.gov.cn/\">示例市林业局</a></li>\n  </ul>"))
        let forestry = try #require(fixture.output("forestry/sitemap/index.html"))
        #expect(forestry.contains("<li><a href=\"../catalog/\">信息公开目录</a></li>"))
        #expect(!forestry.contains("部门网站"))
        #expect(!forestry.contains("报送采用"))
        // 报送/采用 is found from the portal's 信息公开目录, and its trail and heading say the same.
        #expect(fixture.output("portal/catalog/index.html")?.contains("<a href=\"../group/submissions/\">部门信息报送采用统计</a>") == true)
        let submissions = try #require(fixture.output("portal/group/submissions/index.html"))
        #expect(submissions.contains("<h1>部门信息报送采用统计</h1>"))
        #expect(submissions.contains("<li><a href=\"../../catalog/\">信息公开目录</a></li>\n    <li><span aria-current=\"page\">部门信息报送采用统计</span></li>"))
    }

    @Test func errorReportAndBadgeLinksCarryTheSiteCode() throws {
        let fixture = try Self.fixture([
            "sites/forestry/site.yaml": """
                name: 示例市林业局
                base_url: https://lyj.example.gov.cn/
                theme: default
                identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2, conac_url: "https://bszs.conac.cn/sitename?method=show&code={site_code}" }
                columns:
                  - { id: news, title: 林业要闻, kind: news }
                """,
        ])
        #expect(try fixture.build().errors == [])
        let page = try #require(fixture.output("forestry/index.html"))
        #expect(page.contains("href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5001000012&amp;url=https%3A%2F%2Flyj.example.gov.cn%2F\">我为政府网站找错</a>"))
        #expect(page.contains("<a class=\"conac-badge\" href=\"https://bszs.conac.cn/sitename?method=show&amp;code=5001000012\">"))
    }

    @Test func articlesLinkTheirNeighboursInTheColumn() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.build().errors == [])
        let middle = try #require(fixture.output("forestry/news/f3/index.html"))
        #expect(middle.contains("<p>上一篇：<a href=\"../../news/f4/\" rel=\"prev\">森林防火检查（4）</a></p>"))
        #expect(middle.contains("<p>下一篇：<a href=\"../../news/f2/\" rel=\"next\">森林防火检查（2）</a></p>"))
        let newest = try #require(fixture.output("forestry/news/f5/index.html"))
        #expect(newest.contains("<p>上一篇：没有了</p>"))
        #expect(fixture.output("forestry/news/f1/index.html")?.contains("<p>下一篇：没有了</p>") == true)
    }

    @Test func anInfoColumnsPagesAreListedWithoutDateOrPin() throws {
        let fixture = try Self.fixture([
            "sites/forestry/site.yaml": """
                name: 示例市林业局
                base_url: https://lyj.example.gov.cn/
                theme: default
                identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }
                columns:
                  - { id: news, title: 林业要闻, kind: news }
                  - { id: overview, title: 机构概况, kind: info }
                """,
            "sites/forestry/content/overview/leaders.md": FixtureGroup.document("title: 领导信息\ndate: 2025-03-01\nweight: 1"),
            "sites/forestry/content/news/pinned.md": FixtureGroup.document("title: 置顶要闻\ndate: 2025-03-01\nweight: 1"),
        ])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("forestry/overview/index.html")?.contains("<li><a href=\"../overview/leaders/\">领导信息</a></li>") == true)
        #expect(fixture.output("forestry/news/index.html")?.contains(
            "<li><span class=\"pin\">置顶</span><a href=\"../news/pinned/\">置顶要闻</a><time datetime=\"2025-03-01\">2025-03-01</time></li>") == true)
    }

    private static let letters: [String: String] = [
        "sites/forestry/site.yaml": """
            name: 示例市林业局
            base_url: https://lyj.example.gov.cn/
            theme: default
            identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }
            columns:
              - { id: news, title: 林业要闻, kind: news }
              - { id: interaction, title: 互动回应, kind: interaction }
            """,
        "sites/forestry/content/interaction/a.md": FixtureGroup.document("""
            title: 关于野外用火的答复
            date: 2025-04-06 09:30
            source: 示例市林业局
            replied: 2025-04-06
            letter:
              received: 2025-04-01
              from: 张三丰
              content: 清明节能否上山烧纸？
              office: 市森林防火指挥部办公室
            """, body: "张先生：您好！防火期内禁止野外用火。"),
        "sites/forestry/content/interaction/b.md": FixtureGroup.document("""
            title: 关于林地补偿的来信
            date: 2025-04-08 09:30
            source: 示例市林业局
            letter: { received: 2025-04-07, from: 李四, content: 林地征收补偿何时发放？ }
            """, body: "正在办理。"),
    ]

    @Test func aReplyPageShowsTheLetterRecordWithTheSenderMasked() throws {
        let fixture = try Self.fixture(Self.letters)
        #expect(try fixture.build().errors == [])
        let reply = try #require(fixture.output("forestry/interaction/a/index.html"))
        #expect(reply.contains("<tr><th scope=\"row\">来信人</th><td>张**</td><th scope=\"row\">来信时间</th><td>2025-04-01</td></tr>"))
        #expect(reply.contains("<tr><th scope=\"row\">答复单位</th><td>市森林防火指挥部办公室</td><th scope=\"row\">答复时间</th><td>2025-04-06</td></tr>"))
        #expect(reply.contains("<span class=\"letter-status is-answered\">已答复</span>"))
        #expect(reply.contains("<tr><th scope=\"row\">来信内容</th><td colspan=\"3\">清明节能否上山烧纸？</td></tr>"))
        #expect(!reply.contains("张三丰"))
        let waiting = try #require(fixture.output("forestry/interaction/b/index.html"))
        #expect(waiting.contains("<tr><th scope=\"row\">答复单位</th><td>示例市林业局</td><th scope=\"row\">答复时间</th><td>—</td></tr>"))
        #expect(waiting.contains("<span class=\"letter-status\">办理中</span>"))
        #expect(!waiting.contains("答复内容"))
    }

    @Test func theInteractionListShowsEachLetterAndItsStatus() throws {
        let fixture = try Self.fixture(Self.letters)
        #expect(try fixture.build().errors == [])
        let list = try #require(fixture.output("forestry/interaction/index.html"))
        #expect(list.contains("<tr><td class=\"title\" data-label=\"标题\"><a href=\"../interaction/b/\">关于林地补偿的来信</a></td><td data-label=\"来信人\">李**</td>"
            + "<td class=\"date\" data-label=\"来信时间\">2025-04-07</td><td data-label=\"答复单位\">示例市林业局</td><td class=\"date\" data-label=\"答复时间\">—</td>"
            + "<td data-label=\"状态\"><span class=\"letter-status\">办理中</span></td></tr>"))
        #expect(list.contains("<td data-label=\"来信人\">张**</td><td class=\"date\" data-label=\"来信时间\">2025-04-01</td>"))
    }

    @Test func anUnknownLetterFieldIsAWarningAndAWrongValueAnError() throws {
        let fixture = try Self.fixture([
            "sites/forestry/site.yaml": Self.letters["sites/forestry/site.yaml"]!,
            "sites/forestry/content/interaction/c.md": FixtureGroup.document("""
                title: 关于护林员招聘的咨询
                date: 2025-04-08 09:30
                letter:
                  recieved: 2025-04-07
                  from: [王五]
                """),
        ])
        let printed = try fixture.printedDiagnostics()
        #expect(printed.contains("sites/forestry/content/interaction/c.md:5:3: warning: letter.unknown-key: "
            + "'recieved' is not a known setting and is ignored; use one of: received, from, content, office"))
        #expect(printed.contains("sites/forestry/content/interaction/c.md:6:9: error: letter.invalid: 'from' must be text; write `from: …` on one line"))
    }

    @Test func theLetterBlockIsWrittenBackAsItWasRead() throws {
        let letter = Letter(received: Date(timeIntervalSince1970: 1_743_465_600), sender: "张三丰", content: "清明节能否上山烧纸？", office: "示例市林业局")
        let matter = FrontMatter(title: "关于野外用火的答复", date: Date(timeIntervalSince1970: 1_743_900_000), letter: letter)
        let text = try DocumentText(timeZone: TimeZone(identifier: "Asia/Shanghai")!).text(matter, body: "答复。\n")
        #expect(text.contains("letter:\n  received: 2025-04-01 08:00\n  from: 张三丰\n  content: 清明节能否上山烧纸？\n  office: 示例市林业局\n"))
        #expect(letter.maskedSender == "张**")
    }
}
