import CLibXML2
import Foundation

/// Every address an HTML page names in an `href` or `src`, as written, read with libxml2's HTML parser (which takes
/// any page a browser would).
public enum HTMLAddresses {
    public static func all(in page: Data) -> [String] {
        LibXML.ready
        guard !page.isEmpty else { return [] }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        guard let document = page.withUnsafeBytes({ buffer in
            htmlReadMemory(buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }) else { return [] }
        defer { xmlFreeDoc(document) }
        var found: [String] = []
        var pending: [xmlNodePtr] = xmlDocGetRootElement(document).map { [$0] } ?? []
        while let node = pending.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            for name in ["href", "src"] {
                if let value = xmlGetProp(node, name) {
                    found.append(String(cString: value))
                    sitegroup_xmlFree(value)
                }
            }
            var child = node.pointee.children
            while let next = child {
                pending.append(next)
                child = next.pointee.next
            }
        }
        return found
    }
}
