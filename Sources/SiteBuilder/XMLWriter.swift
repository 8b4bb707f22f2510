import CLibXML2
import Foundation

/// Writes an XML document in memory through libxml2's text writer, which escapes every text and
/// attribute value; characters XML 1.0 forbids (most control characters) are dropped first.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// libxml2 sets up its tables (the encoding handlers "UTF-8" is looked up in) on first use, which is not safe
    /// on several threads at once: feeds are written in parallel, and two first uses crashed a build (SIGSEGV in
    /// libxml2, KillTests, rarely). `xmlInitParser` does it once; Swift runs a static initializer once.
    private static let initialized: Void = xmlInitParser()

    init() {
        _ = Self.initialized
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlBufferFree(buffer)
    }

    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: () -> Void) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes {
            xmlTextWriterWriteAttribute(writer, key, Self.xmlSafe(value))
        }
        content()
        xmlTextWriterEndElement(writer)
    }

    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        element(name, attributes) {
            xmlTextWriterWriteString(writer, Self.xmlSafe(text))
        }
    }

    /// The finished document. The writer is spent afterwards.
    func finish() -> Data {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Drops what XML 1.0 cannot hold: C0 controls other than tab, newline and return, and U+FFFE/U+FFFF.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
