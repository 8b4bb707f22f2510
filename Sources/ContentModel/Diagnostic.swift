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
    /// The registered rule it reports; its severity and code come from there.
    public var rule: Rule
    /// The rule's severity, until `check: severity:` settings are applied.
    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong.
    public var message: Wording
    /// What to do about it: said here when the diagnostic knows more than its rule's general advice.
    public var fix: Wording

    public init(_ rule: Rule, at location: SourceLocation, _ message: Wording, fix: Wording? = nil) {
        self.rule = rule
        self.severity = rule.severity
        self.location = location
        self.message = message
        self.fix = fix ?? rule.entry.fix
    }

    /// A stable identifier such as `front-matter.invalid-date`, for pipelines and settings.
    public var code: String { rule.code }

    /// `path:line:col: error: rule: message; fix`, in English.
    public var description: String {
        line(in: .english)
    }

    /// `path:line:col: severity: rule: message; fix` in the given language.
    public func line(in language: Language) -> String {
        let separator = language == .chinese ? "；" : "; "
        return "\(location): \(severity.name(in: language)): \(code): \(message.text(in: language))\(separator)\(fix.text(in: language))"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.code, lhs.message.english) < (rhs.location, rhs.severity, rhs.code, rhs.message.english)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
