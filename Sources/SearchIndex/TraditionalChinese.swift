import COpenCC
import Foundation

/// Traditional characters and the simplified ones they are written as, from OpenCC's `t2s` data set (Debian's
/// libopencc-data), so that a reader typing 統計 finds 统计. Read once, at build time; the browser gets the table.
public enum TraditionalChinese {
    /// Each traditional character of the CJK blocks that OpenCC writes as one other character, as JSON
    /// (`{"統":"统", …}`), or nil when OpenCC or its data are missing.
    public static let simplifiedTable: Data? = makeTable()

    /// The CJK Unified Ideographs, Extension A and the compatibility ideographs: where traditional characters are.
    private static let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    private static func makeTable() -> Data? {
        guard let converter = opencc_open("t2s.json"), converter != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        defer { opencc_close(converter) }
        let characters = blocks.flatMap { $0.compactMap(Unicode.Scalar.init).map { String(Character($0)) } }
        // One character a line: converted together, but never read as a phrase with its neighbours.
        let input = characters.joined(separator: "\n")
        guard let output = input.withCString({ opencc_convert_utf8(converter, $0, strlen($0)) }) else { return nil }
        defer { opencc_convert_utf8_free(output) }
        let converted = String(cString: output).split(separator: "\n", omittingEmptySubsequences: false)
        guard converted.count == characters.count else { return nil }
        var table: [String: String] = [:]
        for (traditional, simplified) in zip(characters, converted) where simplified.unicodeScalars.count == 1 && simplified != traditional {
            table[traditional] = String(simplified)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try? encoder.encode(table)
    }
}
