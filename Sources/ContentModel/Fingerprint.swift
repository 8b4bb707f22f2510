import Foundation

/// FNV-1a, 64 bits: a cheap, stable fingerprint of bytes, for revisions and for folder names
/// derived from text. Not a security hash.
public enum Fingerprint {
    public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The same for `Data`, read as one buffer: iterating `Data` byte by byte is several times slower.
    public static func fnv1a(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { fnv1a($0) }
    }

    public static func hex(_ data: Data) -> String {
        data.withUnsafeBytes { hex($0) }
    }

    /// 16 hex digits.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let value = String(fnv1a(bytes), radix: 16)
        return String(repeating: "0", count: 16 - value.count) + value
    }
}
