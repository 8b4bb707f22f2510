import Foundation
import Yams

/// Reads `sites/<id>/site.yaml`: the site's name, address, theme, identity, columns and menu.
struct SiteConfigReader {
    let source: YAMLSource
    /// The group's settings, which a site's `check:` extends.
    let check: CheckSettings

    static let siteKeys = ["name", "base_url", "theme", "description", "keywords", "identity", "columns", "nav", "disclosure", "check", "search", "home"]
    static let identityKeys = ["sponsor", "site_code", "icp", "police", "contact", "address", "conac_url", "error_report_url"]
    static let columnKeys = ["id", "title", "kind", "page_size", "description", "keywords", "stale_days"]

    func read(_ text: String, siteID: String) -> Site? {
        guard let fields = source.composeMapping(text, rule: .siteSyntax) else { return nil }
        fields.warnUnknownKeys(allowed: Self.siteKeys, rule: .siteUnknownKey)
        let rule = Rule.siteInvalid
        // A site with errors is still read whole, so that its documents are checked in the same run.
        // Placeholders, not a real-looking site's values, which an administrator would copy as they are.
        let name = fields.requiredString("name", rule: .siteMissingName, example: Wording("<the site's full name>", "<本网站的全称>")) ?? ""
        let baseURL = fields.requiredString("base_url", rule: .siteMissingBaseURL,
                                            example: Wording("https://<the site's domain>/", "https://<本网站的域名>/")) ?? ""
        if !baseURL.isEmpty { checkBaseURL(baseURL, at: fields.valueLocation(of: "base_url")) }
        let columns = readColumns(fields)
        let nav = readNav(fields, columns: columns)
        return Site(id: siteID, name: name, baseURL: baseURL, theme: fields.string("theme", rule: rule) ?? "default",
                    description: fields.string("description", rule: rule) ?? "",
                    keywords: fields.strings("keywords", rule: rule) ?? [],
                    identity: fields.mapping("identity", rule: rule).map(readIdentity) ?? Identity(),
                    columns: columns, nav: nav, extraTopics: readExtraTopics(fields), search: fields.bool("search", rule: rule) ?? true,
                    home: HomeConfigReader(source: source, columns: columns).read(fields),
                    check: fields.mapping("check", rule: rule).map(check.reading) ?? check, configPath: source.path)
    }

    private func readExtraTopics(_ fields: YAMLMapping) -> [String] {
        guard let disclosure = fields.mapping("disclosure", rule: .siteInvalid) else { return [] }
        disclosure.warnUnknownKeys(allowed: ["topics"], rule: .siteUnknownKey)
        return disclosure.strings("topics", rule: .siteInvalid) ?? []
    }

    private func checkBaseURL(_ url: String, at location: SourceLocation) {
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil,
              url.hasSuffix("/") else {
            source.log.add(.siteInvalidBaseURL, at: location,
                           Wording("'base_url' must be a full web address ending in '/' (found \"\(url)\")", "“base_url”应为以“/”结尾的完整网址（现为“\(url)”）"),
                             fix: Wording("write it like `base_url: https://lyj.example.gov.cn/`", "写成 `base_url: https://lyj.example.gov.cn/` 的形式"))
            return
        }
    }

    private func readIdentity(_ fields: YAMLMapping) -> Identity {
        let rule = Rule.identityInvalid
        fields.warnUnknownKeys(allowed: Self.identityKeys, rule: .identityUnknownKey)
        let siteCode = fields.string("site_code", rule: rule) ?? ""
        if !siteCode.isEmpty, !Identity.isValidSiteCode(siteCode) {
            source.log.add(.identityInvalidSiteCode, at: fields.valueLocation(of: "site_code"),
                           Wording("'site_code' (网站标识码) must be 10 digits, or 'bm' and 8 digits (found \"\(siteCode)\")", "网站标识码（site_code）应为 10 位数字，或 bm 加 8 位数字（现为“\(siteCode)”）"),
                             fix: Wording("copy the code from the site's registration, in quotes: `site_code: \"5001000012\"`", "按网站登记信息填写，并加引号：`site_code: \"5001000012\"`"))
        }
        return Identity(sponsor: fields.string("sponsor", rule: rule) ?? "", siteCode: siteCode,
                        icp: fields.string("icp", rule: rule) ?? "", police: fields.string("police", rule: rule) ?? "",
                        contact: fields.string("contact", rule: rule) ?? "", address: fields.string("address", rule: rule) ?? "",
                        conacURL: fields.string("conac_url", rule: rule) ?? Identity.defaultConacURL,
                        errorReportURL: fields.string("error_report_url", rule: rule) ?? Identity.defaultErrorReportURL)
    }

