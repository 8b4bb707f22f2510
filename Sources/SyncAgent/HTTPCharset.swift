import Foundation

/// The charset an HTTP `Content-Type` names for an XML media type (`application/xml`, `text/xml`, `…+xml`).
/// Other types say nothing about an XML document's encoding: a feed served as `text/html` keeps its own declaration.
struct HTTPCharset {
    /// Upper-cased, as libxml2 and the encoding labels in reports spell it.
    let name: String

    init?(contentType: String?) {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";")
        let type = parts.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard ["application/xml", "text/xml"].contains(type) || type.hasSuffix("+xml") else { return nil }
        let charset = parts.dropFirst().lazy
            .map { $0.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) } }
            .first { $0.count == 2 && $0[0].lowercased() == "charset" }
        guard let value = charset?[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")), !value.isEmpty else { return nil }
        name = value.uppercased()
    }
}
