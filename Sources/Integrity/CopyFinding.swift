import ContentModel
import Foundation

/// What checking a published copy against its manifest found about one file.
public struct CopyFinding: Sendable, Equatable, Comparable {
    public enum Kind: Sendable, Equatable {
        /// Its bytes are not those the manifest vouches for.
        case modified
        /// The manifest names it; the copy has no such file.
        case missing
        /// The copy has it; the manifest does not name it. Over HTTP, found through a link of a page.
        case unexpected
        /// It could not be read, for this reason.
        case unreadable(Wording)
    }

    /// Relative to the site's folder, or the address it was found at.
    public let path: String
    public let kind: Kind

    public init(_ path: String, _ kind: Kind) {
        (self.path, self.kind) = (path, kind)
    }

    /// One line, as `verify` prints it.
    public func text(in language: Language) -> String {
        let what: Wording = switch kind {
        case .modified: Wording("modified: its SHA-256 is not the manifest's", "已被改动：内容与清单中的 SHA-256 不符")
        case .missing: Wording("missing: the manifest names it, the copy has no such file", "缺失：清单中有此文件，副本中没有")
        case .unexpected: Wording("unexpected: the copy has it, the manifest does not name it", "多出：副本中有此文件，清单中没有")
        case .unreadable(let reason): Wording("could not be checked: \(reason.english)", "无法核验：\(reason.chinese)")
        }
        return "\(path): \(what.text(in: language))"
    }

    public static func < (left: CopyFinding, right: CopyFinding) -> Bool {
        left.path < right.path
    }
}

extension Manifest.Entry {
    /// What the copy's bytes of this file say about it: nothing when they are the manifest's.
    public func finding(for data: Data?) -> CopyFinding? {
        guard let data else { return CopyFinding(path, .missing) }
        return data.count == size && FileDigest(of: data) == digest ? nil : CopyFinding(path, .modified)
    }
}
