import ContentModel
import Foundation
import SiteInspector
import Testing
import TestSupport

@Suite("Early warnings before the inspection's limits: the home page, news columns, empty columns")
struct EarlyWarningTests {
    func check(_ files: [String: String] = [:], today: String) throws -> [String] {
        try FixtureGroup(InspectionRuleTests.current.merging(files) { $1 }).inspect(today: today).diagnostics.map(\.description)
    }

    @Test func theHomePageAndANewsColumnAreWarnedAboutAfterTenDays() throws {
        #expect(try check(today: "2024-06-09") == [])
        #expect(try check(today: "2024-06-10") == [
            "sites/portal/site.yaml:1:1: warning: home.stale-soon: the home page has shown no new item for 11 days; after 14 the site fails; publish a current document in a column of the menu within 4 days",
            "sites/portal/site.yaml:6:5: warning: column.stale-soon: the column 要闻 has had no new document for 11 days; after 14 it is stale; publish a current document in it within 4 days",
        ])
        #expect(try check(today: "2024-06-14") .count == 2)
        #expect(try check(today: "2024-06-15").map { $0.components(separatedBy: ": ")[2] } == ["home.stale", "column.stale"])
    }

    @Test func theWarningDaysAreASetting() throws {
        var config = FixtureGroup.basics["sitegroup.yaml"]!
        config += "check:\n  warn_days: 5\n"
        #expect(try check(["sitegroup.yaml": config], today: "2024-06-05").map { $0.components(separatedBy: ": ")[2] } == ["home.stale-soon", "column.stale-soon"])
    }

    @Test func twoEmptyColumnsAreWarnedAboutBeforeFiveFailTheSite() throws {
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        config += "\n  - { id: policy, title: 政策文件, kind: policy }\n  - { id: guide, title: 办事指南, kind: service }\n"
        let found = try check(["sites/portal/site.yaml": config], today: "2024-06-01")
        #expect(found.first == "sites/portal/site.yaml:1:1: warning: site.empty-columns: 2 columns of the site are empty; 5 fail it; publish in the empty columns, or remove them from site.yaml and nav")
        #expect(found.dropFirst().map { $0.components(separatedBy: ": ")[2] } == ["column.empty", "column.empty"])
        var group = FixtureGroup.basics["sitegroup.yaml"]!
        group += "check:\n  warn_empty_columns: 3\n"
        #expect(try check(["sites/portal/site.yaml": config, "sitegroup.yaml": group], today: "2024-06-01").count == 2, "2 empty columns, and no warning")
    }
}
