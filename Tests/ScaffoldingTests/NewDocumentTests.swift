import ContentModel
import Foundation
import Scaffolding
import Testing
import TestSupport

@Suite("sitegroup new doc")
struct NewDocumentTests {
    static let policy = "sites/forestry/content/policy"

    /// A forestry site with a policy column whose documents (a draft among them) number 2026's disclosures up to 00012,
    /// and a portal document of the same organisation code numbered 00013.
    static func disclosureGroup() throws -> FixtureGroup {
        func disclosed(_ title: String, _ date: String, _ index: String, draft: Bool = false) -> String {
            FixtureGroup.document("""
                title: \(title)
                date: \(date)
                summary: 概述。\(draft ? "\ndraft: true" : "")
                disclosure:
                  index_no: \(index)
                  doc_no: 示林发〔2026〕3号
                  publisher: 示例市林业局
                  written: \(date)
                  topic: 农业、林业、水利\\林业
                  genre: 通知
                  validity: 有效
                """)
        }
        return try ScaffoldFixture.group([
            "sites/forestry/site.yaml": FixtureGroup.forestrySite + "\n  - { id: policy, title: 政策文件, kind: policy }\n",
            "\(policy)/a.md": disclosed("甲", "2025-12-30", "11500100MB0A12345K/2025-00040"),
            "\(policy)/b.md": disclosed("乙", "2026-03-01", "11500100MB0A12345K/2026-00011"),
            "\(policy)/c.md": disclosed("丙", "2026-11-20", "11500100MB0A12345K/2026-00012", draft: true),
            "sites/portal/content/news/d.md": disclosed("丁", "2026-11-25", "11500100MB0A12345K/2026-00013"),
            "sites/portal/content/news/e.md": disclosed("戊", "2026-11-26", "11500000MB1A00001X/2026-00099"),
        ])
    }

    @Test func aDisclosureDocumentTakesTheNextIndexNumberAndTheSitesPublisher() throws {
        let fixture = try Self.disclosureGroup()
        let result = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "policy", title: "关于印发《林地管理办法》的通知")
        #expect(result.created == ["\(Self.policy)/t20261201_1.md"])
        #expect(fixture.text("\(Self.policy)/t20261201_1.md") == """
            ---
            title: 关于印发《林地管理办法》的通知
            date: 2026-12-01 09:30
            source: 示例市林业局
            draft: true                      # 草稿：审核通过后删除此行即发布
            summary: ""                      # 待填写：内容概述，一两句话（信息公开目录必填）
            disclosure:
              index_no: 11500100MB0A12345K/2026-00014   # 索引号：按已有编号顺延
              doc_no: ""                     # 待填写：文号，如 示林发〔2026〕3号；没有文号可删除此行
              publisher: 示例市林业局   # 发布机构
              written: 2026-12-01            # 成文日期：如不是今天请改正
              topic: ""                      # 待填写：主题分类，如 农业、林业、水利\\林业
              genre: ""                      # 待填写：体裁，如 通知
              validity: 有效                   # 有效性
            ---


