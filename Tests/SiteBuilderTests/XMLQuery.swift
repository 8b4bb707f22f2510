import CLibXML2
import Foundation

/// Reads built XML strictly, or HTML leniently, with libxml2 (no entities, no network) and answers XPath queries.
struct XMLQuery {
    static let namespaces = [
        "sg": "urn:sitegroup:feed:1", "content": "http://purl.org/rss/1.0/modules/content/",
        "sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "atom": "http://www.w3.org/2005/Atom",
    ]

    private let document: xmlDocPtr

    /// nil if the data is not well-formed XML.
    init?(_ data: Data) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = data.withUnsafeBytes({ buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil, options)
        }) else { return nil }
        self.document = document
    }

    init?(html data: Data) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        guard let document = data.withUnsafeBytes({ buffer in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }) else { return nil }
        self.document = document
    }

    /// The text of every node the expression selects.
    func values(_ expression: String) -> [String] {
        guard let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in Self.namespaces {
            xmlXPathRegisterNs(context, prefix, uri)
        }
        guard let result = xmlXPathEvalExpression(expression, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let nodes = result.pointee.nodesetval else { return [] }
        return (0..<Int(nodes.pointee.nodeNr)).compactMap { index in
            guard let node = nodes.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { return nil }
            defer { sitegroup_xmlFree(content) }
            return String(cString: content)
        }
    }

    func free() {
        xmlFreeDoc(document)
    }

    /// Parses, queries and frees in one go.
    static func values(_ expression: String, in text: String?) -> [String]? {
        guard let text, let query = XMLQuery(Data(text.utf8)) else { return nil }
        defer { query.free() }
        return query.values(expression)
    }
}
