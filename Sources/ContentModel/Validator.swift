/// Rules over the whole loaded group, beyond what a single file shows.
public struct Validator: Sendable {
    /// Names a page or column may not take, because the site's own output uses them.
    public static let reservedSlugs: Set<String> = ["assets", "page", "sitemap", "catalog", "group", "search", "report"]

    public static let standard = Validator()

    public func validate(_ loaded: LoadedGroup) -> [Diagnostic] {
        let group = loaded.group
        var diagnostics = loaded.diagnostics
        if !group.portal.isEmpty, group.site(group.portal) == nil {
            diagnostics.append(Diagnostic(.groupUnknownPortal, at: group.portalLocation,
                                          Wording("the portal '\(group.portal)' is not a folder of sites/", "门户网站“\(group.portal)”不是 sites/ 中的文件夹"),
                                          fix: Wording("use one of: \(group.sites.map(\.id).joined(separator: ", "))",
                                                       "可用的网站有：\(group.sites.map(\.id).joined(separator: "、"))")))
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
                problems.append(Diagnostic(.documentDuplicateSlug, at: document.slugLocation,
                                           Wording("the slug '\(document.slug)' is already used by \(first.path)", "slug“\(document.slug)”已被 \(first.path) 使用"),
                                           fix: Wording("rename one of the files, or give one `slug: another-name`", "请重命名其中一个文件，或为其设置 `slug: 其他名称`")))
            } else {
                seen[key] = document
            }
        }
        for page in site.pages where site.column(page.slug) != nil || Self.reservedSlugs.contains(page.slug) {
            problems.append(Diagnostic(.pageReservedSlug, at: page.slugLocation,
                                       Wording("the page slug '\(page.slug)' is taken by a column or by sitegroup's own pages", "页面 slug“\(page.slug)”已被栏目或 sitegroup 自身的页面占用"),
                                       fix: Wording("rename the file or set another `slug:`", "请重命名文件或设置其他 `slug:`")))
        }
        for column in site.columns where Self.reservedSlugs.contains(column.id) {
            problems.append(Diagnostic(.columnReservedId, at: column.location,
                                       Wording("the column id '\(column.id)' is taken by sitegroup's own pages", "栏目 id“\(column.id)”已被 sitegroup 自身的页面占用"),
                                       fix: Wording("choose another id and rename the content folder to match", "请换一个 id，并相应重命名内容文件夹")))
        }
        return problems
    }

    private func identityProblems(_ site: Site) -> [Diagnostic] {
        let identity = site.identity
        let required = [("sponsor", "主办单位", identity.sponsor), ("site_code", "网站标识码", identity.siteCode),
                        ("icp", "ICP 备案号", identity.icp), ("police", "公安机关备案号", identity.police),
                        ("contact", "联系方式", identity.contact)]
        return required.filter { $0.2.isEmpty }.map { key, name, _ in
            Diagnostic(.identityMissing, at: SourceLocation(path: site.configPath),
                       Wording("the footer lacks \(name), which every government page must show", "页面底部缺少\(name)，政府网站每个页面都必须展示"),
                       fix: Wording("add `\(key):` under `identity:`", "在 `identity:` 下添加 `\(key):`"))
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
                    problems.append(Diagnostic(.themeUnknownParent, at: location,
                                               Wording("the theme '\(parent)' it extends does not exist", "所继承的主题“\(parent)”不存在"),
                                               fix: Wording("name a folder of themes/ in `extends:`", "在 `extends:` 中填写 themes/ 中的文件夹名")))
                    break
                }
                guard !visited.contains(parent) else {
                    problems.append(Diagnostic(.themeCycle, at: SourceLocation(path: "\(theme.path)/theme.yaml"),
                                               Wording("the themes extend each other in a circle: \((visited + [parent]).joined(separator: " → "))",
                                                   "主题之间循环继承：\((visited + [parent]).joined(separator: " → "))"),
                                           fix: Wording("remove one `extends:`", "删除其中一个 `extends:`")))
                    break
                }
                visited.append(parent)
                current = next
            }
        }
        return problems
    }
}
