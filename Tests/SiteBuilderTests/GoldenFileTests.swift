import Foundation
import Testing
import TestSupport

/// The byte-exact contracts — the default theme's article page, a column feed, `catalog.json` and a site's sitemap —
/// compared with the files in `Goldens/`. `SITEGROUP_RECORD_GOLDENS=1` writes them anew and fails that run, so the
/// variable is never left set.
@Suite("Output matches the golden files byte for byte")
struct GoldenFileTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static let recording = ProcessInfo.processInfo.environment["SITEGROUP_RECORD_GOLDENS"] == "1"

    /// Output path → golden file name.
    static let contracts = [
        "portal/news/n2/index.html": "article.html",
        "portal/news/rss.xml": "news-rss.xml",
        "portal/catalog/catalog.json": "catalog.json",
        "portal/sitemap.xml": "sitemap.xml",
    ]

    /// A portal on the default theme: two news items, one linking to the other and to a policy document in the catalog.
    static func group() throws -> [String: String] {
        var files = try IncrementalBuildTests.defaultTheme()
        files["sitegroup.yaml"] = "name: 示例市网站群\nportal: portal\ntimezone: Asia/Shanghai\n"
        files["sites/portal/site.yaml"] = """
            name: 示例市人民政府
            base_url: https://www.example.gov.cn/
            theme: default
            identity: { sponsor: 示例市人民政府办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }
            columns:
              - { id: news, title: 政务要闻, kind: news }
              - { id: policy, title: 政策文件, kind: policy }
            """
        files["sites/portal/content/news/n1.md"] = FixtureGroup.document(
            "title: 全市政务公开工作会议召开\ndate: 2025-03-01 09:30\nauthor: 市政府办公室\ntags: [政务公开]", body: "会议强调，要深化政务公开。")
        files["sites/portal/content/news/n2.md"] = FixtureGroup.document(
            "title: 市政府常务会议研究部署森林防火工作\ndate: 2025-03-02 10:00\nsource: 示例市人民政府办公室",
            body: "会议听取了森林防火工作汇报。\n\n详见[通知](../policy/p1.md)和[上一次会议](n1.md)。\n\n| 区县 | 检查次数 |\n| --- | ---: |\n| 甲区 | 3 |")
        files["sites/portal/content/policy/p1.md"] = FixtureGroup.document("""
            title: 关于做好2025年森林防火工作的通知
            date: 2025-02-11 09:00
            summary: 部署2025年森林防火重点工作。
            disclosure:
              index_no: 500100001/2025-00001
              doc_no: 示府办发〔2025〕1号
              publisher: 示例市人民政府办公室
              written: 2025-02-10
              topic: 综合政务\\政务公开
              genre: 通知
              validity: 有效
            """, body: "各区县人民政府，市政府各部门：现就做好森林防火工作通知如下。")
        return files
    }

    @Test(arguments: contracts.keys.sorted())
    func matchesItsGoldenFile(_ path: String) throws {
        let fixture = try FixtureGroup(try Self.group())
        #expect(try fixture.build().errors == [])
        let made = try #require(fixture.output(path), "\(path) was not written")
        let golden = Self.goldens.appendingPathComponent(Self.contracts[path]!)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(made.utf8).write(to: golden)
            Issue.record("\(golden.lastPathComponent) recorded; run again without SITEGROUP_RECORD_GOLDENS to compare")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let difference = zip(made.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
            .map { "line \($0.offset + 1): made \($0.element.0), golden \($0.element.1)" } ?? "lengths differ"
        #expect(made == expected, "\(path) differs from Goldens/\(golden.lastPathComponent) at \(difference); if the change is meant, re-record with SITEGROUP_RECORD_GOLDENS=1")
    }
}
