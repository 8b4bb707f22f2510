import ContentModel
import Foundation
import Testing

/// The one registry of rules, and the README's table of it (issue 11, item 8).
@Suite("Every rule is registered once, and the README lists exactly the registry")
struct RuleRegistryTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    @Test func theReadmeTableOfRulesIsTheRegistry() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## Rules\n").dropFirst().first)
        let rows = section.split(separator: "\n").drop { !$0.hasPrefix("| rule |") }.dropFirst(2).prefix { $0.hasPrefix("|") }
        let registry = Rule.allCases.map { rule in
            let strictness = rule.entry.checkSeverity == rule.severity ? "" : " (\(rule.entry.checkSeverity) in `check`)"
            return "| `\(rule.code)` | \(rule.severity)\(strictness) | \(rule.entry.about.english) |"
        }
        #expect(rows.map(String.init) == registry)
    }

    @Test func everyRuleSaysWhatItFindsAndWhatToDoInBothLanguages() {
        for rule in Rule.allCases {
            let entry = rule.entry
            #expect(![entry.about.english, entry.about.chinese, entry.fix.english, entry.fix.chinese].contains(""), "\(rule.code)")
        }
        #expect(Rule.allCases.map(\.code) == Rule.allCases.map(\.code).sorted(), "the registry is kept in the order of its codes")
    }

    @Test func aDiagnosticWithoutItsOwnAdviceGivesItsRulesFix() {
        let diagnostic = Diagnostic(.templateUnreadable, at: SourceLocation(path: "themes/t/layouts/a.mustache"), Wording("cannot be read", "无法读取"))
        #expect(diagnostic.description == "themes/t/layouts/a.mustache:1:1: error: template.unreadable: cannot be read; check the file's permissions")
        #expect(diagnostic.severity == Rule.templateUnreadable.severity)
    }
}
