import Foundation

public struct BuildOptions: Sendable {
    /// Documents dated after this are not published yet.
    public var now: Date
    /// The sites to build; empty means all of them.
    public var siteIDs: [String]
    /// A build for reviewers instead of readers (`build --preview URL`); nil for the real thing.
    public var preview: Preview?

    public init(now: Date = Date(), siteIDs: [String] = [], preview: Preview? = nil) {
        self.now = now
        self.siteIDs = siteIDs
        self.preview = preview
    }
}

/// Why a build could not start, as opposed to content errors (diagnostics).
public enum BuildError: Error, CustomStringConvertible {
    case unknownSite(String, known: [String])

    public var description: String {
        switch self {
        case .unknownSite(let id, let known):
            "there is no site '\(id)' (sites: \(known.joined(separator: ", ")))"
        }
    }
}
