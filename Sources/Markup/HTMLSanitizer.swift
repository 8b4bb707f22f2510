import CLibXML2
import Foundation

/// HTML from another CMS, made safe to publish: parsed with libxml2's HTML parser and written out again
/// keeping only ordinary text markup. Scripts, styles, frames, forms and event handlers go; links and images
/// keep only http(s), mailto and tel addresses; relative addresses become absolute against the page they came from.
public struct HTMLSanitizer: Sendable {
    /// Relative links and image sources are resolved against it; without it they are kept as written.
    public let base: URL?

    public init(base: URL?) {
        self.base = base
    }

    public struct Result: Sendable, Equatable {
        public var html: String
        /// The text of the first paragraph, for summaries.
        public var firstParagraph: String
        /// What was taken out, once each, such as `<script>` or `onclick` or `javascript: link`.
        public var removed: [String]
        /// All the text, without markup.
        public var plainText: String
    }

    static let kept: Set<String> = [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
        "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
        "th", "td", "caption", "a", "img", "span", "div", "figure", "figcaption", "abbr", "cite", "q", "small",
    ]
    /// Elements dropped with everything inside them.
    static let dropped: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "textarea", "select", "option", "noscript", "template", "svg", "math", "link", "meta", "head", "title", "base",
    ]
    static let void: Set<String> = ["br", "hr", "img"]
    static let attributes: [String: Set<String>] = [
        "a": ["href", "title"], "img": ["src", "alt", "title", "width", "height"], "td": ["colspan", "rowspan"],
        "th": ["colspan", "rowspan", "scope"], "ol": ["start"], "abbr": ["title"],
    ]
    static let urlAttributes: Set<String> = ["href", "src"]
    static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    public func sanitize(_ html: String) -> Result {
        LibXML.ready
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NOIMPLIED.rawValue)
        let wrapped = "<div>\(html)</div>"
        let bytes = Array(wrapped.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }) else { return Result(html: "", firstParagraph: "", removed: [], plainText: "") }
        defer { xmlFreeDoc(document) }
        var writer = Writer(sanitizer: self)
        var child = xmlDocGetRootElement(document)?.pointee.children
        while let node = child {
            writer.write(node)
            child = node.pointee.next
        }
        return Result(html: writer.output.trimmingCharacters(in: .whitespacesAndNewlines), firstParagraph: writer.firstParagraph,
                      removed: writer.removed, plainText: writer.plainText)
    }

    /// The address to keep for an `href` or `src`, or nil when it must go.
    func safeURL(_ written: String) -> String? {
        // Browsers ignore whitespace and control characters inside a scheme: `java\tscript:` is still javascript:.
        let squeezed = String(written.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        if let colon = squeezed.firstIndex(of: ":"), !squeezed[..<colon].contains(where: { "/?#".contains($0) }) {
            guard Self.safeSchemes.contains(squeezed[..<colon].lowercased()) else { return nil }
            return written.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base, !trimmed.hasPrefix("#") else { return trimmed }
        return URL(string: trimmed, relativeTo: base)?.absoluteString
    }

    private struct Writer {
        let sanitizer: HTMLSanitizer
        var output = ""
        var firstParagraph = ""
        var removed: [String] = []
        var plainText = ""
        private var paragraphDone = false

        init(sanitizer: HTMLSanitizer) {
            self.sanitizer = sanitizer
        }

        mutating func write(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = Self.content(of: node)
                plainText += text
                output += Self.escape(text, quotes: false)
            case XML_ELEMENT_NODE:
                element(node)
            case XML_COMMENT_NODE:
                break
            default:
                note("<?\(node.pointee.type.rawValue)>")
            }
        }

        private mutating func element(_ node: xmlNodePtr) {
            let name = String(cString: node.pointee.name).lowercased()
            if HTMLSanitizer.dropped.contains(name) {
                note("<\(name)>")
                return
            }
            guard HTMLSanitizer.kept.contains(name) else {
                note("<\(name)>")
                children(of: node)
                return
            }
            if name == "p", !paragraphDone {
                firstParagraph = Self.content(of: node).trimmingCharacters(in: .whitespacesAndNewlines)
                paragraphDone = !firstParagraph.isEmpty
            }
            output += "<\(name)"
            var attribute = node.pointee.properties
            while let current = attribute {
                self.attribute(current, of: name)
                attribute = current.pointee.next
            }
            output += ">"
            guard !HTMLSanitizer.void.contains(name) else { return }
            children(of: node)
            output += "</\(name)>"
        }

        private mutating func attribute(_ attribute: xmlAttrPtr, of element: String) {
            let key = String(cString: attribute.pointee.name).lowercased()
            let value = attribute.pointee.children.map(Self.content) ?? ""
            guard HTMLSanitizer.attributes[element]?.contains(key) == true else {
                note(key.hasPrefix("on") ? "on… event handler" : "\(key)=")
                return
            }
            guard HTMLSanitizer.urlAttributes.contains(key) else {
                output += " \(key)=\"\(Self.escape(value, quotes: true))\""
                return
            }
            guard let url = sanitizer.safeURL(value) else {
                let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
                let scheme = squeezed.split(separator: ":").first.map { $0.lowercased() } ?? ""
                note("\(scheme): address")
                return
            }
            output += " \(key)=\"\(Self.escape(url, quotes: true))\""
        }

        private mutating func children(of node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                write(current)
                child = current.pointee.next
            }
        }

        private mutating func note(_ what: String) {
            if !removed.contains(what) { removed.append(what) }
        }

        private static func content(of node: xmlNodePtr) -> String {
            guard let text = xmlNodeGetContent(node) else { return "" }
            defer { sitegroup_xmlFree(text) }
            return String(cString: text)
        }

        static func escape(_ text: String, quotes: Bool) -> String {
            var escaped = ""
            escaped.reserveCapacity(text.utf8.count)
            for character in text {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "\"" where quotes: escaped += "&quot;"
                default: escaped.append(character)
                }
            }
            return escaped
        }
    }
}
