import ContentModel
import Foundation

/// What a built site consists of: every file's path, size and SHA-256, written beside the site's folder in the output
/// (`<site>.manifest.json`) by every build, so a copy deployed anywhere can be checked against it (防篡改).
/// It holds no time, so a build that changes nothing writes the same bytes and the same signature.
public struct Manifest: Sendable, Equatable {
    public static let format = "sitegroup-manifest/1"

    public struct Entry: Sendable, Equatable {
        /// Relative to the site's folder, with `/`.
        public let path: String
        public let size: Int
        public let digest: FileDigest

        public init(path: String, size: Int, digest: FileDigest) {
            (self.path, self.size, self.digest) = (path, size, digest)
        }
    }

    public let site: String
    /// Where the site is published; `verify` checks a copy served elsewhere when given another address.
    public let baseURL: String
    /// The group's language, which `verify` speaks unless told otherwise.
    public let language: String
    /// Sorted by path.
    public let files: [Entry]

    public init(site: String, baseURL: String, language: String, files: [Entry]) {
        (self.site, self.baseURL, self.language) = (site, baseURL, language)
        self.files = files.sorted { $0.path < $1.path }
    }

    public static func fileName(site: String) -> String { "\(site).manifest.json" }
    public static func signatureFileName(site: String) -> String { "\(site).manifest.sig" }

    /// The signature file that goes with a manifest file: `x.manifest.json` → `x.manifest.sig`.
    public static func signaturePath(forManifest path: String) -> String {
        (path.hasSuffix(".json") ? String(path.dropLast(5)) : path) + ".sig"
    }

    private struct Stored: Codable {
        struct File: Codable {
            let path: String
            let size: Int
            let sha256: String
        }

        let format: String
        let site: String
        let base_url: String
        let language: String
        let files: [File]
    }

    /// Pretty JSON with sorted keys: the same manifest is always the same bytes.
    public func encoded() -> Data {
        let stored = Stored(format: Self.format, site: site, base_url: baseURL, language: language,
                            files: files.map { Stored.File(path: $0.path, size: $0.size, sha256: $0.digest.hex) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return (try? encoder.encode(stored)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    public init(decoding data: Data) throws(ManifestProblem) {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data) else {
            throw ManifestProblem(Wording("it is not a sitegroup manifest (JSON with format, site, base_url and files)",
                                          "它不是 sitegroup 的清单文件（应为含 format、site、base_url 和 files 的 JSON）"))
        }
        guard stored.format == Self.format else {
            throw ManifestProblem(Wording("its format is \(stored.format); this sitegroup reads \(Self.format)",
                                          "其格式为 \(stored.format)，本版 sitegroup 只能读取 \(Self.format)"))
        }
        var entries: [Entry] = []
        for file in stored.files {
            guard let digest = FileDigest(hex: file.sha256), Self.isSafe(file.path) else {
                throw ManifestProblem(Wording("its entry for \(file.path) is not valid", "其中 \(file.path) 一项无效"))
            }
            entries.append(Entry(path: file.path, size: file.size, digest: digest))
        }
        self.init(site: stored.site, baseURL: stored.base_url, language: stored.language, files: entries)
    }

    /// A path a manifest may name: inside the site, never `..` or absolute, so checking a copy reads nothing else.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty || $0 == "." }
    }
}

/// Why a manifest, a signature or a key could not be used: what it is (a path, an environment variable) and why.
public struct ManifestProblem: Error, Sendable {
    public let subject: String
    public let reason: Wording

    public init(_ reason: Wording, subject: String = "") {
        (self.reason, self.subject) = (reason, subject)
    }

    public func text(in language: Language) -> String {
        subject.isEmpty ? reason.text(in: language) : "\(subject): \(reason.text(in: language))"
    }
}
