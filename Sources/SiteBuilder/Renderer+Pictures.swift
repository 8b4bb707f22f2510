import ContentModel

/// The pictures a site's home shows — its documents' `image:` and its banners' — must be files the site publishes:
/// a picture that is not there shows readers a broken image where the page promised a photograph.
extension Renderer {
    func pictureProblems(of site: ResolvedSite) -> [Diagnostic] {
        let documents = site.columns.flatMap(\.documents).compactMap(\.frontMatter.image)
        let banners = (site.site.home ?? []).flatMap(\.entries).compactMap(\.image)
        return (documents + banners).filter { !$0.isWebAddress && resolved.links.target(of: "sites/\(site.site.id)/\($0.src)") == nil }.map { image in
            Diagnostic(.linkBroken, at: image.location,
                       Wording("the picture \"\(image.src)\" is not a file of the site", "图片“\(image.src)”不是本网站的文件"),
                       fix: Wording("put it under sites/\(site.site.id)/assets/ and write `src: assets/…`, or correct the address",
                                    "请把图片放在 sites/\(site.site.id)/assets/ 中并写成 `src: assets/…`，或更正地址"))
        }
    }
}
