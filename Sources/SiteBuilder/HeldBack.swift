import ContentModel
import Foundation

/// The sites a build with errors does not publish (`build --keep-going`), so one department's mistake cannot stop the
/// portal's news. A site is held back by an error in its own files; every site by an error in the group's own files
/// (`sitegroup.yaml`, `themes/`); and the portal also by a secrecy or personal-data error in any site, since its
/// group-wide lists show every site's titles and summaries. A held-back site keeps its last output untouched.
public struct HeldBack: Sendable, Equatable {
    /// Nil: every site.
    public let sites: Set<String>?

    public init(errorsIn diagnostics: [Diagnostic], portal: String) {
        var held = Set<String>()
        for diagnostic in diagnostics where diagnostic.severity == .error {
            guard let site = SiteGroup.siteID(of: diagnostic) else {
                sites = nil
                return
            }
            held.insert(site)
            if Self.leaksThroughThePortal.contains(where: diagnostic.rule.rawValue.hasPrefix) { held.insert(portal) }
        }
        sites = held
    }

    private static let leaksThroughThePortal = ["secrecy.", "privacy."]

    public func holds(_ siteID: String) -> Bool {
        sites?.contains(siteID) ?? true
    }
}
