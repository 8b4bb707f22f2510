import Foundation
import Testing
import TestSupport

@Suite("The public information-disclosure catalog (信息公开目录)")
struct CatalogTests {
    private static let policy = "sites/portal/content/policy"
    private static let portal = FixtureGroup.basics["sites/portal/site.yaml"]!
        + "\n  - { id: policy, title: 政策文件, kind: policy }\n"
    private static let dept = "name: 林业局\nbase_url: https://lyj.example.gov.cn/\ntheme: t\n"
        + "identity: { sponsor: 示例市林业局 }\ncolumns:\n  - { id: policy, title: 政策文件, kind: policy }\n"

    static func disclosed(_ title: String, date: String = "2024-05-02", _ disclosure: String) -> String {
        FixtureGroup.document("title: \(title)\ndate: \(date)\nsummary: \(title)的内容概述\ndisclosure:\n\(disclosure)")
    }

    static let valid = "  index_no: 000014349/2024-00001\n  doc_no: 示府发〔2024〕1号\n  publisher: 示例市人民政府\n"
        + "  written: 2024-05-01\n  topic: 综合政务\\政务公开\n  genre: 通知\n  validity: 有效"

    @Test func violationsNameTheFileLineAndFix() throws {
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": Self.portal,
            "\(Self.policy)/a.md": Self.disclosed("一", Self.valid),
            "\(Self.policy)/b.md": Self.disclosed("二", Self.valid.replacingOccurrences(of: "综合政务\\政务公开", with: "综合政务\\杂项")),
            "\(Self.policy)/c.md": Self.disclosed("三", "  index_no: 2024-1\n  written: 2024-05-01\n  genre: 便函\n  validity: 暂停"),
            "\(Self.policy)/d.md": FixtureGroup.document("title: 四\ndate: 2024-05-02\ndisclosure:\n  index_no: 000014349/2024-00004\n  written: 2024-05-09"),
        ])
        #expect(try fixture.printedDiagnostics() == [
            "\(Self.policy)/b.md:6:13: error: disclosure.duplicate-index: the 索引号 000014349/2024-00001 is already used by \(Self.policy)/a.md; give this document the next free number of its year",
            "\(Self.policy)/b.md:10:10: error: disclosure.unknown-topic: the 主题分类 \"综合政务\\杂项\" is not in the vocabulary; use one such as 综合政务\\政务公开, or add it under `disclosure: { topics: [...] }` in site.yaml",
            "\(Self.policy)/c.md:6:13: error: disclosure.invalid-index: the 索引号 \"2024-1\" does not follow the group's pattern; write it like 000014349/2017-00110 (organisation code / year - five digits)",
            "\(Self.policy)/c.md:8:10: error: disclosure.unknown-genre: the 体裁 \"便函\" is not a statutory document type; use one of: 决议、决定、命令、令、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要、其他",
            "\(Self.policy)/c.md:9:13: error: disclosure.unknown-validity: the 有效性 \"暂停\" is unknown; use 有效, 失效 or 废止",
            "\(Self.policy)/d.md:5:3: error: disclosure.missing-summary: a disclosed document needs 'summary' (内容概述) in its front matter; add `summary:` with one or two sentences on what the document is about",
            "\(Self.policy)/d.md:6:12: error: disclosure.written-after-date: the 成文日期 is later than the publication date; check both dates: a document is written before it is published",
        ])
        #expect(try fixture.build().errors.count == 7)
        #expect(fixture.outputFiles() == [])
    }

    @Test func missingIndexAndWrittenDate() throws {
        let fixture = try FixtureGroup(["sites/portal/site.yaml": Self.portal, "\(Self.policy)/a.md": Self.disclosed("一", "  publisher: 示例市人民政府")])
        #expect(try fixture.diagnostics().map { "\($0.location.line):\($0.code)" } == ["6:disclosure.missing-index", "6:disclosure.missing-written"])
    }

    @Test func groupPatternAndSiteTopicsAreConfigurable() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ndisclosure:\n  index_pattern: '^SL-[0-9]{4}-[0-9]{3}$'\n",
            "sites/portal/site.yaml": Self.portal + "disclosure:\n  topics: ['林业\\森林防火']\n",
            "\(Self.policy)/a.md": Self.disclosed("一", "  index_no: SL-2024-001\n  written: 2024-05-01\n  topic: 林业\\森林防火"),
        ])
        #expect(try fixture.diagnostics() == [])
    }

    @Test func eachSiteListsItsOwnAndThePortalTheWholeGroup() throws {
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": Self.portal,
            "sites/dept/site.yaml": Self.dept,
            "\(Self.policy)/a.md": Self.disclosed("市政府文件", Self.valid),
            "\(Self.policy)/plain.md": FixtureGroup.document("title: 未公开目录的文件\ndate: 2024-05-03"),
            "sites/dept/content/policy/b.md": Self.disclosed("林业局文件", date: "2024-06-01", "  index_no: 000014350/2024-00001\n  written: 2024-05-30"),
        ])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("dept/catalog/index.html") == "catalog|全部|1\n000014350/2024-00001|林业局文件|../policy/b/\n")
        #expect(fixture.output("portal/catalog/index.html") == """
            catalog|全部|2
            000014350/2024-00001|林业局文件|https://lyj.example.gov.cn/policy/b/
            000014349/2024-00001|市政府文件|../policy/a/

            """)
        let json = try #require(fixture.output("portal/catalog/catalog.json"))
        let catalog = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let records = try #require(catalog["records"] as? [[String: Any]])
        #expect(records.map { $0["index_no"] as? String } == ["000014350/2024-00001", "000014349/2024-00001"])
        #expect(records.map { $0["publisher"] as? String } == ["示例市林业局", "示例市人民政府"])
        #expect(records.map { $0["url"] as? String } == ["https://lyj.example.gov.cn/policy/b/", "https://www.example.gov.cn/policy/a/"])
        #expect(catalog["scope"] as? String == "group")
    }

    @Test func browsingByTopicPublisherAndYear() throws {
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": Self.portal,
            "\(Self.policy)/a.md": Self.disclosed("甲", Self.valid),
            "\(Self.policy)/b.md": Self.disclosed("乙", date: "2023-03-01", "  index_no: 000014349/2023-00009\n  written: 2023-02-01\n  topic: 财政、金融、审计\\审计\n  genre: 意见"),
        ])
        try fixture.build()
        let pages = fixture.outputFiles().filter { $0.hasPrefix("portal/catalog/") && $0.hasSuffix("index.html") }
        // all, 2 topics, 2 publishers (the named one and the site's sponsor), 2 years, statistics
        #expect(pages.count == 8)
        #expect(pages.contains("portal/catalog/year/2023/index.html"))
        #expect(fixture.output("portal/catalog/year/2023/index.html") == "catalog|2023年|1\n000014349/2023-00009|乙|../../../policy/b/\n")
        #expect(fixture.output("portal/catalog/statistics/index.html")
            == "statistics|2024:1;综合政务 › 政务公开=1,;通知=1,\n2023:1;财政、金融、审计 › 审计=1,;意见=1,\n")
    }
}
