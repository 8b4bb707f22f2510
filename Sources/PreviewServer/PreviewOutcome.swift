import ContentModel
import Foundation

/// What one build of the preview found, for the pages it serves and for the operator's terminal.
public struct PreviewOutcome: Sendable {
    /// Every problem the build found, sorted; a failed build has an error among them.
    public var problems: [Diagnostic] = []
    /// Why the build could not run at all (the group cannot be read, an unknown `--site`), in `language`.
    public var failure: String?
    public var language: Language = .english
    public var seconds: Double = 0
    /// The group's name and each site's, as the build read them, for the list of served sites.
    public var groupName = ""
    public var siteNames: [String: String] = [:]

    /// Whether the build wrote its pages.
    public var isGood: Bool { failure == nil && !problems.hasErrors }
}
