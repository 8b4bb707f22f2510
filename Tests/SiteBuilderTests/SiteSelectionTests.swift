import Foundation
import Testing
import TestSupport

/// `--site` builds only the named sites, and still checks their links to the others.
@Suite("Building some sites of the group")
struct SiteSelectionTests {
    func group(linking link: String) throws -> FixtureGroup {
        try FixtureGroup([
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 林业\ndate: 2024-05-01", body: "见[要闻](\(link))。"),
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01"),
        ])
    }

    @Test func linksToSitesNotBuiltAreStillChecked() throws {
        let fixture = try group(linking: "../../../portal/content/news/gone.md")
        #expect(try fixture.build(sites: ["forestry"]).errors == [
            "sites/forestry/content/news/f.md:6:2: error: link.broken: the link \"../../../portal/content/news/gone.md\" leads to sites/portal/content/news/gone.md, which does not exist; check the file name and the number of ../ in the path",
        ])
        #expect(fixture.outputFiles() == [])
    }

    @Test func onlyTheNamedSitesAreWrittenAndTheirLinksLeadToTheOthers() throws {
        let fixture = try group(linking: "../../../portal/content/news/a.md")
        #expect(try fixture.build(sites: ["forestry"]).summaries.map(\.siteID) == ["forestry"])
        #expect(fixture.outputFiles().allSatisfy { $0.hasPrefix("forestry/") || ["forestry.manifest.json", "sitemap.xml"].contains($0) })
        #expect(fixture.output("forestry/news/f/index.html")?.contains("href=\"https://www.example.gov.cn/news/a/\"") == true)
    }
}
