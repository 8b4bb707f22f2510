import ContentModel
import Foundation
import SiteInspector
import Testing
import TestSupport

/// `build` and `check` run one pipeline: every problem of every kind in one run, the secrecy gate stops a build as
/// it fails a check, and `check:` settings apply to both (issue 11, items 6, 7 and 8).
@Suite("build and check find the same problems in one run")
struct BuildAndCheckAgreeTests {
    static let news = "sites/portal/content/news"
    static let secretGroup = "name: 测试网站群\nportal: portal\ncheck:\n  sensitive_words: [绝密, 机密, 内部资料]\n"

    func sensitiveLines(_ report: InspectionReport) -> [String] {
        report.diagnostics.filter { $0.rule == .secrecySensitiveWord }.map { "\($0.location.line):\($0.location.column) \($0.message.english)" }
    }

    @Test func disclosureErrorsDoNotHideLinkErrors() throws {
        let fixture = try FixtureGroup([
            "\(Self.news)/a.md": FixtureGroup.document("title: 公开\ndate: 2024-05-01\nsummary: 概述\ndisclosure: { genre: 通知 }"),
            "\(Self.news)/b.md": FixtureGroup.document("title: 链接\ndate: 2024-05-01", body: "见[不存在](nowhere.md)。"),
        ])
        let outcome = try fixture.build()
        #expect(outcome.errorCodes == ["disclosure.missing-index", "disclosure.missing-written", "link.broken"])
        #expect(fixture.outputFiles() == [])
    }

    @Test func templateErrorsAndFrontMatterErrorsAreListedTogether() throws {
        let fixture = try FixtureGroup([
            "\(Self.news)/a.md": FixtureGroup.document("title: 一\ndate: 明天"),
            "\(Self.news)/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-01", body: "[坏](../../../nosuch/x.md)"),
            "themes/t/layouts/list.mustache": "{{#items}}{{title}}",
        ])
        let codes = try fixture.build().errorCodes
        #expect(codes == ["front-matter.invalid-date", "link.broken", "template.syntax"])
    }

    @Test(arguments: ["机密", "绝密", "内部资料"])
    func sensitiveWordsStopTheBuild(word: String) throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": Self.secretGroup,
            "\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: "本文含\(word)内容。"),
        ])
        let outcome = try fixture.build()
        #expect(outcome.errors == [
            "\(Self.news)/a.md:6:4: error: secrecy.sensitive-word: the sensitive word “\(word)” appears here; remove or rephrase it, and have the text reviewed before publication (保密审查)",
        ])
        #expect(fixture.outputFiles() == [])
    }

    @Test func aScheduledDocumentIsSearchedBeforeItsDayComes() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": Self.secretGroup,
            "\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01"),
            "\(Self.news)/later.md": FixtureGroup.document("title: 下月发布\ndate: 2024-06-01", body: "内部资料。"),
        ])
        let before = try #require(ISO8601DateFormatter().date(from: "2024-05-02T00:00:00Z"))
        #expect(try fixture.build(now: before).errorCodes == ["secrecy.sensitive-word"])
    }

    @Test func aSitesOwnSeverityAppliesToItsFiles() throws {
        let config = FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(of: ", contact: 023-1", with: "")
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": config + "\ncheck:\n  severity: { identity.missing: error }\n",
            "sites/forestry/site.yaml": config.replacingOccurrences(of: "https://www.", with: "https://lyj."),
        ])
        #expect(try fixture.build().diagnostics.map { "\($0.location.path) \($0.severity)" } == [
            "sites/forestry/site.yaml warning", "sites/portal/site.yaml error",
        ])
    }

    @Test func wordsAreFoundInTheTextAsRendered() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": Self.secretGroup,
            "\(Self.news)/a.md": FixtureGroup.document("title: \"绝密要闻\"\ndate: 2024-05-01",
                                                         body: "第一行含绝\n密内容。\n\n其中含绝**密**内容。\n\n绝密文件与机密文件，另一份绝密。"),
        ])
        let found = sensitiveLines(try fixture.inspect(today: "2024-05-02"))
        #expect(found == [
            "2:9 the sensitive word “绝密” appears here",
            "6:5 the sensitive word “绝密” appears here",
            "9:4 the sensitive word “绝密” appears here",
            "11:1 the sensitive word “绝密” appears here",
            "11:6 the sensitive word “机密” appears here",
            "11:14 the sensitive word “绝密” appears here",
        ])
        #expect(try fixture.build().errorCodes == Array(repeating: "secrecy.sensitive-word", count: 6))
    }

    @Test func aSeveritySetInCheckAppliesToTheBuild() throws {
        let config = FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(of: ", contact: 023-1", with: "")
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": config,
            "\(Self.news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
        ])
        let unset = try fixture.build()
        #expect(unset.diagnostics.map { "\($0.severity) \($0.code)" } == ["warning identity.missing"], "a warning in build unless set")
        #expect(unset.summaries.count == 1)
        try fixture.remove("public")
        try fixture.write(["sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  severity: { identity.missing: error }\n"])
        #expect(try fixture.build().errorCodes == ["identity.missing"])
        #expect(fixture.outputFiles() == [])
        try fixture.write(["sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  severity: { identity.missing: warning }\n"])
        #expect(try fixture.inspect(today: "2024-05-02").diagnostics.filter { $0.rule == .identityMissing }.map(\.severity) == [.warning])
    }

    @Test func aRuleMadeAWarningDoesNotStopTheSitesAfterIt() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  severity: { link.broken: warning }\n",
            "sites/forestry/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(of: "https://www.", with: "https://lyj."),
            "\(Self.news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "[坏](nowhere.md)"),
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 林\ndate: 2024-05-01"),
        ])
        let outcome = try fixture.build()
        #expect(outcome.diagnostics.map { "\($0.severity) \($0.code)" } == ["warning link.broken"])
        #expect(outcome.summaries.map(\.siteID) == ["forestry", "portal"])
    }

    @Test func anUnknownRuleNameIsAnErrorListingTheKnownOnes() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  severity:\n    link.brokn: warning\n",
        ])
        let problem = try #require(try fixture.diagnostics().first)
        #expect(problem.description.hasPrefix(
            "sitegroup.yaml:5:5: error: check.unknown-rule: there is no rule 'link.brokn'; use one of: check.invalid, check.invalid-severity, "))
        #expect(Rule.allCases.allSatisfy { problem.fix.english.contains($0.code) })
        #expect(problem.line(in: .chinese).contains("没有名为“link.brokn”的规则；可用的规则有：check.invalid、"))
    }
}
