import Yams

/// Reads `home:` of `site.yaml`: the blocks of the home page in order, each a `kind` and that kind's settings.
struct HomeConfigReader {
    let source: YAMLSource
    /// The site's declared columns, which blocks name.
    let columns: [Column]

    static let entryKeys = ["title", "url", "description", "image"]

    /// The blocks, or nil when `home:` is not written (the site keeps the default home).
    func read(_ fields: YAMLMapping) -> [HomeBlock]? {
        guard let nodes = fields.sequence("home", rule: .homeInvalid) else { return fields.value("home") == nil ? nil : [] }
        return nodes.compactMap { node in
            guard case .mapping(let mapping) = node else {
                source.log.add(.homeInvalid, at: source.location(of: node),
                               Wording("each block of 'home' must hold its `kind` and settings", "“home”的每个区块都应写明 `kind` 及其设置"),
                               fix: Wording("write it like `- { kind: lead, column: news }`", "写成 `- { kind: lead, column: news }` 的形式"))
                return nil
            }
            return readBlock(YAMLMapping(mapping, source: source))
        }
    }

    private func readBlock(_ fields: YAMLMapping) -> HomeBlock? {
        let kinds = HomeBlock.Kind.allCases.map(\.rawValue)
        guard let kindText = fields.requiredString("kind", rule: .homeInvalid, example: "lead") else { return nil }
        guard let kind = HomeBlock.Kind(rawValue: kindText) else {
            source.log.add(.homeUnknownKind, at: fields.valueLocation(of: "kind"),
                           Wording("the home block kind '\(kindText)' is unknown", "首页区块类型“\(kindText)”无法识别"),
                           fix: Wording("use one of: \(kinds.joined(separator: ", "))", "可用的类型有：\(kinds.joined(separator: "、"))"))
            return nil
        }
        let (allowed, required) = kind.keys
        fields.warnUnknownKeys(allowed: ["kind"] + allowed, rule: .homeUnknownKey)
        for key in required where fields.value(key) == nil {
            source.log.add(.homeInvalid, at: fields.location,
                           Wording("the '\(kind.rawValue)' block has no '\(key)'", "“\(kind.rawValue)”区块缺少“\(key)”"),
                           fix: Self.example(of: key))
            return nil
        }
        let rule = Rule.homeInvalid
        let named = (fields.strings("columns", rule: rule) ?? []) + (fields.string("column", rule: rule).map { [$0] } ?? [])
        let key = fields.value("columns") != nil ? "columns" : "column"
        guard named.allSatisfy({ isDeclared($0, in: fields, key: key, kind: kind) }) else { return nil }
        return HomeBlock(kind: kind, title: fields.string("title", rule: rule) ?? "", columns: named,
                         count: fields.int("count", rule: rule, minimum: 1),
                         entries: (fields.sequence("entries", rule: rule) ?? []).compactMap(readEntry), location: fields.location)
    }

    private func isDeclared(_ id: String, in fields: YAMLMapping, key: String, kind: HomeBlock.Kind) -> Bool {
        guard !columns.contains(where: { $0.id == id }) else { return true }
        let declared = columns.map(\.id)
        source.log.add(.homeUnknownColumn, at: fields.valueLocation(of: key),
                       Wording("the '\(kind.rawValue)' block names the column '\(id)', which site.yaml does not declare",
                               "“\(kind.rawValue)”区块中的栏目“\(id)”没有在 site.yaml 中声明"),
                       fix: Wording("name one of: \(declared.joined(separator: ", "))", "可用的栏目有：\(declared.joined(separator: "、"))"))
        return false
    }

    private func readEntry(_ node: Node) -> HomeEntry? {
        guard case .mapping(let mapping) = node else {
            source.log.add(.homeInvalid, at: source.location(of: node),
                           Wording("each entry must hold `title` and `url`", "每一项都应写明 `title` 和 `url`"),
                           fix: Self.example(of: "entries"))
            return nil
        }
        let fields = YAMLMapping(mapping, source: source)
        fields.warnUnknownKeys(allowed: Self.entryKeys, rule: .homeUnknownKey)
        guard let title = fields.requiredString("title", rule: .homeInvalid, example: "办事指南"),
              let url = fields.requiredString("url", rule: .homeInvalid, example: "service/") else { return nil }
        guard DocumentImage.isSiteAddress(url) else {
            source.log.add(.homeInvalid, at: fields.valueLocation(of: "url"),
                           Wording("the address \"\(url)\" is neither a path within the site nor an http(s) address",
                                   "地址“\(url)”既不是网站内的路径，也不是 http(s) 地址"),
                           fix: Wording("write `url: service/` for a page of the site, or the full https:// address",
                                        "本网站页面写成 `url: service/`，其他网站写完整的 https:// 地址"))
            return nil
        }
        return HomeEntry(title: title, url: url, description: fields.string("description", rule: .homeInvalid) ?? "",
                         image: fields.value("image") == nil ? nil : fields.image("image", invalid: .homeInvalid))
    }

    private static func example(of key: String) -> Wording {
        switch key {
        case "entries":
            Wording("list its links under `entries:`, each like `- { title: 办事指南, url: service/ }`",
                    "请在 `entries:` 下列出链接，每项写成 `- { title: 办事指南, url: service/ }`")
        case "columns":
            Wording("add `columns: [news, notices]`", "请添加 `columns: [news, notices]`")
        default:
            Wording("add `\(key): news`", "请添加 `\(key): news`")
        }
    }
}
