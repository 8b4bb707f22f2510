import ContentModel
import Foundation
import SiteInspector
import Testing
import TestSupport

@Suite("sitegroup check: each inspection rule, broken once")
struct InspectionRuleTests {
    static let news = "sites/portal/content/news"
    static let notices = "sites/portal/content/notices"
    static let footer = FixtureGroup.footerTheme["themes/t/layouts/base.mustache"]!
    /// A current, complete group: both columns updated on 2024-05-30.
    static let current: [String: String] = FixtureGroup.footerTheme.merging([
        "\(news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-30"),
        "\(notices)/n.md": FixtureGroup.document("title: 通知\ndate: 2024-05-30"),
    ]) { $1 }

    func check(_ files: [String: String], today: String = "2024-06-01") throws -> InspectionReport {
        try FixtureGroup(Self.current.merging(files) { $1 }).inspect(today: today)
    }

    func lines(_ report: InspectionReport) -> [String] {
        report.diagnostics.map(\.description)
    }

    @Test func currentCompleteGroupIsClean() throws {
        let report = try check([:])
        #expect(lines(report) == [])
        #expect(report.verdicts.map(\.passed) == [true])
    }

    @Test func emptyColumn() throws {
        let report = try check(["\(Self.notices)/n.md": FixtureGroup.document("title: 草稿\ndate: 2024-05-30\ndraft: true")])
        #expect(lines(report) == [
            "sites/portal/site.yaml:7:5: warning: column.empty: the column 通知公告 (notices) has no published document; publish in it, or remove it from site.yaml and nav",
        ])
    }

    @Test func staleNewsColumnAndHomePage() throws {
        let report = try check([:], today: "2024-06-20")
        #expect(lines(report) == [
            "sites/portal/site.yaml:1:1: error: home.stale: the home page has shown no new item for 21 days (the limit is 14 days); publish a current document in a column of the menu",
            "sites/portal/site.yaml:6:5: warning: column.stale: the column 要闻 has had no new document for 21 days (its limit is 14); publish a current document in it, or give a slow-moving column its own `stale_days:`",
        ])
        #expect(report.verdicts.first?.reasons.map(\.english) == ["the home page has had no new item for over 14 days (21)"])
    }

    @Test func noticeColumnsMayWaitHalfAYearAndAColumnMaySetItsOwnLimit() throws {
        let fresh = ["\(Self.news)/b.md": FixtureGroup.document("title: 新要闻\ndate: 2024-12-30")]
        #expect(try check(fresh, today: "2024-12-31").diagnostics.map(\.code) == ["column.stale"])
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        config = config.replacingOccurrences(of: "kind: notice }", with: "kind: notice, stale_days: 400 }")
        #expect(try check(fresh.merging(["sites/portal/site.yaml": config]) { $1 }, today: "2024-12-31").diagnostics == [])
    }

    @Test func unansweredMessage() throws {
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        config += "\n  - { id: replies, title: 互动回应, kind: interaction }\n"
        let files = [
            "sites/portal/site.yaml": config,
            "sites/portal/content/replies/old.md": FixtureGroup.document("title: 咨询\ndate: 2024-02-20"),
            "sites/portal/content/replies/done.md": FixtureGroup.document("title: 已答复\ndate: 2024-02-20\nreplied: 2024-02-25"),
            "sites/portal/content/replies/new.md": FixtureGroup.document("title: 新咨询\ndate: 2024-05-20"),
        ]
        let report = try check(files)
        #expect(lines(report) == [
            "sites/portal/content/replies/old.md:1:1: error: interaction.unanswered: this message has waited 102 days for a published reply (the limit is 90); publish the reply and add `replied: YYYY-MM-DD` to the front matter",
        ])
        #expect(report.verdicts.first?.passed == false)
    }

    @Test func nonPublicDocumentIsListedAndAPublicLinkToItIsAnError() throws {
        let report = try check([
            "\(Self.notices)/secret.md": FixtureGroup.document("title: 内部通知\ndate: 2024-05-29\nclassification: internal"),
            "\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-30", body: "见[内部通知](../notices/secret.md)。"),
        ])
        #expect(lines(report) == [
            "\(Self.news)/a.md:6:2: error: secrecy.link-to-non-public: the link \"../notices/secret.md\" leads to \(Self.notices)/secret.md, which is not public (classification: internal); a public page may not link to a document that is not public: remove the link",
            "\(Self.notices)/secret.md:1:1: warning: secrecy.not-published: never published: its classification is internal; nothing to do if that is right; only `classification: public` documents are published",
        ])
    }

    @Test func sensitiveWordsInTitleAndBody() throws {
        let report = try check([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  sensitive_words: [绝密]\n",
            "\(Self.news)/a.md": FixtureGroup.document("title: 绝密要闻\ndate: 2024-05-30", body: "第一行。\n其中含绝密内容。"),
        ])
        #expect(lines(report) == [
            "\(Self.news)/a.md:2:8: error: secrecy.sensitive-word: the sensitive word “绝密” appears here; remove or rephrase it, and have the text reviewed before publication (保密审查)",
            "\(Self.news)/a.md:7:4: error: secrecy.sensitive-word: the sensitive word “绝密” appears here; remove or rephrase it, and have the text reviewed before publication (保密审查)",
        ])
    }

    @Test func missingIdentityIsAnErrorInCheck() throws {
        let config = FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(of: ", contact: 023-1", with: "")
        #expect(lines(try check(["sites/portal/site.yaml": config])) == [
            "sites/portal/site.yaml:1:1: error: identity.missing: the footer lacks 联系方式, which every government page must show; add `contact:` under `identity:`",
        ])
    }

    @Test func everyPageMustShowTheFooter() throws {
        let report = try check([
            "sites/portal/layouts/list.mustache": "{{<base}}{{$main}}list{{/main}}{{/base}}",
            "sites/portal/layouts/base.mustache": Self.footer.replacingOccurrences(of: "<a href=\"{{site.identity.error_report_url}}\">找错</a>", with: ""),
        ])
        #expect(lines(report) == [
            "sites/portal/site.yaml:1:1: error: identity.footer: 10 of 10 pages do not show the 我为政府网站找错 link (such as index.html); keep it in the footer template of every page",
        ])
    }

    @Test func footerLinksAreFoundAsTemplatesWriteThemWithTheSiteCodeFilledIn() throws {
        let config = FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(
            of: "contact: 023-1 }",
            with: "contact: 023-1, conac_url: \"https://bszs.conac.cn/sitename?method=show&id=0A1B2C\" }")
        // The default 找错 address holds `{site_code}`, `{url}` and `&`, which pages show filled in and escaped.
        #expect(lines(try check(["sites/portal/site.yaml": config])) == [])
    }

    @Test func inaccessibleContent() throws {
        let body = """
            ![](../../assets/map.png)

            #### 细则

            |  |  |
            | --- | --- |
            | 甲 | 乙 |

            详见[点击这里](../notices/n.md)。
            """
        let report = try check([
            "\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-30", body: body),
            "sites/portal/assets/map.png": "png",
        ])
        #expect(report.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
            "6:1 content.image-alt", "8:1 content.heading-level", "10:1 content.table-header", "14:3 content.link-text",
        ])
    }

    @Test func policyWithoutItsInterpretation() throws {
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        config += "\n  - { id: policy, title: 政策文件, kind: policy }\n"
        let policy = "sites/portal/content/policy"
        let alone = try check(["sites/portal/site.yaml": config, "\(policy)/p.md": FixtureGroup.document("title: 关于…的通知\ndate: 2024-05-30")])
        #expect(lines(alone) == [
            "\(policy)/p.md:2:8: warning: policy.interpretation: the policy document does not link to its interpretation (解读); publish the 解读 and link to it, e.g. [政策解读](2024-policy-02.md)",
        ])
        let together = try check([
            "sites/portal/site.yaml": config,
            "\(policy)/p.md": FixtureGroup.document("title: 关于…的通知\ndate: 2024-05-30", body: "[解读](p-jiedu.md)"),
            "\(policy)/p-jiedu.md": FixtureGroup.document("title: 《关于…的通知》政策解读\ndate: 2024-05-30"),
        ])
        #expect(lines(together) == [])
    }

    @Test func severityIsConfigurablePerRule() throws {
        let report = try check([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  severity: { column.empty: error }\n",
            "\(Self.notices)/n.md": FixtureGroup.document("title: 草稿\ndate: 2024-05-30\ndraft: true"),
        ])
        #expect(report.diagnostics.map { "\($0.severity) \($0.code)" } == ["error column.empty"])
    }

    @Test func fiveEmptyColumnsFailTheSite() throws {
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        for index in 1...5 { config += "\n  - { id: empty\(index), title: 空栏目\(index), kind: info }" }
        let report = try check(["sites/portal/site.yaml": config + "\n"])
        #expect(report.diagnostics.map(\.code) == Array(repeating: "column.empty", count: 5))
        #expect(report.verdicts.first?.reasons.map(\.chinese) == ["5 个空白栏目"])
    }
}
