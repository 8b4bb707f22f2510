import ContentModel
import Foundation
import Testing
import TestSupport

@Suite("Site folders and column ids follow the rule of every address")
struct SiteAndColumnNameTests {
    @Test func aSiteFolderWithCapitals() throws {
        let group = try FixtureGroup(["sites/Forestry/site.yaml": "name: 林业局\nbase_url: https://lyj.example.gov.cn/\ntheme: t\n"])
        #expect(try group.printedDiagnostics().filter { $0.contains("site.invalid-id") } == [
            "sites/Forestry:1:1: error: site.invalid-id: the site folder \"Forestry\" cannot be used in a web address "
                + "(lower-case a-z, 0-9, '-' and '_', and no Windows device name); rename the folder to sites/forestry",
        ])
    }

    @Test func aColumnIdThatIsADeviceName() throws {
        let group = try FixtureGroup(["sites/portal/site.yaml": """
            name: 门户
            base_url: https://www.example.gov.cn/
            theme: t
            columns:
              - { id: News, title: 要闻, kind: news }
              - { id: aux, title: 辅助, kind: news }
            """])
        #expect(try group.printedDiagnostics().filter { $0.contains("column.invalid-id") } == [
            "sites/portal/site.yaml:5:11: error: column.invalid-id: the column id \"News\" cannot be used in a web address; write `id: news` and name the content folder the same",
            "sites/portal/site.yaml:6:11: error: column.invalid-id: the column id \"aux\" cannot be used in a web address; write `id: aux-1` and name the content folder the same",
        ])
    }
}
