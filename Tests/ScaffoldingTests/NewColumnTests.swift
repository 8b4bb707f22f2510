import ContentModel
import Foundation
import Scaffolding
import Testing
import TestSupport

@Suite("sitegroup new column")
struct NewColumnTests {
    static let head = """
        name: 示例市林业局
        base_url: https://lyj.example.gov.cn/
        theme: t   # 共用主题
        identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }

        """

    /// site.yaml as written, and as `new column forestry notices --title 通知公告 --kind notice` leaves it: the entry after
    /// the last column, indented as it is, and the id at the end of `nav`, every comment and blank line kept.
    static let layouts: [(String, String)] = [
        ("""
         # 栏目
         columns:
           - { id: news, title: 工作动态, kind: news }   # 每周更新
           # 以下为新增栏目

         # 菜单
         nav: [news]   # 顺序
         """, """
         # 栏目
         columns:
           - { id: news, title: 工作动态, kind: news }   # 每周更新
           - { id: notices, title: 通知公告, kind: notice }
           # 以下为新增栏目

         # 菜单
         nav: [news, notices]   # 顺序
         """),
        ("""
         columns:
             -   id: news
                 title: 工作动态
                 kind: news
         nav:
           - news
         """, """
         columns:
             -   id: news
                 title: 工作动态
                 kind: news
             -   { id: notices, title: 通知公告, kind: notice }
         nav:
           - news
           - notices
         """),
        ("columns: []   # 尚无栏目\n", "columns:    # 尚无栏目\n  - { id: notices, title: 通知公告, kind: notice }\n"),
        ("columns:\nnav: []\n", "columns:\n  - { id: notices, title: 通知公告, kind: notice }\nnav: [notices]\n"),
        ("# 菜单为全部栏目\n", "# 菜单为全部栏目\ncolumns:\n  - { id: notices, title: 通知公告, kind: notice }\n"),
    ]

    @Test(arguments: layouts)
    func addsTheColumnAndItsMenuEntry(before: String, after: String) throws {
        let fixture = try ScaffoldFixture.group(["sites/forestry/site.yaml": Self.head + before])
        let result = try ScaffoldFixture.scaffolder(fixture).newColumn(site: "forestry", id: "notices", title: "通知公告", kind: "notice")
        #expect(result.changed == ["sites/forestry/site.yaml"])
        #expect(fixture.text("sites/forestry/site.yaml") == Self.head + after)
        let site = try #require(try GroupLoader(root: fixture.root.path).load().group.site("forestry"))
        #expect(site.column("notices")?.kind == .notice)
        #expect(site.nav.contains("notices"))
    }

    /// The new column passes `check` once its first document is written and published.
    @Test func passesCheckWithItsFirstDocument() throws {
        let fixture = try ScaffoldFixture.group()
        _ = try ScaffoldFixture.scaffolder(fixture).newColumn(site: "forestry", id: "notices", title: "通知公告", kind: "notice")
        let document = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "notices", title: "关于开展森林防火检查的通知")
        let path = try #require(document.created.first)
        try fixture.write([path: try #require(fixture.text(path)).replacingOccurrences(of: "draft: true", with: "") + "正文。\n"])
        #expect(try ScaffoldFixture.errors(fixture) == [])
    }

    @Test(arguments: [
        ("news", "notice", "网站 forestry 已有栏目 news", "the site forestry already has a column news"),
        ("catalog", "notice", "网站 forestry 的网址 catalog/ 已被 sitegroup 自身的页面或本网站的页面占用；请换一个 id",
         "the address catalog/ of the site forestry is taken by sitegroup's own pages or a page of the site; choose another id"),
        ("通知", "notice", "栏目 id“通知”不能用作网址：只能用小写 a-z、0-9、“-”和“_”，且不能是 Windows 设备名",
         "the column id \"通知\" cannot be used in a web address: use lower-case a-z, 0-9, '-' and '_', and no Windows device name"),
        ("notices", "notes", "栏目类型“notes”无法识别（可用的类型：news, notice, policy, interaction, service, info, page）",
         "the column kind \"notes\" is unknown (kinds: news, notice, policy, interaction, service, info, page)"),
    ])
    func refusesAndWritesNothing(id: String, kind: String, chinese: String, english: String) throws {
        let fixture = try ScaffoldFixture.group()
        #expect {
            try ScaffoldFixture.scaffolder(fixture).newColumn(site: "forestry", id: id, title: "通知公告", kind: kind)
        } throws: { error in
            (error as? ScaffoldRefusal)?.reason == Wording(english, chinese)
        }
        #expect(fixture.text("sites/forestry/site.yaml") == FixtureGroup.forestrySite)
    }

    /// A list the insertion would put somewhere else (here, into the list `columns:` is an alias of) is refused.
    @Test func refusesALayoutItCannotAddToSafely() throws {
        let yaml = Self.head + "shared: &cols\n  - { id: news, title: 工作动态, kind: news }\ncolumns: *cols\n"
        let fixture = try ScaffoldFixture.group(["sites/forestry/site.yaml": yaml])
        #expect {
            try ScaffoldFixture.scaffolder(fixture).newColumn(site: "forestry", id: "notices", title: "通知公告", kind: "notice")
        } throws: { error in
            (error as? ScaffoldRefusal)?.reason.chinese == "sites/forestry/site.yaml 的写法使 `sitegroup new` 无法安全地在 `columns:` 中添加；请手工添加"
        }
        #expect(fixture.text("sites/forestry/site.yaml") == yaml)
    }

    @Test func refusesAListWrittenInBrackets() throws {
        let fixture = try ScaffoldFixture.group(["sites/forestry/site.yaml": Self.head + "columns: [{ id: news, title: 工作动态, kind: news }]\n"])
        #expect {
            try ScaffoldFixture.scaffolder(fixture).newColumn(site: "forestry", id: "notices", title: "通知公告", kind: "notice")
        } throws: { error in
            (error as? ScaffoldRefusal)?.reason.chinese == "sites/forestry/site.yaml 中的 `columns:` 不是以“- ”开头的列表；请改成这种写法后再运行"
        }
    }
}
