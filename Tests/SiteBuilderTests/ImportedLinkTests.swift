import Foundation
import Testing
import TestSupport

/// An imported Markdown body keeps its links as its author wrote them, relative to its file on the origin site.
@Suite("Links of imported bodies lead to the origin site's pages")
struct ImportedLinkTests {
    private static let identity = "identity: { sponsor: 示例市部门, site_code: \"5001000002\", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }"
    private static let copy = "sites/portal/content/news/dept-n.md"

    private func build(origin base: String, target: String = "title: 防火通知\ndate: 2024-05-01", now day: String = "2024-06-01") throws -> (FixtureGroup, BuildOutcome) {
        let fixture = try FixtureGroup([
            "sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\n\(Self.identity)\ncolumns:\n  - { id: news, title: 动态, kind: news }\n  - { id: notices, title: 通知, kind: notice }\n",
            "sites/dept/content/notices/fire.md": FixtureGroup.document(target),
            "sites/dept/content/news/n.md": FixtureGroup.document("title: 部门动态\ndate: 2024-05-02", body: "见[防火通知](../notices/fire.md)。"),
            Self.copy: FixtureGroup.document("""
                title: 部门动态
                date: 2024-05-02
                origin:
                  site: dept
                  id: dept/news/n
                  base: \(base)
                  path: content/news/n.md
                """, body: "见[防火通知](../notices/fire.md)，[关于](/about/)。"),
        ])
        return (fixture, try fixture.build(now: LinkStateTests.endOf(day)))
    }

    @Test func linksOfABodyFromAnotherSitegroupLeadToItsAddresses() throws {
        let (fixture, outcome) = try build(origin: "https://www.other.gov.cn/")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.errors == [])
        #expect(fixture.output("portal/news/dept-n/index.html")?.contains(
            "<a href=\"https://www.other.gov.cn/notices/fire/\">防火通知</a>，<a href=\"https://www.other.gov.cn/about/\">关于</a>") == true)
    }

    /// From a site of the group the links are checked as the origin's own are, and lead where the origin's pages are
    /// (its slugs included).
    @Test func linksOfABodyFromASiteOfTheGroupAreCheckedThere() throws {
        let (fixture, outcome) = try build(origin: "https://dept.example.gov.cn/", target: "title: 防火通知\ndate: 2024-05-01\nslug: fire-2024")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.errors == ["\(Self.copy):11:29: error: link.broken: the link \"/about/\" leads to https://dept.example.gov.cn/about/, which the site dept does not make; link to a document by the relative path of its Markdown file, such as ../notices/a.md"])
        try fixture.write([Self.copy: try #require(fixture.text(Self.copy)).replacingOccurrences(of: "，[关于](/about/)", with: "")])
        #expect(try fixture.build(now: LinkStateTests.endOf("2024-06-01")).diagnostics == [])
        #expect(fixture.output("portal/news/dept-n/index.html")?.contains("<a href=\"https://dept.example.gov.cn/notices/fire-2024/\">防火通知</a>") == true)
    }

    @Test func linkOfACopyToADocumentExpiredAtItsOriginIsItsText() throws {
        let (fixture, _) = try build(origin: "https://dept.example.gov.cn/")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try fixture.write([Self.copy: try #require(fixture.text(Self.copy)).replacingOccurrences(of: "，[关于](/about/)", with: ""),
                           "sites/dept/content/notices/fire.md": FixtureGroup.document("title: 防火通知\ndate: 2024-05-01\nexpires: 2024-06-01")])
        let outcome = try fixture.build(now: LinkStateTests.endOf("2024-06-02"))
        #expect(outcome.errors == [])
        #expect(outcome.diagnostics.map { "\($0.location.path) \($0.code)" } == ["sites/dept/content/news/n.md link.expired", "\(Self.copy) link.expired"])
        #expect(fixture.output("portal/news/dept-n/index.html")?.contains("<p>见防火通知。</p>") == true)
    }
}
