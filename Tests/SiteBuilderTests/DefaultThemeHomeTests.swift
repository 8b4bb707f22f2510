import Foundation
import Testing
import TestSupport

/// The default theme's home blocks as readers get them, and the department header's way back to the portal
/// (issue 14, items 2 and 8).
@Suite("The default theme's home blocks and department headers")
struct DefaultThemeHomeTests {
    /// The repository's default theme, file by file, for a fixture group to use.
    static let defaultTheme: [String: String] = {
        let root = SampleGroupTests.repository
        let theme = root.appendingPathComponent("themes/default")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url), !url.hasDirectoryPath else { continue }
            files["themes/default/" + url.path.dropFirst(theme.path.count + 1)] = String(decoding: data, as: UTF8.self)
        }
        return files
    }()

    static func group() -> [String: String] {
        var files = HomePageTests.portal.merging(defaultTheme) { $1 }
        for site in ["portal", "forestry"] {
            files["sites/\(site)/site.yaml"] = files["sites/\(site)/site.yaml"]!.replacingOccurrences(of: "theme: t", with: "theme: default")
        }
        return files
    }

    @Test func picturesHaveAltTextAndCaptionsAnd解读IsMarked() throws {
        let fixture = try FixtureGroup(Self.group())
        #expect(try fixture.build().errors == [])
        let home = try #require(fixture.output("portal/index.html"))
        #expect(home.contains("""
                  <figure>
                    <img src="assets/img/a.svg" alt="会场内景" width="640" height="400">
                    <figcaption><a href="news/a/">推进会会场</a></figcaption>
                  </figure>
            """))
        #expect(home.contains("<h3 class=\"lead-title\"><a href=\"news/a/\">全市政务公开工作推进会召开</a></h3>"))
        #expect(home.contains("<li><span class=\"item-main\"><span class=\"tag-interpretation\">解读</span><a href=\"policy/p-jiedu/\">"))
        #expect(home.contains("<li><a href=\"service/\"><span class=\"tile-title\">办事指南</span><span class=\"tile-description\">办理条件和材料</span></a></li>"))
        #expect(home.contains("<img src=\"assets/img/b.svg\" alt=\"蓝色底图上的文件\" width=\"600\" height=\"150\"><span class=\"banner-title\">政务公开</span>"))
        #expect(home.contains("<h3 id=\"home-8-1\"><a href=\"https://lyj.example.gov.cn/\">示例市林业局</a></h3>"))
    }

    @Test func aDepartmentsHeaderLeadsBackToThePortalByItsName() throws {
        let fixture = try FixtureGroup(Self.group())
        #expect(try fixture.build().errors == [])
        #expect(fixture.output("forestry/index.html")?.contains("<a class=\"portal-link\" href=\"https://www.example.gov.cn/\">返回门户</a>") == true)
        #expect(fixture.output("forestry/news/a/index.html")?.contains("<a class=\"portal-link\" href=\"https://www.example.gov.cn/\">返回门户</a>") == true)
        #expect(fixture.output("portal/index.html")?.contains("portal-link") == false)
    }

    @Test func aSiteReplacesOneOfTheDefaultThemesBlocks() throws {
        let fixture = try FixtureGroup(Self.group().merging([
            "sites/portal/layouts/home-services.mustache": "<nav class=\"service-menu\" aria-label=\"{{title}}\">{{#entries}}<a href=\"{{url}}\">{{title}}</a>{{/entries}}</nav>",
        ]) { $1 })
        #expect(try fixture.build().errors == [])
        let home = try #require(fixture.output("portal/index.html"))
        #expect(home.contains("<nav class=\"service-menu\" aria-label=\"政务服务\"><a href=\"service/\">办事指南</a><a href=\"https://zwfw.example.gov.cn/\">政务服务网</a></nav>"))
        #expect(!home.contains("class=\"tiles\""))
        #expect(home.contains("class=\"picture-list\""))
    }
}
