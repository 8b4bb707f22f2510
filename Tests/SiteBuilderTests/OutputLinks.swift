import Foundation

/// Reads the links of built HTML pages with libxml2's HTML parser, to check them against the files written.
enum OutputLinks {
    /// Every `href` and `src` of a page.
    static func references(inHTML data: Data) -> [String] {
        texts("//@href | //@src", inHTML: data)
    }

    /// The text of every node an XPath expression selects in an HTML page.
    static func texts(_ expression: String, inHTML data: Data) -> [String] {
        guard let page = XMLQuery(html: data) else { return [] }
        defer { page.free() }
        return page.values(expression)
    }

    /// The links of `page` (a path under `root`) that point at no file under `root`.
    /// Absolute links to one of `sites` (base URL → site folder) are checked against that site's folder.
    static func unresolved(in page: String, root: URL, sites: [String: String]) throws -> [String] {
        let references = Self.references(inHTML: try Data(contentsOf: root.appendingPathComponent(page)))
        let pageFolder = root.appendingPathComponent(page).deletingLastPathComponent()
        return references.filter { reference in
            var target: URL
            if let (base, folder) = sites.first(where: { reference.hasPrefix($0.key) }) {
                target = root.appendingPathComponent(folder).appendingPathComponent(String(reference.dropFirst(base.count)))
            } else if reference.contains(":") || reference.hasPrefix("#") {
                return false
            } else {
                target = URL(fileURLWithPath: pageFolder.path).appendingPathComponent(reference)
            }
            target = URL(fileURLWithPath: String(target.path.split(separator: "#").first ?? ""))
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else { return true }
            return isFolder.boolValue && !FileManager.default.fileExists(atPath: target.appendingPathComponent("index.html").path)
        }
    }
}