    private func readColumns(_ fields: YAMLMapping) -> [Column] {
        guard let nodes = fields.sequence("columns", rule: .siteInvalid) else { return [] }
        var columns: [Column] = []
        for node in nodes {
            guard case .mapping(let mapping) = node else {
                source.log.add(.columnInvalid, at: source.location(of: node),
                               Wording("each column must hold `id`, `title` and `kind`", "每个栏目都应写明 `id`、`title` 和 `kind`"),
                                 fix: Wording("write it like `- { id: news, title: 工作动态, kind: news }`", "写成 `- { id: news, title: 工作动态, kind: news }` 的形式"))
                continue
            }
            guard let column = readColumn(YAMLMapping(mapping, source: source)) else { continue }
            if columns.contains(where: { $0.id == column.id }) {
                source.log.add(.columnDuplicateId, at: column.location,
                               Wording("the column id '\(column.id)' is declared twice", "栏目 id“\(column.id)”重复声明"),
                                 fix: Wording("give each column its own id", "每个栏目使用不同的 id"))
                continue
            }
            columns.append(column)
        }
        return columns
    }

    private func readColumn(_ fields: YAMLMapping) -> Column? {
        fields.warnUnknownKeys(allowed: Self.columnKeys, rule: .columnUnknownKey)
        let id = fields.requiredString("id", rule: .columnMissingId, example: "news")
        let title = fields.requiredString("title", rule: .columnMissingTitle, example: "工作动态")
        let kindText = fields.requiredString("kind", rule: .columnMissingKind, example: "news")
        guard let id, let title, let kindText else { return nil }
        guard DocumentLoader.isValidSlug(id), !DocumentLoader.isReservedOnWindows(id) else {
            let fix = DocumentLoader.proposedName(for: id).map {
                Wording("write `id: \($0)` and name the content folder the same", "请写成 `id: \($0)`，内容文件夹也用同样的名字")
            } ?? Wording("use only a-z, 0-9, '-' and '_', and name the content folder the same", "只使用 a-z、0-9、'-' 和 '_'，内容文件夹也用同样的名字")
            source.log.add(.columnInvalidId, at: fields.valueLocation(of: "id"),
                           Wording("the column id \"\(id)\" cannot be used in a web address", "栏目 id“\(id)”不能用作网址"),
                             fix: fix)
            return nil
        }
        guard let kind = ColumnKind(rawValue: kindText) else {
            let kinds = ColumnKind.allCases.map(\.rawValue).joined(separator: ", ")
            source.log.add(.columnUnknownKind, at: fields.valueLocation(of: "kind"),
                           Wording("the column kind '\(kindText)' is unknown", "栏目类型“\(kindText)”无法识别"),
                             fix: Wording("use one of: \(kinds)", "可用的类型有：\(kinds)"))
            return nil
        }
        let rule = Rule.columnInvalid
        return Column(id: id, title: title, kind: kind,
                      pageSize: fields.int("page_size", rule: rule, minimum: 1) ?? Column.defaultPageSize,
                      description: fields.string("description", rule: rule) ?? "",
                      keywords: fields.strings("keywords", rule: rule) ?? [],
                      staleDays: fields.int("stale_days", rule: rule, minimum: 1), location: fields.location)
    }

    private func readNav(_ fields: YAMLMapping, columns: [Column]) -> [String] {
        guard let nodes = fields.sequence("nav", rule: .siteInvalid) else { return columns.map(\.id) }
        return nodes.compactMap { node in
            guard let id = node.scalar?.string else { return nil }
            guard columns.contains(where: { $0.id == id }) else {
                source.log.add(.siteUnknownNavColumn, at: source.location(of: node),
                               Wording("'nav' names the column '\(id)', which is not declared", "“nav”中的栏目“\(id)”没有声明"),
                                 fix: Wording("declare it under `columns:` or remove it from `nav`", "请在 `columns:` 下声明，或从 `nav` 中删除"))
                return nil
            }
            return id
        }
    }
}
