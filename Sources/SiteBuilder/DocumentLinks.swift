import ContentModel
import Foundation

/// Resolves the links an editor wrote in one document, relative to its Markdown file or as a site's address,
/// and reports the ones that lead nowhere with their file and line.
struct DocumentLinks {
    let document: Document
    /// The output folder of the page the document is shown on.
    let pagePath: String
    let index: LinkIndex
    /// Feeds are read away from the site, so their links carry the site's address.
    let absolute: Bool
    private(set) var problems: [Diagnostic] = []

    init(document: Document, pagePath: String, index: LinkIndex, absolute: Bool = false) {
        self.document = document
        self.pagePath = pagePath
        self.index = index
        self.absolute = absolute
    }

    /// Markdown files the document links to that are published.
    private(set) var linkedDocuments: [String] = []
    /// Every key (group path or site address) looked up in the index: the rendered body depends on what the index says of each.
    private(set) var lookedUp: [String] = []

    mutating func rewrite(_ url: String, at position: MarkdownPosition) -> MarkdownRenderer.LinkRewrite {
        if url.isEmpty || url.hasPrefix("#") { return .keep }
        let (path, suffix) = Self.split(url)
        let isAddress = path.hasPrefix("//") || Self.hasScheme(path)
        // An imported body's links start from its file on the origin site: a site of the group is checked as the
        // origin's own pages are; another sitegroup's pages are only addressed.
        guard let origin = document.frontMatter.origin, !origin.base.isEmpty, !origin.path.isEmpty else {
            return lookUp(url, path: path, suffix: suffix, isAddress: isAddress, from: (document.siteID, document.path), at: position)
        }
        guard let originSite = index.addresses.site(withBase: origin.base) else {
            if isAddress { return .keep }
            return Self.originLink(path, suffix: suffix, origin: origin).map(MarkdownRenderer.LinkRewrite.replace) ?? .keep
        }
        return lookUp(url, path: path, suffix: suffix, isAddress: isAddress, from: (originSite, "sites/\(originSite)/\(origin.path)"), at: position)
    }

    /// Looks a link up as written in the file `from.file` of the site `from.siteID`: by address, or by its path.
    private mutating func lookUp(_ url: String, path: String, suffix: String, isAddress: Bool, from written: (siteID: String, file: String),
                                  at position: MarkdownPosition) -> MarkdownRenderer.LinkRewrite {
        // Worked out only for a problem: finding the line in the body costs more than resolving the link.
        var location: SourceLocation { document.location(of: position) }
        let key: String
        if let address = index.addresses.key(ofLink: path, from: written.siteID) {
            key = address
        } else if isAddress {
            return .keep
        } else if let resolved = Self.resolve(path.removingPercentEncoding ?? path, against: written.file) {
            key = resolved
        } else {
            problems.append(Diagnostic(.linkOutsideGroup, at: location, Wording("the link \"\(url)\" leads outside the site group", "链接“\(url)”指向网站群以外"),
                                   fix: Wording("link to a document of the group by its relative path, such as ../notices/a.md", "请用相对路径链接网站群内的文件，例如 ../notices/a.md")))
            return .keep
        }
        lookedUp.append(key)
        switch index.target(of: key) {
        case .output(let siteID, let output):
            if let file = key.hasSuffix(".md") ? key : index.addresses.document(at: key) { linkedDocuments.append(file) }
            return .replace(index.url(of: (siteID, output), fromSite: document.siteID, page: pagePath, absolute: absolute) + suffix)
        case .withheld(let why, let file):
            problems.append(withheld(url, why: why, file: file, at: location))
            return why.showsAsText ? .unlink : .keep
        case nil:
            problems.append(broken(url, key: key, at: location))
            return .keep
        }
    }

    /// An imported Markdown body keeps its links as its author wrote them; they lead to the pages of the origin site,
    /// where the file lives at `origin.path` (such as `content/news/a.md`) under `origin.base`.
    static func originLink(_ path: String, suffix: String, origin: Origin) -> String? {
        let base = origin.base.hasSuffix("/") ? origin.base : origin.base + "/"
        if path.hasPrefix("/") { return base + path.dropFirst() + suffix }
        guard let target = resolve(path.removingPercentEncoding ?? path, against: origin.path) else { return nil }
        let parts = target.split(separator: "/").map(String.init)
        let page: String
        switch parts.first {
        case "content" where parts.count == 3 && target.hasSuffix(".md"):
            page = "\(parts[1])/\(parts[2].dropLast(3))/"
        case "pages" where parts.count == 2 && target.hasSuffix(".md"):
            page = "\(parts[1].dropLast(3))/"
        default:
            page = target
        }
        return base + page + suffix
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }

    /// Splits `a.md#part` into the path and what follows it (`#part`, `?query`).
    private static func split(_ url: String) -> (String, String) {
        guard let cut = url.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (url, "") }
        return (String(url[..<cut]), String(url[cut...]))
    }

    /// The group-relative path `link` points to from the file at `path`, or nil if it climbs out of the group.
    private static func resolve(_ link: String, against path: String) -> String? {
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
