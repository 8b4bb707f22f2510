import ContentModel
import Foundation
import Scaffolding
import TestSupport

/// A group with a portal, a forestry site and comments in its configuration, for `sitegroup new` to change; checked
/// as `sitegroup check` does, with a theme whose pages show the identity footer.
enum ScaffoldFixture {
    static let groupYAML = """
        # 网站群：门户和部门网站
        name: 测试网站群
        portal: portal   # 门户
        timezone: Asia/Shanghai

        # 部门信息报送门户，待审核
        sync:
          - name: forestry-news-to-portal
            from: forestry
            column: news
            to: portal
            into: dept-news    # 部门信息
            review: true

        # 每个 feed 的条数
        feed_length: 20

        """

    static let portalYAML = """
        name: 门户
        base_url: https://www.example.gov.cn/
        theme: t
        identity: { sponsor: 示例市人民政府办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }
        columns:
          - { id: news, title: 要闻, kind: news }
          - { id: dept-news, title: 部门信息, kind: news }
        """

    /// 2026-12-01 09:30 in Shanghai.
    static let now = Date(timeIntervalSince1970: 1_796_088_600)

    static func group(_ files: [String: String] = [:]) throws -> FixtureGroup {
        try FixtureGroup(FixtureGroup.footerTheme.merging([
            "sitegroup.yaml": groupYAML,
            "sites/portal/site.yaml": portalYAML,
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2026-11-30"),
            "sites/portal/content/dept-news/a.md": FixtureGroup.document("title: 部门信息\ndate: 2026-11-30"),
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/content/news/a.md": FixtureGroup.document("title: 动态\ndate: 2026-11-30"),
        ]) { $1 }.merging(files) { $1 })
    }

    static func scaffolder(_ fixture: FixtureGroup) throws -> Scaffolder {
        try Scaffolder(root: fixture.root.path, now: now)
    }

    /// The errors `sitegroup check` finds on the day of `now`, as printed.
    static func errors(_ fixture: FixtureGroup) throws -> [String] {
        try fixture.inspect(today: "2026-12-01").diagnostics.filter { $0.severity == .error }.map(\.description)
    }
}
