import ContentModel
import Foundation
import Testing
import TestSupport

/// The home page is made of the blocks `home:` in site.yaml lists, each rendered by its own template `home-<kind>`
/// that a site may replace (issue 14, item 2).
@Suite("The home page's blocks come from site.yaml, and each block's template can be replaced")
struct HomePageTests {
    /// Templates that print only what each block gives them.
    static let blockTheme: [String: String] = [
        "themes/t/layouts/home.mustache": """
            {{<base}}{{$main}}{{#blocks}}{{#lead}}{{>home-lead}}{{/lead}}{{#pictures}}{{>home-pictures}}{{/pictures}}\
            {{#columns}}{{>home-columns}}{{/columns}}{{#policy}}{{>home-policy}}{{/policy}}{{#services}}{{>home-services}}{{/services}}\
            {{#interaction}}{{>home-interaction}}{{/interaction}}{{#banners}}{{>home-banners}}{{/banners}}\
            {{#departments}}{{>home-departments}}{{/departments}}{{/blocks}}{{/main}}{{/base}}
            """,
        "themes/t/layouts/home-lead.mustache": "lead|{{title}}|{{#items}}{{title}}|{{summary}}|{{url}}{{/items}}\n",
        "themes/t/layouts/home-pictures.mustache": "pictures|{{title}}|{{#items}}{{image.src}}|{{image.alt}}|{{image.caption}};{{/items}}\n",
        "themes/t/layouts/home-columns.mustache": "columns|{{#lists}}{{title}}={{url}}:{{#items}}{{title}},{{/items}}{{#empty}}(empty){{/empty}};{{/lists}}\n",
        "themes/t/layouts/home-policy.mustache": "policy|{{title}}|{{#items}}{{#interpretation}}[解读]{{/interpretation}}{{title}},{{/items}}\n",
        "themes/t/layouts/home-services.mustache": "services|{{title}}|{{#entries}}{{title}}={{url}}({{description}}),{{/entries}}\n",
        "themes/t/layouts/home-interaction.mustache": "interaction|{{title}}|{{#entries}}{{title}}={{url}},{{/entries}}|{{#lists}}{{title}}:{{#items}}{{title}},{{/items}}{{/lists}}\n",
        "themes/t/layouts/home-banners.mustache": "banners|{{title}}|{{#entries}}{{title}}={{url}}{{#image}}[{{src}}|{{alt}}]{{/image}},{{/entries}}\n",
        "themes/t/layouts/home-departments.mustache": "departments|{{title}}|{{#lists}}{{title}}={{url}}:{{#items}}{{title}}@{{url}},{{/items}};{{/lists}}\n",
    ]

    static let portalSite = """
        name: 门户
        base_url: https://www.example.gov.cn/
        theme: t
        identity: { sponsor: 示例市人民政府办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }
        columns:
          - { id: news, title: 要闻, kind: news }
          - { id: notices, title: 通知公告, kind: notice }
          - { id: policy, title: 政策文件, kind: policy }
          - { id: interaction, title: 政民互动, kind: interaction }
          - { id: dept-news, title: 部门信息, kind: news }
        """

    static let portalHome = """
        home:
          - { kind: lead, column: news }
          - { kind: pictures, columns: [news], count: 2 }
          - { kind: columns, columns: [news, notices], count: 2 }
          - { kind: policy, column: policy }
          - kind: services
            entries:
              - { title: 办事指南, url: service/, description: 办理条件和材料 }
              - { title: 政务服务网, url: "https://zwfw.example.gov.cn/" }
          - kind: interaction
            title: 互动
            column: interaction
            entries:
              - { title: 市长信箱, url: "https://hdjl.example.gov.cn/mailbox/" }
          - kind: banners
            entries:
              - { title: 政务公开, url: catalog/, image: { src: assets/img/b.svg, alt: 蓝色底图上的文件 } }
          - { kind: departments, count: 2 }
        """

    static let portal: [String: String] = [
        "sites/portal/site.yaml": portalSite + "\n" + portalHome,
        "sites/portal/content/news/a.md": FixtureGroup.document("""
            title: 全市政务公开工作推进会召开
            date: 2024-05-03
            summary: 会议部署年底前重点任务。
            image: { src: assets/img/a.svg, alt: 会场内景, caption: 推进会会场 }
            """),
        "sites/portal/content/news/b.md": FixtureGroup.document("title: 常务会议召开\ndate: 2024-05-02\nimage: { src: assets/img/b.svg, alt: 会议桌 }"),
        "sites/portal/content/news/c.md": FixtureGroup.document("title: 培训会举办\ndate: 2024-05-01"),
        "sites/portal/assets/img/a.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "sites/portal/assets/img/b.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "sites/portal/content/notices/n.md": FixtureGroup.document("title: 关于自查的通知\ndate: 2024-04-01"),
        "sites/portal/content/policy/p.md": FixtureGroup.document("title: 关于推进政务公开的意见\ndate: 2024-04-02"),
        "sites/portal/content/policy/p-jiedu.md": FixtureGroup.document("title: 《关于推进政务公开的意见》政策解读\ndate: 2024-04-02"),
        "sites/portal/content/interaction/r.md": FixtureGroup.document("title: 关于留言时限的答复\ndate: 2024-04-03"),
        // 部门信息 carries forestry's a, brought by the sync agent.
        "sites/portal/content/dept-news/forestry-a.md": FixtureGroup.document("""
            title: 林业局召开信息化会议
            date: 2024-05-01
            origin: { site: forestry, id: forestry/news/a, url: "https://lyj.example.gov.cn/news/a/" }
            """),
        "sites/forestry/site.yaml": FixtureGroup.forestrySite,
        "sites/forestry/content/news/a.md": FixtureGroup.document("title: 林业局召开信息化会议\ndate: 2024-05-01"),
        "sites/forestry/content/news/b.md": FixtureGroup.document("title: 春季造林启动\ndate: 2024-04-20"),
        "sites/forestry/content/news/c.md": FixtureGroup.document("title: 防火督查\ndate: 2024-04-10"),
        "sites/forestry/content/news/d.md": FixtureGroup.document("title: 古树普查\ndate: 2024-04-01"),
    ]

