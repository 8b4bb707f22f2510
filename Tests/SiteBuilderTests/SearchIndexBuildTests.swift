import Foundation
import Testing
import TestSupport

/// What `sitegroup build` writes for search: which documents its indexes hold, where, and what an edit rewrites.
@Suite("Search indexes")
struct SearchIndexBuildTests {
    static let secret = "绝密测试短语甲乙丙"

    /// Every file under `folder` of the output, with its text.
    private func texts(_ fixture: FixtureGroup, under folder: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fixture.outputFiles().filter { $0.hasPrefix(folder) }.map { ($0, fixture.output($0) ?? "") })
    }

    @Test func onlyPublishedDocumentsAreIndexed() throws {
        let hidden = [
            "internal.md": "classification: internal",
            "draft.md": "draft: true",
            "scheduled.md": "date: 2027-01-01",
            "expired.md": "expires: 2026-01-01",
            "retracted.md": "retracted: 2026-06-01",
            "pending.md": "review: pending",
        ]
        var files = ["sites/portal/content/news/public.md": FixtureGroup.document("title: 公开\ndate: 2026-05-01", body: "公开的森林防火内容。")]
        for (name, line) in hidden {
            let date = line.hasPrefix("date:") ? "" : "\ndate: 2026-05-01"
            files["sites/portal/content/news/\(name)"] = FixtureGroup.document("title: \(Self.secret)\(date)\n\(line)", body: "正文含\(Self.secret)。")
        }
        let fixture = try FixtureGroup(files)
        #expect(try fixture.build().errors == [])
        let search = texts(fixture, under: "portal/search/")
        #expect(search.keys.contains("portal/search/site/index.json"))
        #expect(search.values.contains { $0.contains("公开的森林防火内容") })
        #expect(!search.values.contains { $0.contains("甲乙丙") })
        #expect(!search.values.contains { $0.contains("\"甲乙\"") || $0.contains("\"乙丙\"") })
        #expect(!fixture.outputFiles().contains { fixture.output($0)?.contains(Self.secret) == true })
    }

    @Test func thePortalHoldsTheGroupIndexAndEachSiteItsOwn() throws {
        let fixture = try FixtureGroup([
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 门户要闻\ndate: 2026-05-01", body: "门户正文。"),
            "sites/forestry/content/news/b.md": FixtureGroup.document("title: 林业动态\ndate: 2026-05-02", body: "林业正文。"),
        ])
        #expect(try fixture.build().errors == [])
        let group = try #require(fixture.output("portal/search/group/d/0.json"))
        #expect(group.contains("\"t\":\"门户要闻\",\"u\":\"news/a/\""))
        #expect(group.contains("\"t\":\"林业动态\",\"u\":\"https://lyj.example.gov.cn/news/b/\""))
        #expect(fixture.output("portal/search/site/d/0.json")?.contains("林业动态") == false)
        #expect(fixture.output("forestry/search/site/d/0.json")?.contains("林业动态") == true)
        #expect(fixture.output("forestry/search/group/index.json") == nil)
        #expect(fixture.output("portal/search/index.html") == "search|site/|group")
        #expect(fixture.output("forestry/search/index.html") == "search|site/|")
        #expect(fixture.output("portal/search/t2s.json")?.contains("\"統\":\"统\"") == true)
    }

    @Test func searchFalseTurnsASiteSearchOff() throws {
        let fixture = try FixtureGroup([
            "sites/forestry/site.yaml": FixtureGroup.forestrySite + "\nsearch: false\n",
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 门户要闻\ndate: 2026-05-01"),
            "sites/forestry/content/news/b.md": FixtureGroup.document("title: 林业动态\ndate: 2026-05-02"),
        ])
        #expect(try fixture.diagnostics() == [])
        #expect(try fixture.build().errors == [])
        #expect(!fixture.outputFiles().contains { $0.hasPrefix("forestry/search/") })
        #expect(fixture.output("portal/search/group/d/0.json")?.contains("林业动态") == false)
        #expect(fixture.output("portal/search/group/index.json")?.contains("示例市林业局") == false)
    }

    @Test func aColumnOrPageCannotBeCalledSearch() throws {
        let fixture = try FixtureGroup([
            "sites/portal/pages/search.md": FixtureGroup.document("title: 搜索\ndate: 2026-05-01"),
            "sites/forestry/site.yaml": FixtureGroup.forestrySite.replacingOccurrences(of: "id: news", with: "id: search"),
        ])
        let printed = try fixture.printedDiagnostics()
        #expect(printed.contains { $0.contains("page.reserved-slug") })
        #expect(printed.contains { $0.contains("column.reserved-id") })
    }

    @Test func anEditRewritesOnlyTheShardsItTouches() throws {
        var files: [String: String] = [:]
        for day in 1...20 {
            files["sites/portal/content/news/n\(day).md"] = FixtureGroup.document("title: 第\(day)号通知\ndate: 2026-05-\(String(format: "%02d", day))",
                                                                                  body: "森林防火工作第\(day)次部署。")
        }
        let fixture = try FixtureGroup(files)
        #expect(try fixture.build().errors == [])
        let before = texts(fixture, under: "portal/search/")
        try fixture.write(["sites/portal/content/news/n20.md": FixtureGroup.document("title: 第20号通知\ndate: 2026-05-20",
                                                                                      body: "森林防火工作第20次部署，新增巡护。")])
        #expect(try fixture.build().errors == [])
        let after = texts(fixture, under: "portal/search/")
        let changed = after.keys.filter { before[$0] != after[$0] }.sorted()
        #expect(changed.contains("portal/search/site/d/2.json"))
        #expect(!changed.contains("portal/search/site/d/0.json") && !changed.contains("portal/search/site/d/1.json"))
        // The manifests count the postings, which the new words add to.
        #expect(changed.allSatisfy { $0.hasPrefix("portal/search/site/g/") || $0 == "portal/search/site/d/2.json"
                    || $0.hasPrefix("portal/search/group/g/") || $0 == "portal/search/group/d/2.json" || $0.hasSuffix("/index.json") })
        let cold = try FixtureGroup(files.merging(["sites/portal/content/news/n20.md": fixture.text("sites/portal/content/news/n20.md")!]) { _, new in new })
        #expect(try cold.build(cached: false).errors == [])
        #expect(texts(cold, under: "portal/search/") == after)
    }

    /// An index the last build wrote is patched where few documents changed, and holds the bytes a cold build makes:
    /// after an edit, a newest document added and removed, and a date change that moves a document across chunks.
    @Test func aPatchedIndexHoldsTheBytesOfAColdBuild() throws {
        var files: [String: String] = [:]
        for number in 1...160 {
            let day = String(format: "%02d", number % 28 + 1), month = String(format: "%02d", number / 28 + 1)
            files["sites/portal/content/news/n\(number).md"] = FixtureGroup.document(
                "title: 第\(number)号通知\ndate: 2026-\(month)-\(day) 09:\(String(format: "%02d", number % 60))",
                body: "森林防火工作第\(number)次部署，政务公开第\(number * 7)项。")
        }
        let fixture = try FixtureGroup(files)
        #expect(try fixture.build().errors == [])
        func expectCold(_ step: Comment) throws {
            #expect(try fixture.build().errors == [], step)
            let sources = files.keys.compactMap { path in fixture.text(path).map { (path, $0) } }
            let cold = try FixtureGroup(Dictionary(uniqueKeysWithValues: sources))
            #expect(try cold.build(cached: false).errors == [], step)
            #expect(texts(cold, under: "portal/search/") == texts(fixture, under: "portal/search/"), step)
        }
        try fixture.write(["sites/portal/content/news/n100.md": FixtureGroup.document(
            "title: 第100号通知\ndate: 2026-04-17 09:40", body: "森林防火工作第100次部署，新增巡护和宣传。")])
        try expectCold("one body edited")
        files["sites/portal/content/news/n161.md"] = FixtureGroup.document("title: 最新通知\ndate: 2026-12-01 10:00", body: "新增一篇。")
        try fixture.write(["sites/portal/content/news/n161.md": try #require(files["sites/portal/content/news/n161.md"])])
        try expectCold("a newest document added")
        try fixture.remove("sites/portal/content/news/n161.md")
        try expectCold("the newest document removed")
        try fixture.write(["sites/portal/content/news/n1.md": FixtureGroup.document(
            "title: 第1号通知\ndate: 2026-11-30 09:01", body: "森林防火工作第1次部署，政务公开第7项。")])
        try expectCold("an old document dated newest: every later chunk moves")
    }

    /// The default theme's search page and header box, and both gone from a site whose search is off.
    @Test func theDefaultThemeLabelsTheFormAnnouncesResultsAndSaysWhatToDoWithoutJavaScript() throws {
        var files = try IncrementalBuildTests.group()
        files["sites/forestry/site.yaml"] = try #require(files["sites/forestry/site.yaml"]) + "\nsearch: false\n"
        let fixture = try FixtureGroup(files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try fixture.build().errors == [])
        let page = try #require(fixture.output("portal/search/index.html"))
        for line in ["<label for=\"search-q\">搜索内容</label>", "<legend>选择范围</legend>",
                     "<p class=\"search-status\" role=\"status\" aria-live=\"polite\" data-search-status></p>",
                     "搜索需要浏览器启用 JavaScript。未启用时，可以在<a href=\"../catalog/\">信息公开目录</a>和<a href=\"../sitemap/\">网站地图</a>中查找信息。",
                     "<script src=\"../assets/js/search.js\" defer></script>"] {
            #expect(page.contains(line), "\(line)")
        }
        let home = try #require(fixture.output("portal/index.html"))
        #expect(home.contains("<form class=\"site-search\" role=\"search\" action=\"search/\" method=\"get\">"))
        #expect(home.contains("<label for=\"site-search-scope\">选择范围</label>"))
        #expect(fixture.output("portal/news/index.html")?.contains("action=\"../search/\"") == true)
        #expect(fixture.output("forestry/index.html")?.contains("site-search") == false)
        #expect(fixture.output("forestry/search/index.html") == nil)
    }
}
