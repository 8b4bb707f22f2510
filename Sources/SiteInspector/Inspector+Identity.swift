import ContentModel
import Foundation
import SiteBuilder

/// The identity footer (页面底部功能区) is checked on every rendered page, since inspectors check
/// each page and a site's own templates may have dropped part of it.
extension Inspector {
    /// Asked of each site's pages as soon as they are rendered (see `Renderer.inspect(examining:)`).
    public static func identityFindings(_ site: Site, pages: [OutputFile]) -> [Diagnostic] {
        let identity = site.identity
        // A link as templates write it: its `{site_code}` and `{url}` filled in, then HTML-escaped.
        func href(_ template: String) -> String {
            let link = identity.link(template, siteURL: site.baseURL).replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            return "href=\"\(link)\""
        }
        let elements: [(Wording, String)] = [
            (Wording("the 党政机关网站标识 badge", "党政机关网站标识"), href(identity.conacURL)),
            (Wording("the 网站标识码", "网站标识码"), identity.siteCode),
            (Wording("the ICP 备案号", "ICP 备案号"), identity.icp),
            (Wording("the 公安机关备案号", "公安机关备案号"), identity.police),
            (Wording("the 主办单位", "主办单位"), identity.sponsor),
            (Wording("the 联系方式", "联系方式"), identity.contact),
            (Wording("the 网站地图 link", "网站地图链接"), "sitemap/\""),
            (Wording("the 我为政府网站找错 link", "“我为政府网站找错”链接"), href(identity.errorReportURL)),
        ].filter { !$0.1.isEmpty && $0.1 != "href=\"\"" }
        let pages = pages.filter { $0.path.hasSuffix(".html") }
        return elements.compactMap { name, mark in
            let lacking = pages.filter { !contains($0.data, mark) }.map(\.path)
            guard let example = lacking.first else { return nil }
            return Diagnostic(.identityFooter, at: SourceLocation(path: site.configPath),
                              Wording("\(lacking.count) of \(pages.count) pages do not show \(name.english) (such as \(example))",
                                  "\(pages.count) 个页面中有 \(lacking.count) 个未展示\(name.chinese)（如 \(example)）"),
                          fix: Wording("keep it in the footer template of every page", "请在所有页面的页脚模板中保留该项"))
        }
    }

    /// Whether a page's bytes hold `mark`'s UTF-8 bytes: a check looks for eight marks in every page of the group,
    /// which as `String.contains` cost more than rendering the pages.
    private static func contains(_ page: Data, _ mark: String) -> Bool {
        var mark = mark
        return mark.withUTF8 { needle in
            page.withUnsafeBytes { haystack in
                guard let first = needle.first, let bytes = needle.baseAddress, var start = haystack.baseAddress else { return needle.isEmpty }
                var remaining = haystack.count
                while remaining >= needle.count, let hit = memchr(start, Int32(first), remaining - needle.count + 1) {
                    if memcmp(hit, bytes, needle.count) == 0 { return true }
                    let skipped = start.distance(to: hit) + 1
                    (start, remaining) = (start + skipped, remaining - skipped)
                }
                return false
            }
        }
    }
}
