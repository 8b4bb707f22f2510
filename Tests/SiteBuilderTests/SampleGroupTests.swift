import ContentModel
import Foundation
import Pipeline
import SiteBuilder
import TestSupport
import Testing

@Suite("The sample group in sites/ builds cleanly and its output holds together")
struct SampleGroupTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let publishedBy = ISO8601DateFormatter().date(from: "2026-11-23T00:00:00Z")!

    /// Where each test builds; removed when the test is done.
    private let scratch = TemporaryFolder("sitegroup-sample")

    private func build() throws -> (SiteGroup, URL, [Diagnostic]) {
        let output = scratch.url
        let run = try Pipeline.build(root: Self.repository.path, output: output.path, now: .at(Self.publishedBy), cache: .none, claim: false).run()
        return (try #require(run.loaded).group, output, run.problems)
    }

    @Test func buildsWithoutErrorsAndEveryInternalLinkResolves() throws {
        let (group, output, diagnostics) = try build()
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(group.sites.count >= 4)
        #expect(group.sites.reduce(0) { $0 + $1.documents.count } >= 60)
        let sites = Dictionary(uniqueKeysWithValues: group.sites.map { ($0.baseURL, $0.id) })
        let pages = try #require(FileManager.default.subpaths(atPath: output.path)).filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count > 100)
        var broken: [String] = []
        for page in pages {
            broken += try OutputLinks.unresolved(in: page, root: output, sites: sites).map { "\(page) → \($0)" }
        }
        #expect(broken == [])
    }

    @Test func everyPageShowsTheIdentityFooterAndGovernmentMetadata() throws {
        let (_, output, _) = try build()
        let pages = try #require(FileManager.default.subpaths(atPath: output.path)).filter { $0.hasSuffix(".html") }
        let required = ["党政机关网站标识", "主办单位：", "网站标识码：", "ICP备", "公网安备", "联系方式：", "网站地图", "我为政府网站找错",
                        "<meta name=\"SiteName\"", "<meta name=\"SiteDomain\"", "<meta name=\"SiteIDCode\"",
                        "<link rel=\"icon\""]
        let lacking = try pages.flatMap { page in
            let html = String(decoding: try Data(contentsOf: output.appendingPathComponent(page)), as: UTF8.self)
            return required.filter { !html.contains($0) }.map { "\(page) lacks \($0)" }
        }
        #expect(lacking == [])
    }

    /// The templates leave no blank line in a page, and of the reading-aid toolbar a page carries only its hidden
    /// button and empty panel: a11y.js makes the controls, which only it can show.
    @Test func pagesCarryNoBlankLinesAndOnlyTheToolbarsButtonAndPanel() throws {
        let (_, output, _) = try build()
        let pages = try #require(FileManager.default.subpaths(atPath: output.path)).filter { $0.hasSuffix(".html") }.sorted()
        let panel = #"<div class="a11y-tools" id="a11y-tools" data-a11y-tools hidden></div>"#
        var found: [String] = []
        for page in pages {
            let html = String(decoding: try Data(contentsOf: output.appendingPathComponent(page)), as: UTF8.self)
            let lines = html.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            if let blank = lines.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) { found.append("\(page):\(blank + 1) is blank") }
            if !html.contains(panel) || !html.contains("data-a11y-open") || html.contains("data-a11y-switch") {
                found.append("\(page) does not carry the toolbar's button and empty panel alone")
            }
        }
        #expect(found == [])
    }

    /// Every page announces its site's feed, a column's pages their column's too, and the portal's the group's.
    @Test func everyPageLinksItsFeedsAsAlternates() throws {
        let (group, output, _) = try build()
        var lacking: [String] = []
        for site in group.sites {
            let folder = output.appendingPathComponent(site.id)
            let pages = try #require(FileManager.default.subpaths(atPath: folder.path)).filter { $0.hasSuffix(".html") }
            for page in pages {
                let links = OutputLinks.texts("//link[@rel='alternate'][@type='application/rss+xml']/@href",
                                              inHTML: try Data(contentsOf: folder.appendingPathComponent(page)))
                let pageFolder = folder.appendingPathComponent(page).deletingLastPathComponent()
                let targets = Set(links.map { pageFolder.appendingPathComponent($0).standardizedFileURL.path.dropFirst(folder.path.count + 1) })
                var expected: Set<Substring> = ["rss.xml"]
                if let column = site.columns.first(where: { page.hasPrefix("\($0.id)/") }) { expected.insert("\(column.id)/rss.xml") }
                if site.id == group.portal { expected.insert("group/rss.xml") }
                if !expected.isSubset(of: targets) { lacking.append("\(site.id)/\(page): \(targets.sorted())") }
            }
        }
        #expect(lacking == [])
    }

    /// 部门动态: four of each department's stories, linked on their own sites, none of them one 部门信息 shows.
    @Test func portalHomeShowsTheDepartmentsLatestNews() throws {
        let (_, output, _) = try build()
        let home = try Data(contentsOf: output.appendingPathComponent("portal/index.html"))
        let departments = "//section[contains(@class,'home-departments')]"
        let links = OutputLinks.texts("\(departments)//li/a/@href", inHTML: home)
        #expect(links.count == 12)
        #expect(links.allSatisfy { !$0.hasPrefix("https://www.example.gov.cn/") && $0.hasPrefix("https://") })
        #expect(OutputLinks.texts("\(departments)//h3/a", inHTML: home) == ["示例市林业局", "示例市规划和自然资源局", "示例市统计局"])
        let carried = Set(OutputLinks.texts("//section[@aria-labelledby=//h2[a/@href='dept-news/']/@id]//li//a", inHTML: home))
        #expect(carried.count == 6)
        #expect(carried.isDisjoint(with: OutputLinks.texts("\(departments)//li/a", inHTML: home)))
        let forestryHome = try Data(contentsOf: output.appendingPathComponent("forestry/index.html"))
        #expect(OutputLinks.texts(departments, inHTML: forestryHome) == [])
    }

    @Test func draftsAndNonPublicDocumentsOfTheSampleAreNotPublished() throws {
        let (_, output, _) = try build()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("forestry/news/2026-draft-forest-fire-plan").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("forestry/notices/internal-meeting-minutes").path))
    }
}

