import ContentModel
import Foundation

/// Prints diagnostics one per line, as text for people or as JSON for pipelines.
struct DiagnosticPrinter {
    enum Format: String, CaseIterable {
        case text
        case json
    }

    let format: Format

    func text(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .text:
            return diagnostics.map { "\($0)\n" }.joined()
        case .json:
            let records = diagnostics.map { diagnostic -> [String: Any] in
                var record: [String: Any] = [
                    "severity": diagnostic.severity.rawValue, "path": diagnostic.location.path,
                    "line": diagnostic.location.line, "column": diagnostic.location.column,
                    "code": diagnostic.code, "message": diagnostic.message,
                ]
                if let fix = diagnostic.fix { record["fix"] = fix }
                return record
            }
            let data = (try? JSONSerialization.data(withJSONObject: ["diagnostics": records], options: [.sortedKeys, .prettyPrinted])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return "\(errors) error\(errors == 1 ? "" : "s"), \(diagnostics.count - errors) warning\(diagnostics.count - errors == 1 ? "" : "s")"
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
