import Foundation
import Testing
import TestSupport

/// `build --keep-going`: one department's mistake does not stop the portal's news. Every site without errors is
/// published, a site with errors keeps its last output byte for byte, and the exit status is still 1.
extension CommandLineTests {
    private static let twoSites = [
        "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\ncheck:\n  sensitive_words: [绝密]\n",
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 全市政务公开工作推进会召开\ndate: 2024-05-01"),
        "sites/forestry/site.yaml": FixtureGroup.forestrySite,
        "sites/forestry/content/news/f.md": FixtureGroup.document("title: 森林防火工作部署会召开\ndate: 2024-05-02"),
    ]

    private func files(under folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            found[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return found
    }

    @Test func aDepartmentsErrorHoldsBackOnlyThatDepartment() throws {
        let fixture = try FixtureGroup(Self.twoSites)
        #expect(try run(["build", "--root", fixture.root.path]).status == 0)
        let forestry = try files(under: fixture.output.appendingPathComponent("forestry"))
        let forestryManifest = fixture.output("forestry.manifest.json")
        try fixture.write([
            "sites/portal/content/news/b.md": FixtureGroup.document("title: 市政府常务会议召开\ndate: 2024-05-03"),
            "sites/forestry/content/news/g.md": FixtureGroup.document("title: 林长制工作推进\ndate: 五月"),
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 森林防火工作部署会召开（修订）\ndate: 2024-05-02"),
        ])
        let result = try run(["build", "--root", fixture.root.path, "--keep-going"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sites/forestry/content/news/g.md:3:7: 错误: front-matter.invalid-date: "))
        #expect(result.stderr.contains("构建有错误：1 个错误，0 个警告；以下网站未发布，保留上次的输出：forestry\n"))
        #expect(result.stdout.contains("portal: ") && !result.stdout.contains("forestry: "))
        #expect(fixture.output("portal/news/b/index.html")?.contains("市政府常务会议召开") == true)
        #expect(try files(under: fixture.output.appendingPathComponent("forestry")) == forestry)
        #expect(fixture.output("forestry.manifest.json") == forestryManifest)

        // Without --keep-going the whole group waits, as always.
        try fixture.write(["sites/portal/content/news/c.md": FixtureGroup.document("title: 第三条\ndate: 2024-05-04")])
        let whole = try run(["build", "--root", fixture.root.path])
        #expect(whole.status == 1 && whole.stderr.contains("构建已停止：1 个错误，0 个警告；输出文件夹未作改动"))
        #expect(fixture.output("portal/news/c/index.html") == nil)

        // Mended, the department is published again and the build succeeds.
        try fixture.write(["sites/forestry/content/news/g.md": FixtureGroup.document("title: 林长制工作推进\ndate: 2024-05-05")])
        #expect(try run(["build", "--root", fixture.root.path, "--keep-going"]).status == 0)
        #expect(fixture.output("forestry/news/g/index.html") != nil && fixture.output("forestry/news/f/index.html")?.contains("修订") == true)
    }

    @Test func aSecretAnywhereHoldsBackThePortalAndAGroupErrorHoldsBackEverySite() throws {
        let fixture = try FixtureGroup(Self.twoSites.merging([
            "sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\ncolumns: [{ id: news, title: 动态, kind: news }]\n",
            "sites/dept/content/news/d.md": FixtureGroup.document("title: 部门动态\ndate: 2024-05-01"),
        ]) { $1 })
        #expect(try run(["build", "--root", fixture.root.path]).status == 0)
        let before = try files(under: fixture.output)
        try fixture.write([
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 森林防火工作部署会召开\ndate: 2024-05-02", body: "绝密文件。"),
            "sites/dept/content/news/e.md": FixtureGroup.document("title: 部门新动态\ndate: 2024-05-06"),
        ])
        // The portal's group feed and catalog would carry the forestry document's title and summary.
        let secret = try run(["build", "--root", fixture.root.path, "--keep-going"])
        #expect(secret.status == 1 && secret.stderr.contains("以下网站未发布，保留上次的输出：forestry, portal\n"))
        #expect(fixture.output("dept/news/e/index.html") != nil)
        let after = try files(under: fixture.output)
        #expect(after.filter { $0.key.hasPrefix("portal/") || $0.key.hasPrefix("forestry/") } == before.filter { $0.key.hasPrefix("portal/") || $0.key.hasPrefix("forestry/") })

        try fixture.write([
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 森林防火工作部署会召开\ndate: 2024-05-02"),
            "themes/t/layouts/list.mustache": "{{#items}}{{title}}",
            "sites/dept/content/news/h.md": FixtureGroup.document("title: 又一条\ndate: 2024-05-07"),
        ])
        let group = try run(["build", "--root", fixture.root.path, "--keep-going"])
        #expect(group.status == 1 && group.stderr.contains("themes/t/layouts/list.mustache"))
        #expect(group.stderr.contains("构建已停止：") && fixture.output("dept/news/h/index.html") == nil)
    }
}
