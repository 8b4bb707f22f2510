import ContentModel
import Foundation
import Scaffolding
import Testing
import TestSupport

@Suite("sitegroup new site")
struct NewSiteTests {
    @Test func writesTheSiteAndItsNewsRuleKeepingTheGroupFilesCommentsAndLayout() throws {
        let fixture = try ScaffoldFixture.group()
        let result = try ScaffoldFixture.scaffolder(fixture).newSite("agri", name: "示例市农业农村局", baseURL: "https://nyj.example.gov.cn")
        #expect(result.created == ["sites/agri/site.yaml"])
        #expect(result.changed == ["sitegroup.yaml"])
        // The rule is inserted after the last one, before the comment and blank line that introduce the next key.
        let rule = """
              - name: agri-news-to-portal
                from: agri
                column: news
                to: portal
                into: dept-news
                review: true

            """
        let expected = ScaffoldFixture.groupYAML.replacingOccurrences(of: "    review: true\n\n", with: "    review: true\n" + rule + "\n")
        #expect(fixture.text("sitegroup.yaml") == expected)
        let site = try #require(fixture.text("sites/agri/site.yaml"))
        for line in ["name: 示例市农业农村局", "base_url: https://nyj.example.gov.cn/", "theme: t",
                     "  sponsor: 示例市农业农村局   # 主办单位：请核对全称",
                     "  site_code: \"\"            # 待填写：网站标识码，10 位数字，保留引号",
                     "  - { id: news, title: 工作动态, kind: news }", "  - { id: overview, title: 机构概况, kind: info }",
                     "nav: [news, notices, policy, interaction, overview]"] {
            #expect(site.contains(line + "\n"), "\(line)")
        }
    }

    /// What `new site` writes passes `check` once the marked fields are filled and its first document is published; until
    /// then, `check` names each field left to fill.
    @Test func passesCheckOnceTheMarkedFieldsAreFilled() throws {
        let fixture = try ScaffoldFixture.group()
        let scaffolder = try ScaffoldFixture.scaffolder(fixture)
        _ = try scaffolder.newSite("agri", name: "示例市农业农村局", baseURL: "https://nyj.example.gov.cn/")
        let missing = try ScaffoldFixture.errors(fixture).filter { $0.contains("identity.missing") }
        #expect(missing.count == 4)
        #expect(missing.allSatisfy { $0.hasPrefix("sites/agri/site.yaml:") })
        let site = try #require(fixture.text("sites/agri/site.yaml"))
        try fixture.write(["sites/agri/site.yaml": site
            .replacingOccurrences(of: "site_code: \"\"", with: "site_code: \"5001000099\"")
            .replacingOccurrences(of: "icp: \"\"", with: "icp: 渝ICP备12345699号")
            .replacingOccurrences(of: "police: \"\"", with: "police: 渝公网安备 50010302000099号")
            .replacingOccurrences(of: "contact: \"\"", with: "contact: 023-12345699")])
        let document = try Scaffolder(root: fixture.root.path, now: ScaffoldFixture.now)
            .newDocument(site: "agri", column: "news", title: "农业农村局部署冬季农业生产")
        let path = try #require(document.created.first)
        try fixture.write([path: try #require(fixture.text(path)).replacingOccurrences(of: "draft: true", with: "# 已审核") + "正文。\n"])
        #expect(try ScaffoldFixture.errors(fixture) == [])
        let built = try fixture.build(now: ScaffoldFixture.now)
        #expect(built.errors == [])
        #expect(fixture.output("agri/news/t20261201_1/index.html")?.contains("农业农村局部署冬季农业生产") == true)
    }

    @Test func aGroupWithoutDepartmentNewsRulesIsLeftAsItIs() throws {
        let plain = "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\n"
        let fixture = try ScaffoldFixture.group(["sitegroup.yaml": plain])
        let result = try ScaffoldFixture.scaffolder(fixture).newSite("agri", name: "示例市农业农村局", baseURL: "https://nyj.example.gov.cn/")
        #expect(result.changed == [])
        #expect(fixture.text("sitegroup.yaml") == plain)
    }

    @Test func anEnglishGroupMarksTheFieldsToFillInEnglish() throws {
        let fixture = try ScaffoldFixture.group(["sitegroup.yaml": "name: Test group\nportal: portal\nlanguage: en\n"])
        _ = try ScaffoldFixture.scaffolder(fixture).newSite("agri", name: "Agriculture Bureau", baseURL: "https://agri.example.org/")
        let site = try #require(fixture.text("sites/agri/site.yaml"))
        #expect(site.contains("  site_code: \"\"            # TO FILL IN: 网站标识码, 10 digits, keep the quotes\n"))
        #expect(site.contains("name: \"Agriculture Bureau\"\n"))
    }

    @Test func aSyncListInBracketsIsRefusedAndNothingWritten() throws {
        let group = "name: 测试网站群\nportal: portal\nsync: [{ name: forestry-news-to-portal, from: forestry, column: news, to: portal, into: dept-news }]\n"
        let fixture = try ScaffoldFixture.group(["sitegroup.yaml": group])
        #expect {
            try ScaffoldFixture.scaffolder(fixture).newSite("agri", name: "示例市农业农村局", baseURL: "https://nyj.example.gov.cn/")
        } throws: { error in
            (error as? ScaffoldRefusal)?.reason.chinese == "sitegroup.yaml 中的 `sync:` 不是以“- ”开头的列表；请改成这种写法后再运行"
        }
        #expect(fixture.text("sitegroup.yaml") == group)
        #expect(fixture.text("sites/agri/site.yaml") == nil)
    }

    @Test(arguments: [
        ("Agri", "https://nyj.example.gov.cn/",
         "网站 id“Agri”不能用作网址：只能用小写 a-z、0-9、“-”和“_”，例如 agri，且不能是 Windows 设备名",
         "the site id \"Agri\" cannot be used in a web address: use lower-case a-z, 0-9, '-' and '_', such as agri, and no Windows device name"),
        ("con", "https://nyj.example.gov.cn/",
         "网站 id“con”不能用作网址：只能用小写 a-z、0-9、“-”和“_”，例如 con-1，且不能是 Windows 设备名",
         "the site id \"con\" cannot be used in a web address: use lower-case a-z, 0-9, '-' and '_', such as con-1, and no Windows device name"),
        ("forestry", "https://nyj.example.gov.cn/", "sites/forestry 已存在；请换一个 id", "sites/forestry already exists; choose another id"),
        ("agri", "ftp://nyj.example.gov.cn/",
         "--base-url 应为网站的完整网址，例如 https://lyj.example.gov.cn/（现为“ftp://nyj.example.gov.cn/”）",
         "--base-url must be the site's full address, such as https://lyj.example.gov.cn/ (found \"ftp://nyj.example.gov.cn/\")"),
        ("agri", "https://lyj.example.gov.cn/", "网站 forestry 已使用网址 https://lyj.example.gov.cn/",
         "the site forestry already has the address https://lyj.example.gov.cn/"),
    ])
    func refusesAndWritesNothing(id: String, baseURL: String, chinese: String, english: String) throws {
        let fixture = try ScaffoldFixture.group()
        #expect {
            try ScaffoldFixture.scaffolder(fixture).newSite(id, name: "示例市农业农村局", baseURL: baseURL)
        } throws: { error in
            (error as? ScaffoldRefusal)?.reason == Wording(english, chinese)
        }
        #expect(fixture.text("sitegroup.yaml") == ScaffoldFixture.groupYAML)
        #expect(fixture.text("sites/\(id)/site.yaml") == nil || id == "forestry")
    }
}
