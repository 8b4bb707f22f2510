import Foundation
import Testing
import TestSupport

/// Links written as a site's address (`/notices/`, `https://dept.example.gov.cn/…`) are checked against what the
/// sites make, as links to Markdown files are: nothing ships dead.
@Suite("Site-root and absolute links to the group's sites are checked")
struct SiteAddressLinkTests {
    private static let news = "sites/portal/content/news"
    private static let identity = "identity: { sponsor: 示例市部门, site_code: \"5001000002\", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }"
    private static let group: [String: String] = [
        "sites/dept/site.yaml": "name: 部门\nbase_url: https://dept.example.gov.cn/\ntheme: t\n\(identity)\ncolumns:\n  - { id: notices, title: 通知, kind: notice }\n",
        "sites/dept/content/notices/fire.md": FixtureGroup.document("title: 防火通知\ndate: 2024-05-01"),
        "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2024-05-01"),
        "themes/t/assets/css/site.css": "body {}",
        "themes/t/assets/img/logo.png": "theme logo",
        "sites/portal/assets/img/logo.png": "portal logo",
    ]

    private func article(_ body: String, extra: [String: String] = [:], sites: [String] = []) throws -> (FixtureGroup, BuildOutcome) {
        let fixture = try FixtureGroup(Self.group.merging(extra) { $1 }
            .merging(["\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: body)]) { $1 })
        return (fixture, try fixture.build(now: LinkStateTests.endOf("2024-06-01"), sites: sites))
    }

    private var page: String { "portal/news/a/index.html" }

    @Test(arguments: [
        ("[本站](/notices/)", "href=\"../../notices/\""),
        ("[通知](/notices/n/)", "href=\"../../notices/n/\""),
        ("[通知](/notices/n/index.html#part)", "href=\"../../notices/n/#part\""),
        ("[通知](/notices/n)", "href=\"../../notices/n/\""),
        ("[首页](/)", "href=\"../../\""),
        ("[地图](/sitemap/)", "href=\"../../sitemap/\""),
        ("[订阅](/notices/rss.xml)", "href=\"../../notices/rss.xml\""),
        ("[目录](/catalog/catalog.json)", "href=\"../../catalog/catalog.json\""),
        ("[目录](/catalog/)", "href=\"../../catalog/\""),
        ("![样式](/assets/css/site.css)", "src=\"../../assets/css/site.css\""),
        ("[本站通知](https://www.example.gov.cn/notices/n/)", "href=\"../../notices/n/\""),
        ("[部门](https://dept.example.gov.cn/notices/fire/)", "href=\"https://dept.example.gov.cn/notices/fire/\""),
        ("[部门](http://DEPT.example.gov.cn/notices/)", "href=\"https://dept.example.gov.cn/notices/\""),
        ("[部门首页](https://dept.example.gov.cn)", "href=\"https://dept.example.gov.cn/\""),
    ])
    func addressOfAPageOrFileTheSiteMakes(link: String, written: String) throws {
        let (fixture, outcome) = try article(link)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.diagnostics == [])
        #expect(fixture.output(page)?.contains(written) == true)
    }

    @Test(arguments: [
        ("[无](/nope/)", "the link \"/nope/\" leads to https://www.example.gov.cn/nope/, which the site portal does not make; link to a document by the relative path of its Markdown file, such as ../notices/a.md"),
        ("![无](/assets/none.png)", "the link \"/assets/none.png\" leads to https://www.example.gov.cn/assets/none.png, which the site portal does not make; put the file under the site's assets/ folder and link to it there"),
        ("[密码](/etc/passwd)", "the link \"/etc/passwd\" leads to https://www.example.gov.cn/etc/passwd, which the site portal does not make; link to a document by the relative path of its Markdown file, such as ../notices/a.md"),
        ("[上级](/../../etc/passwd)", "the link \"/../../etc/passwd\" leads to https://www.example.gov.cn/etc/passwd, which the site portal does not make; link to a document by the relative path of its Markdown file, such as ../notices/a.md"),
        ("[部门](https://dept.example.gov.cn/notices/gone/)", "the link \"https://dept.example.gov.cn/notices/gone/\" leads to https://dept.example.gov.cn/notices/gone/, which the site dept does not make; link to a document by the relative path of its Markdown file, such as ../notices/a.md"),
        ("[源文件](/content/notices/n.md)", "the link \"/content/notices/n.md\" leads to https://www.example.gov.cn/content/notices/n.md, which the site portal does not make; link to a document by the relative path of its Markdown file, such as ../notices/a.md"),
    ])
    func addressThatLeadsNowhereStopsTheBuild(link: String, message: String) throws {
        let (fixture, outcome) = try article(link)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.errors == ["\(Self.news)/a.md:6:1: error: link.broken: \(message)"])
        #expect(fixture.outputFiles() == [])
    }

    @Test func feedsWriteAddressesWithTheSitesBaseURL() throws {
        let (fixture, _) = try article("见[通知](/notices/n/)。")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(XMLQuery.values("//item/content:encoded", in: fixture.output("portal/news/rss.xml"))
            == ["<p>见<a href=\"https://www.example.gov.cn/notices/n/\">通知</a>。</p>\n"])
    }

    @Test func addressOfAScheduledDocumentIsItsTextWithAWarning() throws {
        let (fixture, outcome) = try article("见[预告](https://dept.example.gov.cn/notices/later/)。", extra: [
            "sites/dept/content/notices/later.md": FixtureGroup.document("title: 预告\ndate: 2024-07-01"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.diagnostics.map(\.description) == [
            "\(Self.news)/a.md:6:2: warning: link.scheduled: the link \"https://dept.example.gov.cn/notices/later/\" leads to sites/dept/content/notices/later.md, which is published only from 2024-07-01 00:00; until then its text is shown without the link; nothing to do if that date is right (the link appears with the document); otherwise correct its date",
        ])
        #expect(fixture.output(page)?.contains("<p>见预告。</p>") == true)
    }

    @Test func addressOfAListPageTheDocumentsDoNotFillNowIsItsTextWithAWarning() throws {
        let (fixture, outcome) = try article("见[第二页](/news/page/2/)和[第九页](/news/page/9/)。[二〇二三年](/catalog/year/2023/)", extra: [
            "\(Self.news)/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-02"),
            "\(Self.news)/c.md": FixtureGroup.document("title: 三\ndate: 2024-05-03"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.diagnostics.map(\.description) == [
            "\(Self.news)/a.md:6:23: warning: link.page-not-made: the link \"/news/page/9/\" leads to https://www.example.gov.cn/news/page/9/, a page the site makes only while enough documents are published for it; its text is shown without the link; link to the first page of the list instead",
            "\(Self.news)/a.md:6:44: warning: link.page-not-made: the link \"/catalog/year/2023/\" leads to https://www.example.gov.cn/catalog/year/2023/, a page the site makes only while enough documents are published for it; its text is shown without the link; link to the first page of the list instead",
        ])
        #expect(fixture.output(page)?.contains("<a href=\"../../news/page/2/\">第二页</a>和第九页。") == true)
    }

    /// A site may live under another's address (`https://www.example.gov.cn/dept/`): the longest `base_url` wins.
    @Test func siteUnderAnotherSitesAddress() throws {
        let (fixture, outcome) = try article("[部门](https://www.example.gov.cn/dept/notices/fire/) [部门](/dept/notices/) [本站](/notices/)", extra: [
            "sites/dept/site.yaml": try #require(Self.group["sites/dept/site.yaml"]).replacingOccurrences(of: "https://dept.example.gov.cn/", with: "https://www.example.gov.cn/dept/"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.diagnostics == [])
        #expect(fixture.output(page)?.contains(
            "<a href=\"https://www.example.gov.cn/dept/notices/fire/\">部门</a> <a href=\"https://www.example.gov.cn/dept/notices/\">部门</a> <a href=\"../../notices/\">本站</a>") == true)
    }

    @Test func addressOfANonPublicDocumentIsASecrecyError() throws {
        let (fixture, outcome) = try article("[内部](/notices/secret/)", extra: [
            "sites/portal/content/notices/secret.md": FixtureGroup.document("title: 内部\ndate: 2024-05-01\nclassification: internal"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.errorCodes == ["secrecy.link-to-non-public"])
    }

    @Test func assetsAreFoundInTheSitesAssetChain() throws {
        let (fixture, outcome) = try article("![标志](../../assets/img/logo.png) ![样式](../../assets/css/site.css) ![标志](/assets/img/logo.png)")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.diagnostics == [])
        #expect(fixture.output(page)?.contains("<img src=\"../../assets/css/site.css\" alt=\"样式\" />") == true)
        #expect(fixture.output("portal/assets/img/logo.png") == "portal logo")
        #expect(fixture.output("dept/assets/img/logo.png") == "theme logo")
    }

    @Test func linkToAnotherSiteIsCheckedWhenOnlyOneSiteIsBuilt() throws {
        let (fixture, outcome) = try article("[部门](../../../dept/content/notices/gone.md) [部门](https://dept.example.gov.cn/gone/)", sites: ["portal"])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.errorCodes == ["link.broken", "link.broken"])
        let (built, fine) = try article("[部门](../../../dept/content/notices/fire.md)", sites: ["portal"])
        defer { try? FileManager.default.removeItem(at: built.root) }
        #expect(fine.diagnostics == [])
        #expect(built.output(page)?.contains("href=\"https://dept.example.gov.cn/notices/fire/\"") == true)
    }

    /// Rules that ask which documents a page links to (a policy's 解读) count a link by address as a link by file.
    @Test func addressOfADocumentCountsAsALinkToIt() throws {
        let policy = "sites/portal/content/policy"
        let fixture = try FixtureGroup([
            "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]! + "\n  - { id: policy, title: 政策文件, kind: policy }\n",
            "\(policy)/p.md": FixtureGroup.document("title: 关于…的通知\ndate: 2024-05-30", body: "[政策解读](/policy/p-jiedu/)"),
            "\(policy)/p-jiedu.md": FixtureGroup.document("title: 关于…的通知的解读\ndate: 2024-05-30", body: "[原文](https://www.example.gov.cn/policy/p)"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let report = try fixture.inspect(today: "2024-06-01")
        #expect(report.diagnostics.filter { $0.code.hasPrefix("policy.") || $0.code.hasPrefix("link.") } == [])
    }

    /// Every file a build writes can be linked by its address: what the index knows keeps up with what sites make.
    @Test func everyFileTheSitesMakeCanBeLinkedByItsAddress() throws {
        let fixture = try FixtureGroup(try IncrementalBuildTests.group())
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try fixture.build().errors == [])
        let bases = ["portal": "/", "forestry": "https://lyj.example.gov.cn/"]
        let links = fixture.outputFiles().compactMap { file -> String? in
            let parts = file.split(separator: "/", maxSplits: 1).map(String.init)
            // The search page's index files are its data, fetched by its script, not addresses to link.
            guard parts.count == 2, let base = bases[parts[0]], !(parts[1].hasPrefix("search/") && parts[1] != "search/index.html") else { return nil }
            return "[\(file)](\(base)\(parts[1].hasSuffix("index.html") ? String(parts[1].dropLast("index.html".count)) : parts[1]))"
        }
        #expect(links.count > 40)
        try fixture.write(["sites/portal/pages/all.md": FixtureGroup.document("title: 全部\ndate: 2025-01-01", body: links.joined(separator: "\n\n"))])
        #expect(try fixture.build().diagnostics == [])
    }

    @Test func addressesElsewhereOnTheWebAreKept() throws {
        let (fixture, outcome) = try article("[国务院](https://www.gov.cn/zhengce/) [旁站](https://dept.example.gov.cn.evil.example/x)")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(outcome.diagnostics == [])
        #expect(fixture.output(page)?.contains("href=\"https://dept.example.gov.cn.evil.example/x\"") == true)
    }
}
