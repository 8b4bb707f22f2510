import ContentModel
import Foundation
import Testing
import TestSupport

@Suite("A missing site setting is shown with a placeholder, not another site's value")
struct MissingSiteSettingTests {
    @Test func missingNameAndAddress() throws {
        let group = try FixtureGroup(["sites/portal/site.yaml": "theme: t\ncolumns:\n  - { id: news, title: 要闻, kind: news }\n"])
        let diagnostics = try group.diagnostics().filter { $0.code.hasPrefix("site.missing") }
        #expect(diagnostics.map { $0.line(in: .english) } == [
            "sites/portal/site.yaml:1:1: error: site.missing-base-url: 'base_url' is missing; add `base_url: https://<the site's domain>/`",
            "sites/portal/site.yaml:1:1: error: site.missing-name: 'name' is missing; add `name: <the site's full name>`",
        ])
        #expect(diagnostics.map { $0.line(in: .chinese) } == [
            "sites/portal/site.yaml:1:1: 错误: site.missing-base-url: 缺少“base_url”；请添加 `base_url: https://<本网站的域名>/`",
            "sites/portal/site.yaml:1:1: 错误: site.missing-name: 缺少“name”；请添加 `name: <本网站的全称>`",
        ])
    }
}
