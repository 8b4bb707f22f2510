import CLibXML2
import Foundation

/// A parsed XML document, read strictly: no network, no DTD loading, no entity substitution (XXE),
/// and libxml2's messages collected instead of printed.
public final class XMLTree {
    private let document: xmlDocPtr
    /// The encoding the document declared (`<?xml … encoding="GB2312"?>`), if any.
    public let declaredEncoding: String?

    public struct ParseError: Error {
        public var line: Int
        public var message: String
        public var declaredEncoding: String?
    }

    private init(document: xmlDocPtr, declaredEncoding: String?) {
        self.document = document
        self.declaredEncoding = declaredEncoding
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// - Parameter encoding: read the bytes as this encoding whatever the document declares.
    public static func parse(_ data: Data, encoding: String? = nil) -> Result<XMLTree, ParseError> {
        LibXML.ready
        let collector = ErrorCollector()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let context = xmlNewParserCtxt() else {
            return .failure(ParseError(line: 0, message: "libxml2 could not start a parser", declaredEncoding: nil))
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlCtxtReadMemory(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, encoding, options)
        }
        // The declaration is kept on the input; a forced encoding goes to the context and the document.
        let declared = (context.pointee.input?.pointee.encoding ?? document?.pointee.encoding).map { String(cString: $0) }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let first = collector.first ?? (line: 0, message: "the document is not well-formed XML")
            return .failure(ParseError(line: first.line, message: first.message, declaredEncoding: declared))
        }
        return .success(XMLTree(document: document, declaredEncoding: declared))
    }

    public var root: XMLElement? {
        xmlDocGetRootElement(document).map(XMLElement.init)
    }

    private final class ErrorCollector {
        var first: (line: Int, message: String)?

        func add(_ error: xmlError) {
            guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.message.map { String(cString: $0) } ?? "unknown error"
            first = (Int(error.line), message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// One element of an `XMLTree`; valid while the tree lives.
public struct XMLElement {
    let node: xmlNodePtr

    public var name: String { String(cString: node.pointee.name) }
    public var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }
    public var line: Int { Int(xmlGetLineNo(node)) }

    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current)) }
            child = current.pointee.next
        }
        return result
    }

    public func all(_ name: String, in namespace: String? = nil) -> [XMLElement] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    public func first(_ name: String, in namespace: String? = nil) -> XMLElement? {
        all(name, in: namespace).first
    }

    /// The text inside, entities and CDATA included.
    public var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { sitegroup_xmlFree(content) }
        return String(cString: content)
    }

    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { sitegroup_xmlFree(value) }
        return String(cString: value)
    }

    /// The markup of the children, as an Atom `type="xhtml"` body carries it.
    public var innerXML: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let current = child {
            xmlNodeDump(buffer, node.pointee.doc, current, 0, 0)
            child = current.pointee.next
        }
        return String(cString: xmlBufferContent(buffer))
    }
}
