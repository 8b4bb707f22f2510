import Foundation
import Testing
import TestSupport

/// Templates see `group.domain`, the parent domain of every site's host, on every page: the default theme keeps the
/// reading aids' settings in a cookie there, so every site of the group reads them.
@Suite("Every page knows the group's shared domain")
struct GroupDomainTests {
    @Test func everySiteSeesTheDomainItsHostsShare() throws {
        let fixture = try FixtureGroup([
            "themes/t/layouts/base.mustache": "{{group.domain}}|{{$main}}{{/main}}",
            "sites/forestry/site.yaml": """
                name: 林业局
                base_url: https://lyj.example.gov.cn/
                theme: t
                identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }
                columns:
                  - { id: news, title: 工作动态, kind: news }
                """,
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
            "sites/forestry/content/news/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-01"),
        ])
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("portal/news/a/index.html")?.hasPrefix("example.gov.cn|article|一") == true)
        #expect(fixture.output("forestry/news/b/index.html")?.hasPrefix("example.gov.cn|article|二") == true)
        #expect(fixture.output("forestry/index.html")?.hasPrefix("example.gov.cn|home") == true)
    }
}
