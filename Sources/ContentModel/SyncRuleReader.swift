import Foundation
import Yams

/// Reads `sync:` of `sitegroup.yaml`, then checks each rule against the sites once they are loaded.
struct SyncRuleReader {
    let source: YAMLSource

    static let keys = ["name", "from", "column", "from_url", "from_name", "to", "into", "review", "filter"]

    func read(_ nodes: [Node]) -> [SyncRule] {
        var names = Set<String>()
        return nodes.compactMap { node in
            guard case .mapping(let mapping) = node else {
                source.log.add(.syncInvalid, at: source.location(of: node),
                               Wording("each sync rule must hold `key: value` entries", "每条同步规则应为“键: 值”形式"),
                               fix: Wording("write `- { name: …, from: …, column: …, to: …, into: … }`", "写成 `- { name: …, from: …, column: …, to: …, into: … }`"))
                return nil
            }
            let fields = YAMLMapping(mapping, source: source)
            guard let rule = rule(fields) else { return nil }
            guard names.insert(rule.name).inserted else {
                source.log.add(.syncDuplicateName, at: fields.valueLocation(of: "name"),
                               Wording("two sync rules are named '\(rule.name)'", "有两条同步规则都叫“\(rule.name)”"),
                               fix: Wording("give each rule its own name; `sitegroup sync --rule` picks rules by name", "请为每条规则起不同的名字；`sitegroup sync --rule` 按名字选择规则"))
                return nil
            }
            return rule
        }
    }

    private func rule(_ fields: YAMLMapping) -> SyncRule? {
        let rule = Rule.syncInvalid
        fields.warnUnknownKeys(allowed: Self.keys, rule: .syncUnknownKey)
        let name = fields.requiredString("name", rule: rule, example: "forestry-news-to-portal")
        let target = fields.requiredString("to", rule: rule, example: "portal")
        let column = fields.requiredString("into", rule: rule, example: "dept-news")
        let site = fields.string("from", rule: rule)
        let url = fields.string("from_url", rule: rule)
        var filter = SyncFilter()
        if let filterFields = fields.mapping("filter", rule: rule) {
            filter.tags = filterFields.strings("tags", rule: rule) ?? []
            for key in filterFields.keys where key != "tags" {
                filter.fields[key] = filterFields.string(key, rule: rule)
            }
        }
        guard let name, let target, let column else { return nil }
        let ruleSource: SyncRule.Source
        switch (site, url) {
        case (let site?, nil):
            guard let sourceColumn = fields.requiredString("column", rule: rule, example: "news") else { return nil }
            ruleSource = .site(id: site, column: sourceColumn)
        case (nil, let url?):
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased()), parsed.host != nil else {
                source.log.add(rule, at: fields.valueLocation(of: "from_url"),
                               Wording("'from_url' must be an http:// or https:// address (found \"\(url)\")", "“from_url”应为 http:// 或 https:// 地址（现为“\(url)”）"),
                               fix: Wording("give the address of the source's RSS or Atom feed", "请填写来源网站 RSS 或 Atom 订阅的地址"))
                return nil
            }
            ruleSource = .feed(url: url)
        default:
            source.log.add(rule, at: fields.location,
                           Wording("the rule '\(name)' must name exactly one source: `from` (a site here) or `from_url` (a feed)", "规则“\(name)”须且只能指定一个来源：`from`（本网站群的网站）或 `from_url`（订阅地址）"),
                           fix: Wording("keep one of `from:` and `from_url:`", "请保留 `from:` 与 `from_url:` 之一"))
            return nil
        }
        return SyncRule(name: name, source: ruleSource, sourceName: fields.string("from_name", rule: rule) ?? "",
                        targetSite: target, targetColumn: column, review: fields.bool("review", rule: rule) ?? false,
                        filter: filter, location: fields.location)
    }

    /// Rules must name sites and columns that exist, and may not pull a column into itself.
    static func check(_ rules: [SyncRule], sites: [Site], log: DiagnosticLog) {
        let known = sites.map(\.id).joined(separator: ", ")
        func columnExists(_ siteID: String, _ columnID: String, key: String, rule: SyncRule) {
            guard let site = sites.first(where: { $0.id == siteID }) else {
                log.add(.syncUnknownSite, at: rule.location,
                        Wording("the rule '\(rule.name)' names the site '\(siteID)' in `\(key)`, which does not exist", "规则“\(rule.name)”的 `\(key)` 指向不存在的网站“\(siteID)”"),
                        fix: Wording("use one of: \(known)", "可用的网站有：\(known)"))
                return
            }
            if site.column(columnID) == nil {
                let columns = site.columns.map(\.id).joined(separator: ", ")
                log.add(.syncUnknownColumn, at: rule.location,
                        Wording("the rule '\(rule.name)' names the column '\(columnID)' of \(siteID), which does not exist", "规则“\(rule.name)”指向网站 \(siteID) 不存在的栏目“\(columnID)”"),
                        fix: Wording("use one of: \(columns)", "可用的栏目有：\(columns)"))
            }
        }
        for rule in rules {
            columnExists(rule.targetSite, rule.targetColumn, key: "to", rule: rule)
            guard case .site(let siteID, let columnID) = rule.source else { continue }
            columnExists(siteID, columnID, key: "from", rule: rule)
            if siteID == rule.targetSite {
                log.add(.syncSameSite, at: rule.location,
                        Wording("the rule '\(rule.name)' pulls from \(siteID) into \(siteID) itself", "规则“\(rule.name)”从网站 \(siteID) 同步到其自身"),
                        fix: Wording("link to the document instead of copying it within one site", "同一网站内请用链接引用，不要复制"))
            }
        }
    }
}
