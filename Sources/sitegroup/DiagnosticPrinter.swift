import ContentModel
import Foundation
import SiteInspector

/// Prints diagnostics one per line, as text for people or as JSON for pipelines.
struct DiagnosticPrinter {
    enum Format: String, CaseIterable {
        case text
        case json
    }

    let format: Format
    let language: Language

    func text(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .text:
            return diagnostics.map { $0.line(in: language) + "\n" }.joined()
        case .json:
            let data = (try? JSONSerialization.data(withJSONObject: ["diagnostics": records(diagnostics)],
                                                    options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// One JSON record per diagnostic, in the chosen language.
    func records(_ diagnostics: [Diagnostic]) -> [[String: Any]] {
        diagnostics.map { diagnostic in
            var record: [String: Any] = [
                "severity": diagnostic.severity.rawValue, "path": diagnostic.location.path,
                "line": diagnostic.location.line, "column": diagnostic.location.column,
                "rule": diagnostic.code, "message": diagnostic.message.text(in: language),
            ]
            if let site = SiteGroup.siteID(of: diagnostic) { record["site"] = site }
            record["fix"] = diagnostic.fix.text(in: language)
            return record
        }
    }

    func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if language == .chinese { return "\(errors) 个错误，\(warnings) 个警告" }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
