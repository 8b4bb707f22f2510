/// The group as read, with everything that was wrong in its files.
public struct LoadedGroup: Sendable {
    public var group: SiteGroup
    public var diagnostics: [Diagnostic]

    public init(group: SiteGroup, diagnostics: [Diagnostic]) {
        self.group = group
        self.diagnostics = diagnostics
    }
}

/// The group cannot be read at all (as opposed to content errors, which are diagnostics).
public enum LoadError: Error, CustomStringConvertible {
    case notAGroup(root: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAGroup(let root):
            "\(root) is not a site group: it has no sitegroup.yaml (pass the group's folder with --root)"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        }
    }
}
