import ContentModel
import Foundation
import SiteInspector

/// The output of `sitegroup check`: problems grouped by site with each site's verdict, then counts by rule.
extension DiagnosticPrinter {
    func report(_ report: InspectionReport, group: SiteGroup) -> String {
        format == .json ? json(report) : text(report, group: group)
    }

    private func text(_ report: InspectionReport, group: SiteGroup) -> String {
        let chinese = language == .chinese
        var out = ""
        let bySite = Dictionary(grouping: report.diagnostics, by: SiteGroup.siteID)
        if let own = bySite[nil], !own.isEmpty {
            out += chinese ? "== 网站群（\(group.name)）==\n" : "== the group (\(group.name)) ==\n"
            out += text(own)
        }
        for verdict in report.verdicts {
            let diagnostics = bySite[verdict.siteID] ?? []
            out += "== \(verdict.siteName)（\(verdict.siteID)）==\n" + text(diagnostics)
            let counts = summary(diagnostics)
            if verdict.passed {
                out += chinese ? "结论：合格（\(counts)）\n" : "verdict: pass (\(counts))\n"
            } else {
                let reasons = verdict.reasons.map { $0.text(in: language) }.joined(separator: chinese ? "；" : "; ")
                out += chinese ? "结论：不合格——\(reasons)（\(counts)）\n" : "verdict: fail — \(reasons) (\(counts))\n"
            }
        }
        out += report.notes.map { (chinese ? "说明：" : "note: ") + $0.text(in: language) + "\n" }.joined()
        let byRule = Dictionary(grouping: report.diagnostics, by: \.code).sorted { $0.key < $1.key }
        if !byRule.isEmpty {
            out += chinese ? "== 按规则统计 ==\n" : "== by rule ==\n"
            out += byRule.map { "\($0.key): \($0.value.count)\n" }.joined()
        }
        out += (chinese ? "合计：" : "total: ") + summary(report.diagnostics) + "\n"
        return out
    }

    /// The JSON `--format json` prints and `--record` keeps.
    func jsonObject(_ report: InspectionReport) -> [String: Any] {
        var byRule: [String: Int] = [:]
        for diagnostic in report.diagnostics { byRule[diagnostic.code, default: 0] += 1 }
        let sites = report.verdicts.map { verdict -> [String: Any] in
            let own = report.diagnostics.filter { SiteGroup.siteID(of: $0) == verdict.siteID }
            return [
                "id": verdict.siteID, "name": verdict.siteName, "verdict": verdict.passed ? "pass" : "fail",
                "reasons": verdict.reasons.map { $0.text(in: language) },
                "errors": own.filter { $0.severity == .error }.count, "warnings": own.filter { $0.severity == .warning }.count,
                "stale_columns": verdict.staleColumns, "empty_columns": verdict.emptyColumns,
            ]
        }
        return [
            "diagnostics": records(report.diagnostics),
            "sites": sites,
            "notes": report.notes.map { $0.text(in: language) },
            "summary": [
                "errors": report.diagnostics.filter { $0.severity == .error }.count,
                "warnings": report.diagnostics.filter { $0.severity == .warning }.count,
                "by_rule": byRule,
            ] as [String: Any],
        ]
    }

    private func json(_ report: InspectionReport) -> String {
        let document = jsonObject(report)
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
