public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in the group's files, written for the editor who has to fix it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    /// A stable identifier such as `front-matter.invalid-date`, for pipelines and suppression.
    public var code: String
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var fix: String?

    public init(_ severity: Severity, at location: SourceLocation, code: String, _ message: String, fix: String? = nil) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.fix = fix
    }

    public static func error(at location: SourceLocation, code: String, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, code: code, message, fix: fix)
    }

    public static func warning(at location: SourceLocation, code: String, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, code: code, message, fix: fix)
    }

    /// `path:line:col: error: message; fix [code]`
    public var description: String {
        let advice = fix.map { "; \($0)" } ?? ""
        return "\(location): \(severity.rawValue): \(message)\(advice) [\(code)]"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.code, lhs.message) < (rhs.location, rhs.severity, rhs.code, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
