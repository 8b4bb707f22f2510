/// Collects the diagnostics of one loading pass; each file's reader appends to it.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(at location: SourceLocation, code: String, _ message: Wording, fix: Wording? = nil) {
        add(.error(at: location, code: code, message, fix: fix))
    }

    func warning(at location: SourceLocation, code: String, _ message: Wording, fix: Wording? = nil) {
        add(.warning(at: location, code: code, message, fix: fix))
    }
}
