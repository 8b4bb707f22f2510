/// Collects the diagnostics of one loading pass; each file's reader appends to it.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func add(_ rule: Rule, at location: SourceLocation, _ message: Wording, fix: Wording? = nil) {
        add(Diagnostic(rule, at: location, message, fix: fix))
    }
}
