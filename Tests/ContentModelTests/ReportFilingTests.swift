import ContentModel
import Foundation
import Testing
import TestSupport

@Suite("The figures editors file for the annual reports (sites/<site>/reports/<year>.yaml)")
struct ReportFilingTests {
    private static let path = "sites/portal/reports/2025.yaml"

    @Test func wrongValuesAreToldAtTheirFileAndLine() throws {
        let fixture = try FixtureGroup([Self.path: """
            website:
              visits: many
              monitoring: maybe
              wechat_name: [a, b]
              pageviews: 3
            disclosure:
              fees: 十万
            nonsense: 1
            """])
        let known = ReportField.website.map { String($0.name) }.joined(separator: ", ")
        #expect(try fixture.printedDiagnostics() == [
            "\(Self.path):2:11: error: report.invalid: 'visits' must be a whole number of at least 0; write it as digits, such as `visits: 10`",
            "\(Self.path):3:15: error: report.invalid: 'monitoring' must be true or false; write `monitoring: true` or `monitoring: false`",
            "\(Self.path):4:16: error: report.invalid: 'wechat_name' must be text; write `wechat_name: …` on one line",
            "\(Self.path):5:3: warning: report.unknown-key: 'pageviews' is not a known setting and is ignored; use one of: \(known)",
            "\(Self.path):7:9: error: report.invalid: 'fees' must be an amount such as 12.5 (found \"十万\"); write the amount in 万元 with digits and a decimal point",
            "\(Self.path):8:1: warning: report.unknown-key: 'nonsense' is not a known setting and is ignored; use one of: website, disclosure",
        ])
    }

    @Test func theReadmesChineseLineIsWhatAnEditorSees() throws {
        let fixture = try FixtureGroup(["sites/forestry/site.yaml": FixtureGroup.forestrySite, "sites/forestry/reports/2026.yaml": "website:\n  visits: many\n"])
        let line = try #require(try fixture.diagnostics().first).line(in: .chinese)
        #expect(line == "sites/forestry/reports/2026.yaml:2:11: 错误: report.invalid: “visits”应为整数（不小于 0）；用数字填写，例如 `visits: 10`")
        let readme = try String(contentsOf: RuleRegistryTests.readme, encoding: .utf8)
        #expect(readme.contains("\n\(line)\n"))
    }

    @Test func aFileNotNamedForAYearAndBrokenYAMLAreErrors() throws {
        let fixture = try FixtureGroup(["sites/portal/reports/notes.yaml": "visits: 1\n", Self.path: "website:\n  visits: [1\n"])
        #expect(try fixture.printedDiagnostics() == [
            "\(Self.path):2:11: error: report.syntax: the YAML cannot be read: while parsing a flow sequence, did not find expected ',' or ']'; check the indentation and quoting on this line; put text with `:` or `#` in quotes",
            "sites/portal/reports/notes.yaml:1:1: error: report.invalid-name: this file is not named for the year it reports; name it like sites/portal/reports/2026.yaml",
        ])
        #expect(try fixture.build().errorCodes == ["report.syntax", "report.invalid-name"])
    }

    /// The README's example file reads without a problem, and names every figure editors may fill in.
    @Test func theReadmesExampleFileIsValidAndNamesEveryFigure() throws {
        let readme = try String(contentsOf: RuleRegistryTests.readme, encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\n# sites/forestry/reports/2026.yaml\n"))
        let example = try #require(readme[start.upperBound...].components(separatedBy: "```").first)
        let fixture = try FixtureGroup(["sites/forestry/site.yaml": FixtureGroup.forestrySite, "sites/forestry/reports/2026.yaml": example])
        #expect(try fixture.printedDiagnostics() == [])
        for field in ReportField.all {
            #expect(example.contains(String(field.name)), "\(field.key)")
        }
    }

    @Test func aColumnOrAPageCannotTakeTheReportsAddress() throws {
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]! + "\n  - { id: report, title: 报告, kind: news }\n",
            "sites/portal/pages/report.md": FixtureGroup.document("title: 报告\ndate: 2025-01-01"),
        ])
        #expect(try fixture.diagnostics().map(\.code) == ["page.reserved-slug", "column.reserved-id"])
    }

    @Test func aFilledFileIsReadAsWrittenAndWhatIsLeftOutIsAbsent() throws {
        let fixture = try FixtureGroup([Self.path: "website:\n  visits: 0120\n  drills: no\n  phone: 023-1\ndisclosure:\n  fees: '1.10'\n"])
        #expect(try fixture.diagnostics() == [])
        let site = try #require(try GroupLoader(root: fixture.root.path).load().group.sites.first)
        #expect(site.filings == [ReportFiling(year: 2025, path: Self.path, values: [
            "website.visits": .count(120), "website.drills": .flag(false), "website.phone": .text("023-1"), "disclosure.fees": .amount("1.10"),
        ])])
    }
}
