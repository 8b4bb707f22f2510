import ContentModel
import Foundation
import Testing
import TestSupport

/// `home:` and `image:` are checked as they are read, and every mistake names the file, the line and what to do,
/// in the group's language (issue 14, item 2).
@Suite("Mistakes in home: and image: are told with file, line and what to do")
struct HomeConfigDiagnosticsTests {
    static let site = FixtureGroup.basics["sites/portal/site.yaml"]!

    @Test func everyMistakeInHomeIsToldWhereItIsWritten() throws {
        let fixture = try FixtureGroup(["sites/portal/site.yaml": Self.site + """

            home:
              - { kind: headline, column: news }
              - { kind: lead, column: newz }
              - { kind: columns, columns: [news], size: 3 }
              - { kind: policy }
              - kind: services
                entries:
                  - { title: 办事指南 }
                  - { title: 政务服务网, url: "javascript:alert(1)" }
              - { kind: departments, count: many }
            """])
        #expect(try fixture.diagnostics().map { $0.line(in: .chinese) } == [
            "sites/portal/site.yaml:9:13: 错误: home.unknown-kind: 首页区块类型“headline”无法识别；可用的类型有：lead、pictures、columns、policy、services、interaction、banners、departments",
            "sites/portal/site.yaml:10:27: 错误: home.unknown-column: “lead”区块中的栏目“newz”没有在 site.yaml 中声明；可用的栏目有：news、notices",
            "sites/portal/site.yaml:11:39: 警告: home.unknown-key: “size”不是可识别的设置，已忽略；可用的设置有：kind、columns、count",
            "sites/portal/site.yaml:12:5: 错误: home.invalid: “policy”区块缺少“column”；请添加 `column: news`",
            "sites/portal/site.yaml:15:9: 错误: home.invalid: 缺少“url”；请添加 `url: service/`",
            "sites/portal/site.yaml:16:30: 错误: home.invalid: 地址“javascript:alert(1)”既不是网站内的路径，也不是 http(s) 地址；本网站页面写成 `url: service/`，其他网站写完整的 https:// 地址",
            "sites/portal/site.yaml:17:33: 错误: home.invalid: “count”应为整数（不小于 1）；用数字填写，例如 `count: 10`",
        ])
    }

    @Test func aBannersPictureNeedsAltText() throws {
        let fixture = try FixtureGroup(["sites/portal/site.yaml": Self.site + """

            home:
              - kind: banners
                entries:
                  - { title: 政务公开, url: catalog/, image: { src: assets/img/b.svg } }
            """])
        #expect(try fixture.diagnostics().map { $0.line(in: .chinese) } == [
            "sites/portal/site.yaml:11:46: 错误: image.missing-alt: 图片缺少替代文字（alt），视障读者无法获知图片内容；请写明图片内容，例如 `alt: 会场全景，主席台上方悬挂会标`",
        ])
    }

    @Test func aDocumentsImageIsCheckedAsItIsRead() throws {
        let news = "sites/portal/content/news"
        let fixture = try FixtureGroup([
            "\(news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01\nimage:\n  src: assets/img/a.svg"),
            "\(news)/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-01\nimage: { src: /img/b.svg, alt: 会场 }"),
            "\(news)/c.md": FixtureGroup.document("title: 三\ndate: 2024-05-01\nimage: { src: assets/img/c.svg, alt: '  ' }"),
            "\(news)/d.md": FixtureGroup.document("title: 四\ndate: 2024-05-01\nimage: { src: assets/img/d.svg, alt: 会场, width: 300 }"),
            "\(news)/e.md": FixtureGroup.document("title: 五\ndate: 2024-05-01\nimage: assets/img/e.svg"),
            "\(news)/f.md": FixtureGroup.document("title: 六\ndate: 2024-05-01\nimage: { alt: 会场 }"),
        ])
        #expect(try fixture.diagnostics().map { $0.line(in: .chinese) } == [
            "\(news)/a.md:5:3: 错误: image.missing-alt: 图片缺少替代文字（alt），视障读者无法获知图片内容；请写明图片内容，例如 `alt: 会场全景，主席台上方悬挂会标`",
            "\(news)/b.md:4:15: 错误: front-matter.invalid: 图片地址“/img/b.svg”既不是网站内的路径，也不是 http(s) 地址；请从网站根目录写起，例如 `src: assets/img/news/meeting.svg`",
            "\(news)/c.md:4:33: 错误: image.missing-alt: 图片缺少替代文字（alt），视障读者无法获知图片内容；请写明图片内容，例如 `alt: 会场全景，主席台上方悬挂会标`",
            "\(news)/d.md:4:42: 警告: image.unknown-key: “width”不是可识别的设置，已忽略；可用的设置有：src、alt、caption",
            "\(news)/e.md:4:8: 错误: front-matter.invalid: “image”下应为“键: 值”形式的设置；在 `image:` 下方缩进书写各项",
            "\(news)/f.md:4:8: 错误: front-matter.invalid: 缺少“src”；请添加 `src: assets/img/news/meeting.svg`",
        ])
    }

    /// A picture must be a file the site publishes: the build stops at the `src` that names none.
    @Test func aPictureThatIsNotThereStopsTheBuild() throws {
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": Self.site + """

                home:
                  - kind: banners
                    entries:
                      - { title: 政务公开, url: catalog/, image: { src: assets/img/banner.svg, alt: 文件 } }
                """,
            "sites/portal/assets/img/a.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01\nimage: { src: assets/img/a.svg, alt: 会场 }"),
            "sites/portal/content/news/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-01\nimage: { src: assets/img/b.svg, alt: 会场 }"),
            "sites/portal/content/news/c.md": FixtureGroup.document("title: 三\ndate: 2024-05-01\nimage: { src: \"https://img.example.gov.cn/c.jpg\", alt: 会场 }"),
        ])
        #expect(try fixture.build().diagnostics.map { $0.line(in: .chinese) } == [
            "sites/portal/content/news/b.md:4:15: 错误: link.broken: 图片“assets/img/b.svg”不是本网站的文件；请把图片放在 sites/portal/assets/ 中并写成 `src: assets/…`，或更正地址",
            "sites/portal/site.yaml:11:53: 错误: link.broken: 图片“assets/img/banner.svg”不是本网站的文件；请把图片放在 sites/portal/assets/ 中并写成 `src: assets/…`，或更正地址",
        ])
        #expect(fixture.outputFiles() == [])
    }
}
