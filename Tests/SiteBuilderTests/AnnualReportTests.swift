import AnnualReport
import ContentModel
import Foundation
import Pipeline
import SiteBuilder
import Testing
import TestSupport

@Suite("Annual reports (年度报表): every figure from content and the editors' YAML, in text, CSV, JSON and the page")
struct AnnualReportTests {
    private static let now = ISO8601DateFormatter().date(from: "2026-09-21T12:00:00+08:00")!

    private func reports(_ fixture: FixtureGroup, year: Int) throws -> [AnnualReport] {
        let run = try Pipeline.report(root: fixture.root.path, now: .endOfDay(AnnualReportFixture.now)).run()
        return try #require(run.resolved).annualReports(year: year)
    }

    @Test func everyFigureIsTheSameInTextCSVJSONAndThePage() throws {
        let fixture = try FixtureGroup(AnnualReportFixture.files)
        #expect(try fixture.build(now: Self.now).errors == [])
        let reports = try reports(fixture, year: 2025)
        #expect(reports.map(\.heading) == ["政府网站工作年度报表（2025年度）", "政府信息公开工作年度报告（2025年度）"])
        for (report, kind) in zip(reports, ["website", "disclosure"]) {
            let csv = try #require(fixture.output("portal/report/2025/\(kind).csv"))
            #expect(csv == report.csv)
            let data = Data(try #require(fixture.output("portal/report/2025/\(kind).json")).utf8)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(json["report"] as? String == kind && json["year"] as? Int == 2025 && json["title"] as? String == report.kind.title)
            #expect(json["site"] as? [String: String] == ["id": "portal", "name": "门户"])
            let tables = try #require(json["tables"] as? [[String: Any]])
            let page = try #require(fixture.output(kind == "website" ? "portal/report/2025/index.html" : "portal/report/2025/disclosure/index.html"))
            let figures = AnnualReportFixture.figures2025.filter { $0.report == kind }
            #expect(figures.count == tables.reduce(0) { $0 + (($1["rows"] as? [Any])?.count ?? 0) }, "every row of \(kind) is asserted")
            for figure in figures {
                let table = try #require(tables.first { $0["caption"] as? String == figure.table }, "\(figure.table)")
                let columns = try #require(table["columns"] as? [String])
                let row = try #require((table["rows"] as? [[String: Any]])?.first { $0["label"] as? String == figure.label }, "\(figure.label)")
                let values = try #require(row["values"] as? [Any])
                #expect(values.count == figure.values.count)
                for (value, expected) in zip(values, figure.values) {
                    #expect(Self.matches(value, expected), "\(figure.label): JSON \(value), expected \(expected)")
                }
                let line = columns.count == 1 ? "  \(figure.label)：\(figure.values[0])"
                    : "  \(figure.label)：" + zip(columns, figure.values).map { "\($0) \($1)" }.joined(separator: "，")
                #expect(report.text.split(separator: "\n").contains(Substring(line)), "text: \(line)")
                for (column, value) in zip(columns, figure.values) {
                    let csvLine = "门户,\(report.kind.title),2025,\(figure.table),\(figure.label),\(column),\(value)"
                    #expect(csv.components(separatedBy: "\r\n").contains(csvLine), "CSV: \(csvLine)")
                }
                #expect(page.contains("\(figure.label)=\(figure.values.map { $0 + ";" }.joined())"), "page: \(figure.label)")
            }
        }
    }

    /// A figure in JSON: a number, a boolean for 是/否, text, and null for one not filed (never 0).
    private static func matches(_ value: Any, _ expected: String) -> Bool {
        switch expected {
        case Figure.missingText: return value is NSNull
        case "是", "否": return (value as? Bool) == (expected == "是")
        default:
            if let text = value as? String { return text == expected }
            return (value as? NSNumber)?.doubleValue == Double(expected)
        }
    }

    @Test func aYearWithoutFilingShowsEveryFiledFigureAsMissing() throws {
        let fixture = try FixtureGroup(AnnualReportFixture.files)
        let website = try #require(try reports(fixture, year: 2024).first)
        for field in ReportField.website {
            #expect(website.text.contains("  \(field.label)：未填报\n"), "\(field.label)")
        }
        #expect(website.text.contains("  解读信息发布总数（条）：未填报\n"), "a total of figures not filed is not known either")
        #expect(website.text.contains("  平均办理时间（天）：—\n"), "no message answered, no average")
        let json = try #require(try JSONSerialization.jsonObject(with: website.json) as? [String: Any])
        let messages = try #require((json["tables"] as? [[String: Any]])?.first { $0["caption"] as? String == "互动交流：留言办理" }?["rows"] as? [[String: Any]])
        #expect(messages.first { $0["label"] as? String == "平均办理时间（天）" }?["values"] as? [NSNull] == [NSNull()])
        let disclosure = try #require(try reports(fixture, year: 2024).last)
        #expect(disclosure.text.contains("  行政规范性文件：本年制发件数 1，本年废止件数 1，现行有效件数 0\n"))
        #expect(disclosure.text.contains("  行政复议：结果维持 未填报，结果纠正 未填报，其他结果 未填报，尚未审结 未填报，总计 未填报\n"))
    }

    @Test func pagesForEndedYearsAndFiledYearsLinkedFromTheSiteMap() throws {
        let fixture = try FixtureGroup(AnnualReportFixture.files)
        #expect(try fixture.build(now: Self.now).errors == [])
        let reportFiles = fixture.outputFiles().filter { $0.hasPrefix("portal/report/") }
        #expect(reportFiles == ["2024", "2025"].flatMap { year in
            ["disclosure.csv", "disclosure.json", "disclosure/index.html", "index.html", "website.csv", "website.json"].map { "portal/report/\(year)/\($0)" }
        })
        #expect(fixture.output("portal/sitemap/index.html") == "map|政府网站工作年度报表（2025年度）>../report/2025/,政府信息公开工作年度报告（2025年度）>../report/2025/disclosure/,"
                + "政府网站工作年度报表（2024年度）>../report/2024/,政府信息公开工作年度报告（2024年度）>../report/2024/disclosure/,<!-- data-a11y-tools -->")
        #expect(fixture.output("portal/catalog/index.html") == "catalog|全部|政府网站工作年度报表（2025年度）>../report/2025/,政府信息公开工作年度报告（2025年度）>../report/2025/disclosure/,"
                + "政府网站工作年度报表（2024年度）>../report/2024/,政府信息公开工作年度报告（2024年度）>../report/2024/disclosure/,")
        // Filing figures for the year under way asks for its report now.
        try fixture.write(["sites/portal/reports/2026.yaml": "website:\n  visits: 5\n"])
        #expect(try fixture.build(now: Self.now).errors == [])
        #expect(fixture.output("portal/report/2026/website.csv")?.contains("门户,政府网站工作年度报表,2026,网站访问,网站总访问量（次）,数值,5\r\n") == true)
    }

    @Test func thePortalLinksEveryDepartmentSitesReports() throws {
        let fixture = try FixtureGroup(AnnualReportFixture.files.merging([
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/content/news/a.md": FixtureGroup.document("title: 林业动态\ndate: 2024-03-01"),
        ]) { _, new in new })
        #expect(try fixture.build(now: Self.now).errors == [])
        let map = try #require(fixture.output("portal/sitemap/index.html"))
        #expect(map.contains(",示例市林业局:政府网站工作年度报表（2024年度）>https://lyj.example.gov.cn/report/2024/,"
                             + "示例市林业局:政府信息公开工作年度报告（2024年度）>https://lyj.example.gov.cn/report/2024/disclosure/,<!--"))
        #expect(fixture.output("forestry/sitemap/index.html") == "map|政府网站工作年度报表（2024年度）>../report/2024/,政府信息公开工作年度报告（2024年度）>../report/2024/disclosure/,<!-- data-a11y-tools -->")
        #expect(fixture.output("forestry/report/2024/website.csv")?.contains("示例市林业局,政府网站工作年度报表,2024,网站基本信息,网站类型,数值,部门网站\r\n") == true)
    }

    @Test func aChangedFigureRemakesTheReportInACachedBuild() throws {
        let fixture = try FixtureGroup(AnnualReportFixture.files)
        #expect(try fixture.build(now: Self.now).errors == [])
        try fixture.write(["sites/portal/reports/2025.yaml": "website:\n  visits: 2000\n"])
        #expect(try fixture.build(now: Self.now).errors == [])
        #expect(fixture.output("portal/report/2025/index.html")?.contains("网站总访问量（次）=2000;") == true)
        #expect(fixture.output("portal/report/2025/website.csv")?.contains(",网站总访问量（次）,数值,2000\r\n") == true)
        #expect(fixture.output("portal/report/2025/website.json")?.contains("\"label\" : \"解读产品数量（条）\",\n          \"values\" : [\n            null\n") == true)
        try fixture.write(["sites/portal/content/news/e.md": FixtureGroup.document("title: 补发要闻\ndate: 2025-12-30")])
        #expect(try fixture.build(now: Self.now).errors == [])
        #expect(fixture.output("portal/report/2025/index.html")?.contains("总数（条）=11;") == true)
    }

    @Test func whatTheTemplatesOfferReadersIsReadFromTheirMarks() {
        #expect(SiteFeatures(templates: ["<form role=\"search\" action=\"search/\">"]) == SiteFeatures(search: true))
        #expect(SiteFeatures(templates: ["<div data-a11y-tools hidden>", "<a hreflang=\"en\" href=\"/en/\">English</a>"])
                == SiteFeatures(accessibility: true, languages: true))
        #expect(SiteFeatures(templates: ["<p>搜索</p>"]) == SiteFeatures())
    }

    /// A search form in the templates counts only while the site's search is on: `search: false` takes the form away.
    @Test func aSiteWhoseSearchIsOffDoesNotReportSearch() throws {
        let base = "{{$main}}{{/main}}{{#site.search_url}}<form role=\"search\" action=\"{{site.search_url}}\"></form>{{/site.search_url}}"
        let portal = try #require(AnnualReportFixture.files["sites/portal/site.yaml"])
        for (settings, offered) in [("", "是"), ("search: false\n", "否")] {
            let fixture = try FixtureGroup(AnnualReportFixture.files.merging([
                "themes/t/layouts/base.mustache": base,
                "sites/portal/site.yaml": settings + portal,
            ]) { $1 })
            #expect(try fixture.build(now: Self.now).errors == [])
            #expect(fixture.output("portal/report/2025/index.html")?.contains("搜索即服务=\(offered);") == true, "\(settings)")
        }
    }

    /// The default theme's page shows the sample's filed and derived figures as a table, linked from 信息公开 and the
    /// 网站地图.
    @Test func theSamplesReportPagesInTheDefaultTheme() throws {
        let output = TemporaryFolder("sitegroup-sample-report")
        let run = try Pipeline.build(root: SampleGroupTests.repository.path, output: output.url.path, now: .endOfDay("2026-11-23"),
                                     sites: ["forestry"], cache: .none, claim: false).run()
        #expect(run.problems.filter { $0.severity == .error } == [])
        func page(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: output.url.appendingPathComponent("forestry/\(path)")), as: UTF8.self)
        }
        let website = try page("report/2026/index.html")
        #expect(website.contains("<tr><th scope=\"row\">网站总访问量（次）</th><td>316804</td></tr>"))
        #expect(website.contains("<tr><th scope=\"row\">微博名称</th><td class=\"missing\">未填报</td></tr>"))
        #expect(website.contains("<a href=\"../../report/2026/website.csv\" type=\"text/csv\">数据下载（CSV）</a>"))
        let disclosure = try page("report/2026/disclosure/index.html")
        #expect(disclosure.contains("<tr><th scope=\"row\">行政复议</th><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"))
        #expect(try page("catalog/index.html").contains("<a href=\"../report/2026/disclosure/\">政府信息公开工作年度报告（2026年度）</a>"))
        #expect(try page("sitemap/index.html").contains("<li><a href=\"../report/2026/\">政府网站工作年度报表（2026年度）</a></li>"))
    }

    /// The README's example is the sample's 林业局 report as `sitegroup report annual` prints it.
    @Test func theReadmeExampleIsTheSamplesReport() throws {
        let repository = SampleGroupTests.repository
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "prints, before its 政府信息公开工作年度报告:\n\n```\n"))
        let block = readme[start.upperBound...].prefix { _ in true }
        let example = try #require(block.components(separatedBy: "```\n").first)
        let run = try Pipeline.report(root: repository.path, now: .endOfDay("2026-11-23"), sites: ["forestry"]).run()
        let reports = try #require(run.resolved).annualReports(year: 2026)
        #expect(reports.first?.text == example)
        #expect(reports.count == 2)
    }
}
