import ContentModel
import Foundation
import Testing
import TestSupport

@Suite("Loader diagnostics name the file, the line and what to do")
struct LoaderDiagnosticsTests {
    private let news = "sites/portal/content/news"

    @Test func missingTitle() throws {
        let group = try FixtureGroup(["\(news)/a.md": FixtureGroup.document("date: 2024-05-01")])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:2:1: error: front-matter.missing-title: 'title' is missing; add `title: 关于…的通知`",
        ])
    }

    @Test func unparseableDate() throws {
        let group = try FixtureGroup(["\(news)/a.md": FixtureGroup.document("title: 通知\ndate: 五月一日")])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:3:7: error: front-matter.invalid-date: 'date' must look like 2024-05-01 or 2024-05-01 09:30 (found \"五月一日\"); write the date with digits as year-month-day",
        ])
    }

    @Test func impossibleCalendarDate() throws {
        let group = try FixtureGroup(["\(news)/a.md": FixtureGroup.document("title: 通知\ndate: 2024-02-30")])
        #expect(try group.diagnostics().map(\.code) == ["front-matter.invalid-date"])
    }

    @Test func yamlSyntaxErrorCountsLinesFromTopOfFile() throws {
        let group = try FixtureGroup(["\(news)/a.md": "---\ntitle: 通知\ndate: 2024-05-01\n  bad: [unclosed\n---\n正文\n"])
        let diagnostic = try #require(try group.diagnostics().first)
        #expect(diagnostic.code == "front-matter.syntax")
        #expect(diagnostic.location.path == "\(news)/a.md")
        #expect(diagnostic.location.line == 4)
    }

    @Test func duplicateKey() throws {
        let group = try FixtureGroup(["\(news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01\ntitle: 二")])
        let diagnostic = try #require(try group.diagnostics().first)
        #expect(diagnostic.description.hasPrefix("\(news)/a.md:"))
        #expect(diagnostic.message == Wording("the key 'title' is given more than once", "设置项 'title' 重复出现"))
    }

    @Test func fileWithoutFrontMatter() throws {
        let group = try FixtureGroup(["\(news)/a.md": "# 标题\n\n正文\n"])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:1:1: error: front-matter.missing: the file does not start with front matter; begin it with a `---` line, then `title:` and `date:` lines, then another `---` line",
        ])
    }

    @Test func unclosedFrontMatter() throws {
        let group = try FixtureGroup(["\(news)/a.md": "---\ntitle: 通知\ndate: 2024-05-01\n"])
        #expect(try group.diagnostics().map(\.code) == ["front-matter.unclosed"])
    }

    @Test func slugThatCannotBeAnAddress() throws {
        let group = try FixtureGroup(["\(news)/通知 一.md": FixtureGroup.document("title: 通知\ndate: 2024-05-01")])
        #expect(try group.printedDiagnostics() == [
            "\(news)/通知 一.md:1:1: error: document.invalid-slug: the slug \"通知 一\" cannot be used in a web address; rename the file using a-z, 0-9 and '-', or add `slug: a-short-name` to the front matter",
        ])
    }

    @Test func duplicateSlugInColumn() throws {
        let group = try FixtureGroup([
            "\(news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
            "\(news)/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-01\nslug: a"),
        ])
        #expect(try group.printedDiagnostics() == [
            "\(news)/b.md:4:7: error: document.duplicate-slug: the slug 'a' is already used by \(news)/a.md; rename one of the files, or give one `slug: another-name`",
        ])
    }

    @Test func unknownColumnKind() throws {
        let group = try FixtureGroup(["sites/portal/site.yaml": """
            name: 门户
            base_url: https://www.example.gov.cn/
            theme: t
            columns:
              - { id: news, title: 要闻, kind: news }
              - { id: talk, title: 访谈, kind: chat }
            """])
        #expect(try group.printedDiagnostics().filter { $0.contains("column.") } == [
            "sites/portal/site.yaml:6:34: error: column.unknown-kind: the column kind 'chat' is unknown; use one of: news, notice, policy, interaction, service, info, page",
        ])
    }

    @Test func undeclaredColumnFolder() throws {
        let group = try FixtureGroup(["sites/portal/content/jobs/a.md": FixtureGroup.document("title: 招聘\ndate: 2024-05-01")])
        #expect(try group.printedDiagnostics() == [
            "sites/portal/site.yaml:1:1: error: site.undeclared-column: the folder content/jobs is not a column of this site; declare it under `columns:` (`- { id: jobs, title: …, kind: news }`) or move its files",
        ])
    }

    @Test func navNamesUndeclaredColumn() throws {
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        config += "\nnav: [news, jobs]\n"
        let group = try FixtureGroup(["sites/portal/site.yaml": config])
        #expect(try group.diagnostics().map { "\($0.location.line):\($0.code)" } == ["8:site.unknown-nav-column"])
    }

    @Test func unknownPortal() throws {
        let group = try FixtureGroup(["sitegroup.yaml": "name: 网站群\nportal: www\n"])
        #expect(try group.printedDiagnostics() == [
            "sitegroup.yaml:2:9: error: group.unknown-portal: the portal 'www' is not a folder of sites/; use one of: portal",
        ])
    }

    @Test func malformedSiteCode() throws {
        var config = FixtureGroup.basics["sites/portal/site.yaml"]!
        config = config.replacingOccurrences(of: "site_code: \"5001000001\"", with: "site_code: \"50010\"")
        let group = try FixtureGroup(["sites/portal/site.yaml": config])
        #expect(try group.diagnostics().map(\.code) == ["identity.invalid-site-code"])
    }

    @Test func privateUseCharacterIsFlaggedWhereItStands() throws {
        let group = try FixtureGroup(["\(news)/a.md": FixtureGroup.document("title: 通知\ndate: 2024-05-01", body: "累计公开26\u{E010}3万条。")])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:6:7: warning: document.private-use-character: the character U+E010 is from a private font and shows as an empty box to readers; retype the character or delete it",
        ])
    }

    @Test func allProblemsAreListedInOneRun() throws {
        let group = try FixtureGroup([
            "\(news)/a.md": FixtureGroup.document("date: 2024-05-01"),
            "\(news)/b.md": FixtureGroup.document("title: 通知\ndate: soon"),
            "sites/portal/content/jobs/c.md": FixtureGroup.document("title: 招聘\ndate: 2024-05-01"),
        ])
        #expect(try group.diagnostics().map(\.code) == [
            "front-matter.missing-title", "front-matter.invalid-date", "site.undeclared-column",
        ])
    }

    @Test func tabIndentationIsExplained() throws {
        let group = try FixtureGroup(["\(news)/a.md": "---\n\ttitle: 通知\ndate: 2024-05-01\n---\n"])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:2:1: error: front-matter.syntax: a tab character is used for indentation; indent with spaces; YAML does not allow tabs",
        ])
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        let group = try FixtureGroup(["\(news)/a.md": "---\ntitle: \"关于…的通知\ndate: 2024-05-01\n---\n"])
        #expect(try group.diagnostics().map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["2:8 front-matter.syntax"])
    }

    @Test func emptyGroupConfigListsWhatIsMissing() throws {
        let group = try FixtureGroup(["sitegroup.yaml": ""])
        #expect(try group.diagnostics().map(\.code) == ["group.missing-name", "group.missing-portal"])
    }

    @Test func documentsOfASiteWithConfigErrorsAreStillChecked() throws {
        let config = FixtureGroup.basics["sites/portal/site.yaml"]!.replacingOccurrences(of: "https://www.example.gov.cn/", with: "www.example.gov.cn")
        let group = try FixtureGroup(["sites/portal/site.yaml": config, "\(news)/a.md": FixtureGroup.document("title: 通知\ndate: 昨天")])
        #expect(try group.diagnostics().map(\.code) == ["front-matter.invalid-date", "site.invalid-base-url"])
    }

    @Test func syncRulesNameSitesAndColumnsThatExist() throws {
        let rules = """
            name: 网站群
            portal: portal
            sync:
              - { name: a, from: portal, column: news, to: portal, into: notices }
              - { name: b, from: forestry, column: news, to: portal, into: news }
              - { name: c, from_url: ftp://example.com/rss.xml, to: portal, into: news }
              - { name: d, from: portal, from_url: https://example.com/rss.xml, to: portal, into: news }
              - { name: e, from_url: https://example.com/rss.xml, to: portal, into: replies }
              - { name: e, from_url: https://example.com/rss.xml, to: portal, into: news }
              - { name: f, from_url: https://example.com/rss.xml, into: news, filter: { tags: [林业] } }
            """
        let group = try FixtureGroup(["sitegroup.yaml": rules])
        #expect(try group.diagnostics().map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
            "4:5 sync.same-site", "5:5 sync.unknown-site", "6:26 sync.invalid", "7:5 sync.invalid",
            "8:5 sync.unknown-column", "9:13 sync.duplicate-name", "10:5 sync.invalid",
        ])
        let loaded = try GroupLoader(root: group.root.path).load()
        #expect(loaded.group.syncRules.map(\.name) == ["a", "b", "e"])
    }
}