extension SampleGroupTests {
    @Test func everyColumnFeedCarriesItsPublishedDocumentsUpToTheFeedLength() throws {
        let (group, output, _) = try build()
        for site in group.sites {
            for column in site.columns {
                let published = site.documents.filter { $0.columnID == column.id && $0.isPublished(at: Self.publishedBy) }.count
                let feed = try String(contentsOf: output.appendingPathComponent("\(site.id)/\(column.id)/rss.xml"), encoding: .utf8)
                #expect(XMLQuery.values("//item", in: feed)?.count == min(published, group.feedLength), "\(site.id)/\(column.id)")
            }
        }
    }

    @Test func everyXMLFileIsWellFormedAndEverySitemapLocWasWritten() throws {
        let (group, output, _) = try build()
        let xmlFiles = try #require(FileManager.default.subpaths(atPath: output.path)).filter { $0.hasSuffix(".xml") }
        #expect(xmlFiles.filter { XMLQuery(try! Data(contentsOf: output.appendingPathComponent($0))) == nil } == [])
        for site in group.sites {
            let sitemap = try String(contentsOf: output.appendingPathComponent("\(site.id)/sitemap.xml"), encoding: .utf8)
            let locs = try #require(XMLQuery.values("//sm:loc", in: sitemap))
            let missing = locs.filter { loc in
                let page = "\(site.id)/" + loc.dropFirst(site.baseURL.count) + "index.html"
                return !FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path)
            }
            #expect(missing == [], "\(site.id)")
        }
    }

    @Test func catalogsListExactlyTheDisclosedDocumentsAndTheirJSONAgrees() throws {
        let (group, output, _) = try build()
        for site in group.sites {
            let sources = site.id == group.portal ? group.sites : [site]
            let disclosed = sources.flatMap(\.documents).filter { $0.frontMatter.disclosure != nil && $0.isPublished(at: Self.publishedBy) }
            let json = try Data(contentsOf: output.appendingPathComponent("\(site.id)/catalog/catalog.json"))
            let records = try #require((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["records"] as? [[String: Any]])
            #expect(Set(records.compactMap { $0["index_no"] as? String }) == Set(disclosed.compactMap { $0.frontMatter.disclosure?.indexNumber }))
            let html = try Data(contentsOf: output.appendingPathComponent("\(site.id)/catalog/index.html"))
            let table = OutputLinks.texts("//table/tbody/tr/td[1]", inHTML: html)
            #expect(table == records.compactMap { $0["index_no"] as? String }, "\(site.id)")
        }
    }
}

@Suite("The output link check itself")
struct OutputLinksTests {
    @Test func findsTheBrokenLinkAndOnlyThatOne() throws {
        let folder = TemporaryFolder("sitegroup-links")
        let root = folder.url
        let page = root.appendingPathComponent("a/news/x/index.html")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("b/notices"), withIntermediateDirectories: true)
        try Data("<p>b</p>".utf8).write(to: root.appendingPathComponent("b/notices/index.html"))
        let html = """
            <a href="../../news/x/">self</a> <a href="../../gone/">gone</a> <img src="../../missing.png" alt="">
            <a href="https://b.example.gov.cn/notices/">b</a> <a href="https://b.example.gov.cn/none/">none</a> <a href="https://www.gov.cn/">gov</a>
            """
        try Data(html.utf8).write(to: page)
        #expect(try OutputLinks.unresolved(in: "a/news/x/index.html", root: root, sites: ["https://b.example.gov.cn/": "b"])
            == ["../../gone/", "../../missing.png", "https://b.example.gov.cn/none/"])
    }
}