            """)
        // The 索引号 of a second document follows the first, now that it exists.
        _ = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "policy", title: "第二份文件")
        #expect(fixture.text("\(Self.policy)/t20261201_2.md")?.contains("index_no: 11500100MB0A12345K/2026-00015 ") == true)
    }

    /// A column whose documents are in the catalog is a disclosure column whatever its kind; 发布机构 is the site's sponsor.
    @Test func aColumnWithDisclosedDocumentsGetsTheBlockWithTheSponsorAsPublisher() throws {
        let fixture = try Self.disclosureGroup()
        let result = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "portal", column: "news", title: "市政府常务会议研究部署冬季工作")
        let path = try #require(result.created.first)
        let text = try #require(fixture.text(path))
        #expect(text.contains("  index_no: 11500000MB1A00001X/2026-00100   # 索引号：按已有编号顺延\n"))
        #expect(text.contains("  publisher: 示例市人民政府办公室   # 发布机构\n"))
    }

    /// `check` names what is left to fill; filled, the document passes, and the build publishes it with its 索引号.
    @Test func passesCheckOnceTheMarkedFieldsAreFilled() throws {
        let fixture = try Self.disclosureGroup()
        let result = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "policy", title: "关于印发《林地管理办法》的通知")
        let path = try #require(result.created.first)
        let errors = try ScaffoldFixture.errors(fixture)
        #expect(errors == [
            "\(path):8:3: error: disclosure.missing-summary: a disclosed document needs 'summary' (内容概述) in its front matter; "
                + "add `summary:` with one or two sentences on what the document is about",
        ])
        let written = try #require(fixture.text(path))
        try fixture.write([path: written
            .replacingOccurrences(of: "summary: \"\"", with: "summary: 印发林地管理办法。")
            .replacingOccurrences(of: "doc_no: \"\"", with: "doc_no: 示林发〔2026〕20号")
            .replacingOccurrences(of: "topic: \"\"", with: "topic: 农业、林业、水利\\林业")
            .replacingOccurrences(of: "genre: \"\"", with: "genre: 通知")
            .replacingOccurrences(of: "draft: true", with: "") + "正文。\n"])
        #expect(try ScaffoldFixture.errors(fixture) == [])
        #expect(try fixture.build(now: ScaffoldFixture.now).errors == [])
        #expect(fixture.output("forestry/catalog/catalog.json")?.contains("\"11500100MB0A12345K/2026-00014\"") == true)
    }

    @Test func aSiteThatHasNumberedNothingLeavesTheIndexNumberToFill() throws {
        let fixture = try ScaffoldFixture.group(["sites/forestry/site.yaml": FixtureGroup.forestrySite + "\n  - { id: policy, title: 政策文件, kind: policy }\n"])
        let result = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "policy", title: "通知")
        let path = try #require(result.created.first)
        let text = try #require(fixture.text(path))
        #expect(text.contains("  index_no: \"\"   # 待填写：索引号，写成 机构代码/2026-00001\n"))
        #expect(text.contains("  publisher: 示例市林业局   # 发布机构\n"))
    }

    @Test func anEnglishGroupMarksTheFieldsToFillInEnglish() throws {
        let fixture = try ScaffoldFixture.group([
            "sitegroup.yaml": "name: Test group\nportal: portal\nlanguage: en\n",
            "sites/forestry/site.yaml": FixtureGroup.forestrySite + "\n  - { id: policy, title: 政策文件, kind: policy }\n",
        ])
        let result = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "policy", title: "Notice")
        let path = try #require(result.created.first)
        let text = try #require(fixture.text(path))
        #expect(text.contains("draft: true                      # a draft: delete this line to publish, once reviewed\n"))
        #expect(text.contains("summary: \"\"                      # TO FILL IN: 内容概述, one or two sentences (the catalog requires it)\n"))
    }

    @Test func namesAreUniqueInTheColumnAndFollowTheSlugRules() throws {
        let fixture = try ScaffoldFixture.group([
            "sites/forestry/content/news/t20261201_3.md": FixtureGroup.document("title: 旧\ndate: 2026-12-01"),
            "sites/forestry/content/news/other.md": FixtureGroup.document("title: 别名\ndate: 2026-11-30\nslug: t20261201_7"),
        ])
        let scaffolder = try ScaffoldFixture.scaffolder(fixture)
        let first = try scaffolder.newDocument(site: "forestry", column: "news", title: "林业局召开冬季防火会议")
        let second = try scaffolder.newDocument(site: "forestry", column: "news", title: "林业局召开冬季防火会议")
        #expect(first.created == ["sites/forestry/content/news/t20261201_8.md"])
        #expect(second.created == ["sites/forestry/content/news/t20261201_9.md"])
        #expect(fixture.text("sites/forestry/content/news/t20261201_8.md") == """
            ---
            title: 林业局召开冬季防火会议
            date: 2026-12-01 09:30
            source: 示例市林业局
            draft: true                      # 草稿：审核通过后删除此行即发布
            ---


            """)
        #expect(try fixture.diagnostics().filter { $0.severity == .error } == [])
    }

    @Test func titlesYAMLWouldMisreadAreQuoted() throws {
        let fixture = try ScaffoldFixture.group()
        let result = try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: "news", title: "2026: \"绿色\" #1")
        let path = try #require(result.created.first)
        let text = try #require(fixture.text(path))
        #expect(text.contains("title: \"2026: \\\"绿色\\\" #1\"\n"))
        let document = try #require(try GroupLoader(root: fixture.root.path).load().group.site("forestry")?.documents.first { $0.slug == "t20261201_1" })
        #expect(document.title == "2026: \"绿色\" #1")
    }

    @Test(arguments: [
        ("nope", "网站 forestry 没有栏目“nope”（现有栏目：news）", "the site forestry has no column \"nope\" (columns: news)"),
    ])
    func refusesAnUnknownColumn(column: String, chinese: String, english: String) throws {
        let fixture = try ScaffoldFixture.group()
        #expect {
            try ScaffoldFixture.scaffolder(fixture).newDocument(site: "forestry", column: column, title: "标题")
        } throws: { error in
            (error as? ScaffoldRefusal)?.reason == Wording(english, chinese)
        }
    }
}
