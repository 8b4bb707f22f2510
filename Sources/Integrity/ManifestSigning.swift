import ContentModel
import Foundation

/// Where the key that signs a build's manifests comes from: `build --signing-key FILE`, else the environment
/// variable `SITEGROUP_SIGNING_KEY`, else nowhere (the manifests are unsigned, and the build says so).
public enum ManifestSigning: Sendable {
    case unsigned
    case keyFile(String)
    case environment(String)

    public static func from(keyFile: String?, environment: [String: String]) -> ManifestSigning {
        if let keyFile { return .keyFile(keyFile) }
        if let text = environment[SigningKey.environmentVariable], !text.isEmpty { return .environment(text) }
        return .unsigned
    }

    /// The key, read once before anything is built, so a wrong key stops the build before it costs anything.
    public func key() throws -> SigningKey? {
        switch self {
        case .unsigned:
            return nil
        case .keyFile(let path):
            let text: String
            do {
                text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            } catch {
                throw FileSystemError(path: path, error)
            }
            do { return try SigningKey(text: text) } catch { throw ManifestProblem(error.reason, subject: path) }
        case .environment(let text):
            do { return try SigningKey(text: text) } catch { throw ManifestProblem(error.reason, subject: SigningKey.environmentVariable) }
        }
    }
}
