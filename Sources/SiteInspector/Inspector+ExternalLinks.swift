import ContentModel
import Foundation
import SiteBuilder

/// `check --external`: links elsewhere on the web that no longer answer (不可用链接), or that now lead to another
/// registered domain — a lapsed domain taken over shows its new owner's pages under a government site's link.
extension Inspector {
    /// Every address outside the group the checked sites' published documents link to or show an image from,
    /// without its fragment: a hotlinked image from a lapsed domain shows its new owner's picture.
    public var externalAddresses: Set<String> {
        Set(sites.flatMap { site in externalLinks(of: site).map(\.address) })
    }

    func externalFindings(_ site: Site, statuses: [String: ExternalLinkStatus]) -> [Diagnostic] {
        externalLinks(of: site).compactMap { link in
            guard let status = statuses[link.address] else { return nil }
            if let english = status.deadEnglish, let chinese = status.deadChinese {
                return Diagnostic(.linkExternalDead, at: link.location,
                                  Wording("the link to \(link.address) does not answer: \(english)", "外部链接 \(link.address) 无法访问：\(chinese)"),
                                  fix: Wording("correct the address, or remove the link", "请更正地址，或删除此链接"))
            }
            guard let moved = status.movedTo else { return nil }
            return Diagnostic(.linkExternalMoved, at: link.location,
                              Wording("the link to \(link.address) now leads to \(moved), another registered domain: the domain may have changed hands",
                                      "外部链接 \(link.address) 现跳转到另一注册域名的 \(moved)，该域名可能已易主"),
                              fix: Wording("check where it leads, and remove the link if that is not the site meant", "请核实跳转目标；如已不是原网站，请删除此链接"))
        }
    }

    private func externalLinks(of site: Site) -> [(address: String, location: SourceLocation)] {
        let ownHosts = Set(group.sites.map { $0.domain.lowercased() })
        return (site.documents + site.pages).flatMap { document -> [(address: String, location: SourceLocation)] in
            guard let report = rendered.documents[document.path] else { return [] }
            let written = report.outline.links.map { ($0.url, $0.position) } + report.outline.images.map { ($0.url, $0.position) }
            return written.compactMap { url, position in
                guard var parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(), ["http", "https"].contains(scheme),
                      let host = parts.host?.lowercased(), !ownHosts.contains(host) else { return nil }
                parts.fragment = nil
                return parts.string.map { ($0, document.location(of: position)) }
            }
        }
    }
}
