public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning

    public func name(in language: Language) -> String {
        guard language == .chinese else { return rawValue }
        return self == .error ? "错误" : "警告"
    }

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
    public var message: Wording
    /// What to do about it.
    public var fix: Wording?

    public init(_ severity: Severity, at location: SourceLocation, code: String, _ message: Wording, fix: Wording? = nil) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.fix = fix
    }

    public static func error(at location: SourceLocation, code: String, _ message: Wording, fix: Wording? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, code: code, message, fix: fix)
    }

    public static func warning(at location: SourceLocation, code: String, _ message: Wording, fix: Wording? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, code: code, message, fix: fix)
    }

    /// `path:line:col: error: rule: message; fix`, in English.
    public var description: String {
        line(in: .english)
    }

    /// `path:line:col: severity: rule: message; fix` in the given language.
    public func line(in language: Language) -> String {
        let separator = language == .chinese ? "；" : "; "
        let advice = fix.map { separator + $0.text(in: language) } ?? ""
        return "\(location): \(severity.name(in: language)): \(code): \(message.text(in: language))\(advice)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.code, lhs.message.english) < (rhs.location, rhs.severity, rhs.code, rhs.message.english)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
