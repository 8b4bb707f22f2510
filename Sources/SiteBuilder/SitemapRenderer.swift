import Foundation

/// `sitemap.xml` of a site (sitemaps.org 0.9), and the index of all sites' sitemaps.
struct SitemapRenderer {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    let dates: DateText

    /// - Parameter pages: every HTML page written, as its output folder and when it last changed.
    func site(baseURL: String, pages: [(path: String, lastModified: Date?)]) -> OutputFile {
        let xml = XMLWriter()
        xml.element("urlset", ["xmlns": Self.namespace]) {
            for page in pages.sorted(by: { $0.path < $1.path }) {
                xml.element("url") {
                    xml.element("loc", text: baseURL + page.path)
                    if let date = page.lastModified { xml.element("lastmod", text: dates.w3c(date)) }
                }
            }
        }
        return OutputFile(path: OutputPath.siteSitemap, data: xml.finish())
    }

    func index(sitemaps: [(url: String, lastModified: Date?)]) -> OutputFile {
        let xml = XMLWriter()
        xml.element("sitemapindex", ["xmlns": Self.namespace]) {
            for sitemap in sitemaps {
                xml.element("sitemap") {
                    xml.element("loc", text: sitemap.url)
                    if let date = sitemap.lastModified { xml.element("lastmod", text: dates.w3c(date)) }
                }
            }
        }
        return OutputFile(path: OutputPath.sitemapIndex, data: xml.finish())
    }
}
