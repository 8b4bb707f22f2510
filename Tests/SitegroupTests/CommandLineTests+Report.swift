import Foundation
import Testing
import TestSupport

/// `sitegroup report annual`, run as an administrator runs it.
extension CommandLineTests {
    @Test func reportAnnualPrintsEachFormatAndFailsOnTheGroupsErrors() throws {
        let fixture = try FixtureGroup(AnnualReportFixture.files)
        let arguments = ["report", "annual", "--root", fixture.root.path, "--year", "2025", "--today", AnnualReportFixture.now]
        let text = try run(arguments)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("政府网站工作年度报表（2025年度）\n网站：门户\n"))
        #expect(text.stdout.contains("\n政府信息公开工作年度报告（2025年度）\n"))
        let csv = try run(arguments + ["--format", "csv"])
        #expect(csv.stdout.hasPrefix("网站,报表,年度,表,项目,栏目,数值\r\n"))
        #expect(csv.stdout.contains("\r\n门户,政府网站工作年度报表,2025,网站访问,独立用户访问总量（个）,数值,未填报\r\n"))
        let json = try run(arguments + ["--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["report"] as? String } == ["website", "disclosure"])
        #expect(try run(arguments + ["--format", "xml"]).status == 2)

        try fixture.write(["sites/portal/reports/2025.yaml": "website:\n  visits: many\n"])
        let failed = try run(arguments + ["--lang", "en"])
        #expect(failed.status == 1 && failed.stdout == "")
        #expect(failed.stderr.contains("sites/portal/reports/2025.yaml:2:11: error: report.invalid: 'visits' must be a whole number of at least 0"))
    }
}
