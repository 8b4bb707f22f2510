import Foundation
import SiteInspector
import Testing
import TestSupport

/// The verdict lines of the national indicators: 5 stale news, notice or policy columns, 10 stale columns in all,
/// 5 empty columns — one fewer of each passes.
@Suite("A site's verdict follows the indicators' thresholds")
struct VerdictTests {
    /// A portal whose menu column is current, with `staleNews` news columns last updated 31 days before the
    /// inspected day, `staleInfo` info columns 400 days before, and `empty` columns with nothing published.
    func verdict(staleNews: Int = 0, staleInfo: Int = 0, empty: Int = 0) throws -> [String] {
        var config = """
            name: 门户
            base_url: https://www.example.gov.cn/
            theme: t
            identity: { sponsor: 办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }
            nav: [fresh]
            columns:
              - { id: fresh, title: 要闻, kind: news }

            """
        var files = ["sites/portal/content/fresh/a.md": FixtureGroup.document("title: 新\ndate: 2025-05-31")]
        for (count, kind, prefix, date) in [(staleNews, "news", "stale", "2025-05-01"), (staleInfo, "info", "old", "2024-04-01"), (empty, "info", "empty", "")] {
            for index in 0..<count {
                config += "  - { id: \(prefix)\(index), title: 栏目\(index), kind: \(kind) }\n"
                if !date.isEmpty { files["sites/portal/content/\(prefix)\(index)/a.md"] = FixtureGroup.document("title: 旧\ndate: \(date)") }
            }
        }
        files["sites/portal/site.yaml"] = config
        let report = try FixtureGroup(files).inspect(today: "2025-06-01")
        return try #require(report.verdicts.first).reasons.map(\.english)
    }

    @Test func staleNewsNoticeAndPolicyColumns() throws {
        #expect(try verdict(staleNews: 4) == [])
        #expect(try verdict(staleNews: 5) == ["5 news, notice and policy columns are stale"])
    }

    @Test func staleColumnsInAll() throws {
        #expect(try verdict(staleInfo: 9) == [])
        #expect(try verdict(staleInfo: 10) == ["10 columns are stale"])
    }

    @Test func emptyColumns() throws {
        #expect(try verdict(empty: 4) == [])
        #expect(try verdict(empty: 5) == ["5 columns are empty"])
    }
}
