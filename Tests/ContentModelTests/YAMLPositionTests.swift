import ContentModel
import Foundation
import Testing
import TestSupport

/// A YAML error points at the line to fix, counted from the top of the file (issue 11, misleading messages).
@Suite("YAML errors point at the offending line")
struct YAMLPositionTests {
    private static let news = "sites/portal/content/news"

    @Test func aTabIndentedKeyIsReportedOnItsOwnLineNotTheLineBefore() throws {
        let group = try FixtureGroup(["\(Self.news)/a.md": "---\ntitle: 通知\ndate: 2024-05-01\n\tauthor: 甲\n---\n正文\n"])
        #expect(try group.printedDiagnostics() == [
            "\(Self.news)/a.md:4:1: error: front-matter.syntax: a tab character is used for indentation; indent with spaces; YAML does not allow tabs",
        ])
    }

    @Test func aMisindentedListItemIsReportedOnItsOwnLineNotTheTitleLine() throws {
        let group = try FixtureGroup(["\(Self.news)/a.md": "---\ntitle: 通知\ndate: 2024-05-01\ntags:\n  - a\n - b\n---\n正文\n"])
        #expect(try group.printedDiagnostics() == [
            "\(Self.news)/a.md:6:2: error: front-matter.syntax: the YAML cannot be read: while parsing a block mapping, did not find expected key; "
                + "check the indentation and quoting on this line; put text with `:` or `#` in quotes",
        ])
    }

    /// Front matter after `---` → the line:column each error is reported at.
    @Test(arguments: [
        ("title: 通知\ndate: 2024-05-01\ntags:\n  - a\n\t- b", "6:1"),
        ("title: 通知\ndisclosure:\n\tindex_no: a\ndate: 2024-05-01", "4:1"),
        ("title: 通知\ndate: 2024-05-01\nauthor: 甲\n  source: 乙", "5:9"),
        ("title: \"通知\ndate: 2024-05-01", "2:8"),
        ("title: 通知\nauthor 甲\ndate: 2024-05-01", "3:1"),
        ("title: 通知\ndate: 2024-05-01\ntags: [a, b\nauthor: 甲", "4:7"),
    ])
    func position(_ frontMatter: String, _ expected: String) throws {
        let group = try FixtureGroup(["\(Self.news)/a.md": "---\n\(frontMatter)\n---\n正文\n"])
        let diagnostics = try group.diagnostics()
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == [expected])
        #expect(diagnostics.map(\.code) == ["front-matter.syntax"])
    }

    @Test func aSiteConfigCountsFromItsFirstLine() throws {
        let group = try FixtureGroup(["sites/portal/site.yaml": "name: 门户\nbase_url: https://www.example.gov.cn/\ntheme: t\ncolumns:\n  - { id: news, title: 要闻, kind: news }\n - oops\n"])
        #expect(try group.diagnostics().filter { $0.code == "site.syntax" }.map { "\($0.location)" } == ["sites/portal/site.yaml:6:2"])
    }
}
