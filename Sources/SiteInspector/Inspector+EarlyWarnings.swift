import ContentModel
import Foundation

/// Commercial monitors warn editors before an inspection would count against a site, so the editors hear of it
/// first: the home page and news columns some days before their limits, and empty columns before they fail the site.
extension Inspector {
    func staleSoon(_ column: Column, site: Site, days: Int) -> Diagnostic? {
        guard column.kind == .news, let limit = column.staleDays ?? site.check.staleDays[.news],
              days > site.check.warnDays, days <= limit else { return nil }
        return Diagnostic(.columnStaleSoon, at: column.location,
                          Wording("the column \(column.title) has had no new document for \(days) days; after \(limit) it is stale",
                                  "栏目“\(column.title)”已 \(days) 天未更新；超过 \(limit) 天即为未按时更新"),
                          fix: Wording("publish a current document in it within \(limit - days + 1) days", "请在 \(limit - days + 1) 天内发布新的信息"))
    }

    /// - Parameter days: since the newest item of the menu columns; nil when they have none.
    func homeStaleSoon(_ site: Site, days: Int?) -> Diagnostic? {
        let limit = site.check.homeStaleDays
        guard let days, days > site.check.warnDays, days <= limit else { return nil }
        return Diagnostic(.homeStaleSoon, at: SourceLocation(path: site.configPath),
                          Wording("the home page has shown no new item for \(days) days; after \(limit) the site fails",
                                  "首页已 \(days) 天没有新信息；超过 \(limit) 天即单项否决"),
                          fix: Wording("publish a current document in a column of the menu within \(limit - days + 1) days",
                                       "请在 \(limit - days + 1) 天内于首页栏目中发布新的信息"))
    }

    func emptyColumnsSoon(_ site: Site, empty: Int) -> Diagnostic? {
        guard (site.check.warnEmptyColumns..<SiteVerdict.emptyLimit).contains(empty) else { return nil }
        return Diagnostic(.siteEmptyColumns, at: SourceLocation(path: site.configPath),
                          Wording("\(empty) columns of the site are empty; \(SiteVerdict.emptyLimit) fail it",
                                  "本网站有 \(empty) 个空白栏目；达到 \(SiteVerdict.emptyLimit) 个即为不合格"),
                          fix: Wording("publish in the empty columns, or remove them from site.yaml and nav",
                                       "请在空白栏目中发布信息，或在 site.yaml 和 nav 中撤销这些栏目"))
    }
}
