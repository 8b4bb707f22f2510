/// The picture a document is shown with in 图片新闻 on a home page: `image: { src, alt, caption }` in its front matter.
public struct DocumentImage: Sendable, Hashable {
    /// Written from the site's root (`assets/img/news/meeting.svg`), or a full http(s) address.
    public var src: String
    /// What the picture shows, for readers who cannot see it; required.
    public var alt: String
    /// Shown under the picture; empty means the document's title.
    public var caption: String
    /// Where `src` is written, for a picture that is not there.
    public var location: SourceLocation

    public init(src: String, alt: String, caption: String = "", location: SourceLocation) {
        self.src = src
        self.alt = alt
        self.caption = caption
        self.location = location
    }

    /// Whether `src` is an address elsewhere on the web rather than a file of the site.
    public var isWebAddress: Bool {
        let lower = src.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Whether `address` may be an image's or a home link's address: an http(s) address, or a path within the site that
    /// neither starts at the server's root nor climbs out of the site.
    public static func isSiteAddress(_ address: String) -> Bool {
        let lower = address.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return true }
        guard !address.isEmpty, !address.hasPrefix("/"), !address.contains(":"), !address.contains("\\") else { return false }
        return !address.split(separator: "/").contains("..")
    }
}
