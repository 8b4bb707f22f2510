extension String {
    /// Whitespace runs (line breaks and indentation inside feed elements) become single spaces, as one line of front matter.
    var collapsingWhitespace: String {
        isOneLine ? self : split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether the text has no whitespace but single spaces between ASCII letters, digits or signs, so collapsing would
    /// give it back unchanged. Read from the UTF-8 bytes, as splitting into Characters costs most of reading a feed.
    /// A space with anything else beside it could belong to a Character with a combining mark, so it takes the slow way.
    private var isOneLine: Bool {
        let bytes = Array(utf8)
        let visible: ClosedRange<UInt8> = 0x21...0x7E
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x20:
                guard index > 0, index + 1 < bytes.count, visible.contains(bytes[index - 1]), visible.contains(bytes[index + 1]) else { return false }
            case 0x09...0x0D:
                return false
            case 0xC2, 0xE1, 0xE2, 0xE3:
                // The lead byte of every other White_Space scalar: U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
                if Self.isWhitespace(bytes, at: index) { return false }
            default:
                continue
            }
        }
        return true
    }

    private static func isWhitespace(_ bytes: [UInt8], at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch bytes[index] {
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80
        case 0xE2:
            guard let second = byte(1), let third = byte(2) else { return false }
            return second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) || second == 0x81 && third == 0x9F
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80
        default: return false
        }
    }
}
