import Mustache

/// How every template escapes the values it shows: swift-mustache's own HTML escaping, over UTF-8 bytes instead of
/// grapheme clusters. Its built-in escape walks each value one `Character` at a time, which for Chinese text was
/// about a tenth of a cold build; a value with nothing to escape — most of them — is returned as it is, uncopied.
/// The library's extension point for this is a content type, which a template selects with a pragma, so every
/// template is parsed with `pragma` as its first line (a standalone tag: it leaves no trace in the output).
struct TemplateEscaping: MustacheContentType {
    static let name = "SITEGROUP_HTML"
    /// Put before a template's own text; the parser drops it with its line, so output is as without it.
    static let pragma = "{{%CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type once, before the first template that names it is parsed.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    /// The template text as parsed: the pragma, then the editor's text unchanged.
    static func parsed(_ text: String) -> String {
        _ = registered
        return pragma + text
    }

    /// A line number in the parsed text as a line number in the editor's file.
    static func fileLine(_ parsedLine: Int) -> Int {
        max(parsedLine - 1, 1)
    }

    /// The same replacements as swift-mustache's `HTMLContentType`: `<`, `>`, `&`, `"` and `'`.
    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.isEscaped) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
