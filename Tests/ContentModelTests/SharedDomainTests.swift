import ContentModel
import Foundation
import Testing

/// The group's shared domain, where the default theme keeps a reader's reading-aid settings in one cookie for every
/// site (the template value `group.domain`).
@Suite("The domain every site of the group shares")
struct SharedDomainTests {
    static func group(_ baseURLs: [String]) -> SiteGroup {
        let sites = baseURLs.enumerated().map { index, url in
            Site(id: "s\(index)", name: "站\(index)", baseURL: url, theme: "default", identity: Identity(), columns: [], nav: [],
                 configPath: "sites/s\(index)/site.yaml")
        }
        return SiteGroup(root: "/", name: "示例市网站群", portal: "s0", portalLocation: SourceLocation(path: "sitegroup.yaml"),
                         timeZone: TimeZone(identifier: "Asia/Shanghai")!, language: "zh-CN", sites: sites, themes: [:])
    }

    @Test(arguments: [
        (["https://www.example.gov.cn/", "https://lyj.example.gov.cn/", "http://tjj.example.gov.cn:8080/"], "example.gov.cn"),
        (["https://www.example.gov.cn/", "https://example.gov.cn/"], "example.gov.cn"),
        (["https://www.Example.gov.cn/", "https://a.b.example.gov.cn/"], "example.gov.cn"),
        (["https://www.example.gov.cn/"], "www.example.gov.cn"),
        (["https://preview.example.org/portal/", "https://preview.example.org/forestry/"], "preview.example.org"),
        // Nothing a cookie could name: only a top-level domain in common, an address, a host without dots.
        (["https://www.example.gov.cn/", "https://www.example.com/"], ""),
        (["https://www.example.gov.cn/", "https://www.example.org.cn/"], ""),
        (["http://127.0.0.1:8000/portal/", "http://127.0.0.1:8000/forestry/"], ""),
        (["http://localhost:8000/"], ""),
        (["http://[::1]:8000/"], ""),
    ])
    func sharedDomain(baseURLs: [String], domain: String) {
        #expect(Self.group(baseURLs).sharedDomain == domain)
    }
}
