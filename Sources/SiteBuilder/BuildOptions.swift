import Foundation

public struct BuildOptions: Sendable {
    /// Documents dated after this are not published yet.
    public var now: Date
    /// The sites to build; empty means all of them.
    public var siteIDs: [String]
    /// Site → the address its pages are served at instead of its `base_url` (the preview server's local one), so
    /// links across sites, feeds and canonical addresses lead there; links written with the `base_url` are still
    /// recognised as the group's.
    public var servedAt: [String: String]

    public init(now: Date = Date(), siteIDs: [String] = [], servedAt: [String: String] = [:]) {
        self.now = now
        self.siteIDs = siteIDs
        self.servedAt = servedAt
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
