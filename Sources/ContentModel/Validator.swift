/// Rules over the whole loaded group, beyond what a single file shows.
public struct Validator: Sendable {
    /// Names a page or column may not take, because the site's own output uses them.
    public static let reservedSlugs: Set<String> = ["assets", "page", "sitemap", "catalog", "group"]

    public static let standard = Validator()

    public func validate(_ loaded: LoadedGroup) -> [Diagnostic] {
        let group = loaded.group
        var diagnostics = loaded.diagnostics
        if !group.portal.isEmpty, group.site(group.portal) == nil {
            diagnostics.append(.error(at: group.portalLocation, code: "group.unknown-portal",
                                      "the portal '\(group.portal)' is not a folder of sites/",
                                      fix: "use one of: \(group.sites.map(\.id).joined(separator: ", "))"))
        }
        diagnostics += themeChainProblems(group)
        diagnostics += disclosureProblems(group)
        for site in group.sites {
            diagnostics += slugProblems(site)
            diagnostics += identityProblems(site)
        }
        return diagnostics.sorted()
    }

    private func slugProblems(_ site: Site) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: Document] = [:]
        for document in site.documents + site.pages {
            let key = "\(document.columnID ?? "")/\(document.slug)"
            if let first = seen[key] {
                problems.append(.error(at: document.slugLocation, code: "document.duplicate-slug",
                                       "the slug '\(document.slug)' is already used by \(first.path)",
                                       fix: "rename one of the files, or give one `slug: another-name`"))
            } else {
                seen[key] = document
            }
        }
        for page in site.pages where site.column(page.slug) != nil || Self.reservedSlugs.contains(page.slug) {
            problems.append(.error(at: page.slugLocation, code: "page.reserved-slug",
                                   "the page slug '\(page.slug)' is taken by a column or by sitegroup's own pages",
                                   fix: "rename the file or set another `slug:`"))
        }
        for column in site.columns where Self.reservedSlugs.contains(column.id) {
            problems.append(.error(at: column.location, code: "column.reserved-id",
                                   "the column id '\(column.id)' is taken by sitegroup's own pages",
                                   fix: "choose another id and rename the content folder to match"))
        }
        return problems
    }

    private func identityProblems(_ site: Site) -> [Diagnostic] {
        let identity = site.identity
        let required = [("sponsor", "主办单位", identity.sponsor), ("site_code", "网站标识码", identity.siteCode),
                        ("icp", "ICP 备案号", identity.icp), ("police", "公安机关备案号", identity.police),
                        ("contact", "联系方式", identity.contact)]
        return required.filter { $0.2.isEmpty }.map { key, name, _ in
            .warning(at: SourceLocation(path: site.configPath), code: "identity.missing",
                     "the footer lacks \(name), which every government page must show",
                     fix: "add `\(key):` under `identity:`")
        }
    }

    private func themeChainProblems(_ group: SiteGroup) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for theme in group.themes.values.sorted(by: { $0.id < $1.id }) {
            var visited = [theme.id]
            var current = theme
            while let parent = current.parent {
                let location = SourceLocation(path: "\(current.path)/theme.yaml")
                guard let next = group.themes[parent] else {
                    problems.append(.error(at: location, code: "theme.unknown-parent", "the theme '\(parent)' it extends does not exist",
                                           fix: "name a folder of themes/ in `extends:`"))
                    break
                }
                guard !visited.contains(parent) else {
                    problems.append(.error(at: SourceLocation(path: "\(theme.path)/theme.yaml"), code: "theme.cycle", "the themes extend each other in a circle: \((visited + [parent]).joined(separator: " → "))",
                                           fix: "remove one `extends:`"))
                    break
                }
                visited.append(parent)
                current = next
            }
        }
        return problems
    }
}
