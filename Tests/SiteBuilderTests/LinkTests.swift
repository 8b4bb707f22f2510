import Testing
import TestSupport

@Suite("Editors link to documents by their Markdown paths")
struct LinkTests {
    private static let news = "sites/portal/content/news"
    private static let dept: [String: String] = [
        "sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\ncolumns:\n  - { id: notices, title: 通知, kind: notice }\n",
        "sites/dept/content/notices/fire.md": FixtureGroup.document("title: 防火通知\ndate: 2024-05-01"),
        "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2024-05-01"),
    ]

    private func article(_ body: String, extra: [String: String] = [:]) throws -> (FixtureGroup, BuildOutcome) {
        let fixture = try FixtureGroup(Self.dept.merging(extra) { $1 }.merging(["\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: body)]) { $1 })
        return (fixture, try fixture.build())
    }

    @Test func linkToADocumentOfTheSameSiteBecomesItsPage() throws {
        let (fixture, _) = try article("见[通知](../notices/n.md#part)。")
        #expect(fixture.output("portal/news/a/index.html")?.contains("<a href=\"../../notices/n/#part\">通知</a>") == true)
    }

    @Test func linkToAnotherSiteBecomesAnAbsoluteAddress() throws {
        let (fixture, _) = try article("见[防火通知](../../../dept/content/notices/fire.md)。")
        #expect(fixture.output("portal/news/a/index.html")?.contains("<a href=\"https://dept.example.gov.cn/notices/fire/\">") == true)
    }

    @Test func linkToAnAssetOfTheSite() throws {
        let (fixture, _) = try article("![图](../../assets/img/map.png)", extra: ["sites/portal/assets/img/map.png": "png"])
        #expect(fixture.output("portal/news/a/index.html")?.contains("<img src=\"../../assets/img/map.png\" alt=\"图\" />") == true)
    }

    @Test func externalAndSiteRootLinksAreKept() throws {
        let (fixture, _) = try article("[国务院](https://www.gov.cn/) [邮件](mailto:a@example.gov.cn) [本站](/notices/)")
        let page = try #require(fixture.output("portal/news/a/index.html"))
        #expect(page.contains("href=\"https://www.gov.cn/\""))
        #expect(page.contains("href=\"mailto:a@example.gov.cn\""))
        #expect(page.contains("href=\"../../notices/\""))
    }

    @Test func brokenLinkStopsTheBuildWithFileAndLine() throws {
        let (fixture, outcome) = try article("第一段。\n\n引用 [EB/OL](2011-07-22) 的资料。")
        #expect(outcome.errors == [
            "\(Self.news)/a.md:8:4: error: link.broken: the link \"2011-07-22\" leads to \(Self.news)/2011-07-22, which does not exist; put the file under the site's assets/ folder and link to it there",
        ])
        #expect(fixture.outputFiles() == [])
    }

    @Test func linkToAnUnpublishedDocumentIsAnError() throws {
        let (_, outcome) = try article("见[草稿](../notices/draft.md)", extra: [
            "sites/portal/content/notices/draft.md": FixtureGroup.document("title: 草稿\ndate: 2024-05-01\ndraft: true"),
        ])
        #expect(outcome.errorCodes == ["link.unpublished"])
        #expect(outcome.diagnostics.last?.message.english.hasSuffix("which is a draft") == true)
    }

    @Test func linkThatClimbsOutOfTheGroup() throws {
        let (_, outcome) = try article("[外部](../../../../../../etc/passwd.md)")
        #expect(outcome.errorCodes == ["link.outside-group"])
    }
}
