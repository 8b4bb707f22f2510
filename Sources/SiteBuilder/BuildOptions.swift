import Foundation

public struct BuildOptions: Sendable {
    /// Documents dated after this are not published yet.
    public var now: Date
    /// The sites to build; empty means all of them.
    public var siteIDs: [String]
    /// Builds only this shard's sites (`build --shard I/N`).
    public var shard: Shard?
    /// A shard built from facts: its sites, dealt by the sizes the facts record, since its group holds only the
    /// documents the facts carry of the others.
    public var shardSites: [String]?
    /// A build for reviewers instead of readers (`build --preview URL`); nil for the real thing.
    public var preview: Preview?

    public init(now: Date = Date(), siteIDs: [String] = [], shard: Shard? = nil, shardSites: [String]? = nil, preview: Preview? = nil) {
        self.now = now
        self.siteIDs = siteIDs
        self.shard = shard
        self.shardSites = shardSites
        self.preview = preview
    }
}

/// Why a build could not start, as opposed to content errors (diagnostics).
public enum BuildError: Error, CustomStringConvertible {
    case unknownSite(String, known: [String])
    /// OpenCC's data is missing: search would silently stop finding simplified text from traditional characters.
    case searchDataMissing

    public var description: String {
        switch self {
        case .unknownSite(let id, let known):
            "there is no site '\(id)' (sites: \(known.joined(separator: ", ")))"
        case .searchDataMissing:
            "OpenCC's traditional-to-simplified data (t2s.json), which search needs, cannot be read; "
                + "install it (apt-get install libopencc-data), or set `search: false` in every site.yaml"
        }
    }
}
