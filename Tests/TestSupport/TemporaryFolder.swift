import Foundation

/// A fresh folder in the system's temporary folder, removed with everything in it when the last reference
/// to it goes. A test keeps it (or a `FixtureGroup`, which holds one) for as long as it reads what is inside:
/// a test's values live to the end of its scope in the debug builds tests run in.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init(_ prefix: String = "sitegroup-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
