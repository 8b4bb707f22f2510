/// How long browsers and a CDN may keep what a deploy uploads, sent as `Cache-Control` with each file.
public struct CachePolicy: Sendable, Hashable {
    /// Seconds for files under a site's `assets/`.
    public var assetMaxAge: Int
    /// Seconds for pages, feeds, sitemaps and data files, which change whenever content does.
    public var pageMaxAge: Int

    /// Pages five minutes; assets a day, because the default theme's assets keep their names when they change
    /// (a theme that puts a fingerprint in its asset names can use a year).
    public static let standard = CachePolicy(assetMaxAge: 86_400, pageMaxAge: 300)

    public init(assetMaxAge: Int, pageMaxAge: Int) {
        self.assetMaxAge = assetMaxAge
        self.pageMaxAge = pageMaxAge
    }
}
