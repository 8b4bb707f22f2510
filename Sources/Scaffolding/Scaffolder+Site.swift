import ContentModel
import Foundation

extension Scaffolder {
    /// The columns a department site starts with (政务动态, 通知公告, 政策文件, 互动回应, 机构概况).
    static let departmentColumns: [(id: String, title: String, kind: ColumnKind)] = [
        ("news", "工作动态", .news), ("notices", "通知公告", .notice), ("policy", "政策文件", .policy),
        ("interaction", "互动回应", .interaction), ("overview", "机构概况", .info),
    ]

    /// `sites/<id>/site.yaml` with the identity block to fill in and a department's columns; and in `sitegroup.yaml` a
    /// sync rule sending the site's news to the portal as the group's other departments' rules do, when it has any.
    public func newSite(_ id: String, name: String, baseURL: String) throws -> ScaffoldResult {
        try checkName(id, what: Wording("site id", "网站 id"))
        guard group.site(id) == nil, !exists("sites/\(id)") else {
            throw ScaffoldRefusal(Wording("sites/\(id) already exists; choose another id", "sites/\(id) 已存在；请换一个 id"))
        }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains("\n") else {
            throw ScaffoldRefusal(Wording("give the site's full name with --name", "请用 --name 写明网站全称"))
        }
        let address = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        guard let url = URL(string: address), ["http", "https"].contains(url.scheme ?? ""), url.host?.isEmpty == false else {
            throw ScaffoldRefusal(Wording("--base-url must be the site's full address, such as https://lyj.example.gov.cn/ (found \"\(baseURL)\")",
                                          "--base-url 应为网站的完整网址，例如 https://lyj.example.gov.cn/（现为“\(baseURL)”）"))
        }
        if let other = group.sites.first(where: { $0.baseURL == address }) {
            throw ScaffoldRefusal(Wording("the site \(other.id) already has the address \(address)", "网站 \(other.id) 已使用网址 \(address)"))
        }
        var groupText = ConfigText(try read("sitegroup.yaml"), path: "sitegroup.yaml")
        let rule = newsRule(for: id)
        if let rule { try groupText.append(item: rule, toList: "sync") }
        let path = "sites/\(id)/site.yaml"
        try write([(path, siteText(id: id, name: name, address: address))] + (rule == nil ? [] : [("sitegroup.yaml", groupText.text)]))
        return ScaffoldResult(created: [path], changed: rule == nil ? [] : ["sitegroup.yaml"],
                              next: Wording("fill in what \(path) marks \(toFill), then run `sitegroup check`",
                                            "请填写 \(path) 中标有“\(toFill)”的各项，然后运行 `sitegroup check`"))
    }

    private func siteText(id: String, name: String, address: String) -> String {
        let theme = group.site(group.portal)?.theme ?? "default"
        let ids = Self.departmentColumns.map(\.id)
        return """
            # \(comment("Written by `sitegroup new site`: fill in every value marked \(toFill), then run `sitegroup check`.",
                        "由 `sitegroup new site` 生成：请填写标有“\(toFill)”的各项，然后运行 `sitegroup check`。"))
            name: \(YAMLText.scalar(name))
            base_url: \(address)
            theme: \(theme)
            identity:                  # \(comment("the footer every page shows; `sitegroup check` requires each field",
                                                   "每个页面底部展示的标识信息，`sitegroup check` 要求逐项填写"))
              sponsor: \(YAMLText.scalar(name))   # \(comment("主办单位: check the sponsor's full name", "主办单位：请核对全称"))
              site_code: ""            # \(toFill)\(comment(": 网站标识码, 10 digits, keep the quotes", "：网站标识码，10 位数字，保留引号"))
              icp: ""                  # \(toFill)\(comment(": ICP 备案号, such as 渝ICP备12345678号", "：ICP 备案号，如 渝ICP备12345678号"))
              police: ""               # \(toFill)\(comment(": 公安机关备案号, such as 渝公网安备 50010302000001号", "：公安机关备案号，如 渝公网安备 50010302000001号"))
              contact: ""              # \(toFill)\(comment(": 联系方式, a telephone number", "：联系方式（电话）"))
            columns:
            \(Self.departmentColumns.map { "  - { id: \($0.id), title: \($0.title), kind: \($0.kind.rawValue) }" }.joined(separator: "\n"))
            nav: [\(ids.joined(separator: ", "))]

            """
    }

    /// The rule taking the new site's news to the portal, into the column and with the review the other departments'
    /// news rules use; nil when no department's news goes to the portal, or the name is taken.
    private func newsRule(for id: String) -> [String]? {
        let siteIDs = Set(group.sites.map(\.id))
        guard let model = group.syncRules.first(where: { rule in
            guard case .site(let from, _) = rule.source else { return false }
            return rule.targetSite == group.portal && from != group.portal && siteIDs.contains(from)
        }) else { return nil }
        let name = "\(id)-news-to-portal"
        guard !group.syncRules.contains(where: { $0.name == name }) else { return nil }
        return ["name: \(name)", "from: \(id)", "column: news", "to: \(group.portal)", "into: \(model.targetColumn)"]
            + (model.review ? ["review: true"] : [])
    }
}