    @Test func thePortalsHomeShowsTheConfiguredBlocksInOrder() throws {
        let fixture = try FixtureGroup(Self.portal.merging(Self.blockTheme) { $1 })
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/index.html") == """
            lead|头条|全市政务公开工作推进会召开|会议部署年底前重点任务。|news/a/
            pictures|图片新闻|assets/img/a.svg|会场内景|推进会会场;assets/img/b.svg|会议桌|常务会议召开;
            columns|要闻=news/:全市政务公开工作推进会召开,常务会议召开,;通知公告=notices/:关于自查的通知,;
            policy|政策文件|关于推进政务公开的意见,[解读]《关于推进政务公开的意见》政策解读,
            services|政务服务|办事指南=service/(办理条件和材料),政务服务网=https://zwfw.example.gov.cn/(),
            interaction|互动|市长信箱=https://hdjl.example.gov.cn/mailbox/,|政民互动:关于留言时限的答复,
            banners|专题专栏|政务公开=catalog/[assets/img/b.svg|蓝色底图上的文件],
            departments|部门动态|示例市林业局=https://lyj.example.gov.cn/:春季造林启动@https://lyj.example.gov.cn/news/b/,防火督查@https://lyj.example.gov.cn/news/c/,;

            """)
    }

    /// 部门信息 shows what the portal carries of the departments' news; 部门动态 shows the rest, so no story is in both.
    @Test func noStoryIsInBoth部门信息And部门动态() throws {
        let fixture = try FixtureGroup(Self.portal.merging(Self.blockTheme) { $1 }.merging([
            "sites/portal/site.yaml": Self.portalSite + "\nhome:\n  - { kind: columns, columns: [dept-news] }\n  - { kind: departments }\n",
        ]) { $1 })
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/index.html") == """
            columns|部门信息=dept-news/:林业局召开信息化会议,;
            departments|部门动态|示例市林业局=https://lyj.example.gov.cn/:\
            春季造林启动@https://lyj.example.gov.cn/news/b/,防火督查@https://lyj.example.gov.cn/news/c/,古树普查@https://lyj.example.gov.cn/news/d/,;

            """)
    }

    /// A block with nothing to show (here 图片新闻 of a column without pictures) is left out.
    @Test func aDepartmentSitesHomeComesFromItsOwnConfiguration() throws {
        let fixture = try FixtureGroup(Self.portal.merging(Self.blockTheme) { $1 }.merging([
            "sites/forestry/site.yaml": FixtureGroup.forestrySite + "\nhome:\n  - { kind: lead, column: news, title: 要闻 }\n  - { kind: pictures, columns: [news] }\n  - { kind: columns, columns: [news], count: 2 }\n",
        ]) { $1 })
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("forestry/index.html") == """
            lead|要闻|林业局召开信息化会议|正文。|news/a/
            columns|工作动态=news/:林业局召开信息化会议,春季造林启动,;

            """)
    }

    /// Without `home:`, a site's home lists its menu's columns, and the portal's adds 部门动态.
    @Test func withoutHomeASiteKeepsTheDefaultHome() throws {
        let fixture = try FixtureGroup(Self.portal.merging(Self.blockTheme) { $1 }.merging([
            "sites/portal/site.yaml": Self.portalSite + "\nnav: [news, notices]\n",
        ]) { $1 })
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/index.html")?.hasPrefix("columns|要闻=news/:全市政务公开工作推进会召开,常务会议召开,培训会举办,;通知公告=notices/:关于自查的通知,;\n"
            + "departments|部门动态|示例市林业局=") == true)
        #expect(fixture.output("forestry/index.html") == "columns|工作动态=news/:林业局召开信息化会议,春季造林启动,防火督查,古树普查,;\n")
    }

    @Test func anEmptyColumnIsShownAsEmpty() throws {
        let fixture = try FixtureGroup(Self.blockTheme.merging([
            "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]! + "\nhome:\n  - { kind: columns, columns: [news, notices] }\n",
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻一\ndate: 2024-05-01"),
        ]) { $1 })
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/index.html") == "columns|要闻=news/:要闻一,;通知公告=notices/:(empty);\n")
    }

    @Test(arguments: ["lead", "pictures", "columns", "policy", "services", "interaction", "banners", "departments"])
    func aSiteReplacesOneBlocksTemplate(kind: String) throws {
        let fixture = try FixtureGroup(Self.portal.merging(Self.blockTheme) { $1 }.merging([
            "sites/portal/layouts/home-\(kind).mustache": "site's own \(kind)|{{title}}\n",
        ]) { $1 })
        #expect(try fixture.build().errors == [])
        let lines = try #require(fixture.output("portal/index.html")).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("site's own") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("\(kind)|") } == [])
        #expect(lines.count == 8)
    }
}
