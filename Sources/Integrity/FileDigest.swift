import Crypto
import Foundation

/// The SHA-256 of a file's bytes. The build cache compares a file made again by it, and a manifest vouches for
/// each published file with it, so one digest a file serves both. Held as four words: a build keeps one per file.
public struct FileDigest: Sendable, Hashable {
    public let words: (UInt64, UInt64, UInt64, UInt64)

    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    public init(of data: Data) {
        self.init(bytes: Array(SHA256.hash(data: data)))
    }

    /// 64 hex digits, as `sha256sum` prints them.
    public init?(hex: String) {
        guard hex.utf8.count == 64 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        self.init(bytes: bytes)
    }

    private init(bytes: [UInt8]) {
        func word(_ start: Int) -> UInt64 { bytes[start..<start + 8].reduce(0) { $0 << 8 | UInt64($1) } }
        words = (word(0), word(8), word(16), word(24))
    }

    public var hex: String {
        [words.0, words.1, words.2, words.3].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    public static func == (left: FileDigest, right: FileDigest) -> Bool {
        left.words == right.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
    }
}
