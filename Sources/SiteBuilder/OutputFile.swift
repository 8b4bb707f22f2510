import Foundation

/// One file of a built site, held in memory until the whole build has succeeded.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the site's output folder.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
