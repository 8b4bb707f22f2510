import Foundation

public struct BuildOptions: Sendable {
    /// Documents dated after this are not published yet.
    public var now: Date
    /// The sites to build; empty means all of them.
    public var siteIDs: [String]

    public init(now: Date = Date(), siteIDs: [String] = []) {
        self.now = now
        self.siteIDs = siteIDs
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
