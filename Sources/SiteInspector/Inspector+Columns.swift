import ContentModel
import Foundation

/// Columns measured against the inspected day: 空白栏目, 应更新而未更新的栏目, the home page, and
/// interaction items left without a published reply.
extension Inspector {
    struct ColumnFindings {
        var diagnostics: [Diagnostic] = []
        var staleNewsAndNotice = 0
        var stale = 0
        var empty = 0
        var homeStaleDays: Int?
        var unanswered = 0
    }

    func columnFindings(_ site: Site) -> ColumnFindings {
        var findings = ColumnFindings()
        var newestOnHome: Date?
        for column in site.columns where column.kind != .page {
            let documents = published(site.documents.filter { $0.columnID == column.id })
            guard let newest = documents.map(\.frontMatter.date).max() else {
                findings.empty += 1
                findings.diagnostics.append(Diagnostic(.columnEmpty, at: column.location,
                                                       Wording("the column \(column.title) (\(column.id)) has no published document", "栏目“\(column.title)”（\(column.id)）为空白栏目，没有已发布的信息"),
                                                       fix: Wording("publish in it, or remove it from site.yaml and nav", "请发布信息，或在 site.yaml 和 nav 中撤销该栏目")))
                continue
            }
            if site.nav.contains(column.id) { newestOnHome = max(newestOnHome ?? newest, newest) }
            if let limit = column.staleDays ?? site.check.staleDays[column.kind], days(since: newest) > limit {
                findings.stale += 1
                if [.news, .notice, .policy].contains(column.kind) { findings.staleNewsAndNotice += 1 }
                findings.diagnostics.append(Diagnostic(.columnStale, at: column.location,
                                                       Wording("the column \(column.title) has had no new document for \(days(since: newest)) days (its limit is \(limit))",
                            "栏目“\(column.title)”已 \(days(since: newest)) 天未更新（上限 \(limit) 天）"),
                    fix: Wording("publish a current document in it, or give a slow-moving column its own `stale_days:`",
                                 "请发布新的信息；更新较慢的栏目可单独设置 `stale_days:`")))
            }
            if let warning = staleSoon(column, site: site, days: days(since: newest)) { findings.diagnostics.append(warning) }
            if column.kind == .interaction {
                findings.diagnostics += unansweredFindings(documents, site: site)
            }
        }
        findings.unanswered = findings.diagnostics.filter { $0.rule == .interactionUnanswered }.count
        let homeDays = newestOnHome.map(days(since:))
        findings.diagnostics += [emptyColumnsSoon(site, empty: findings.empty), homeStaleSoon(site, days: homeDays)].compactMap { $0 }
        if homeDays ?? .max > site.check.homeStaleDays {
            findings.homeStaleDays = homeDays ?? -1
            let shown = homeDays.map { Wording("for \($0) days", "已 \($0) 天") } ?? Wording("ever", "一直")
            findings.diagnostics.append(Diagnostic(.homeStale, at: SourceLocation(path: site.configPath),
                                                   Wording("the home page has shown no new item \(shown.english) (the limit is \(site.check.homeStaleDays) days)",
                        "首页\(shown.chinese)没有新信息（上限 \(site.check.homeStaleDays) 天，属单项否决）"),
                fix: Wording("publish a current document in a column of the menu", "请在首页栏目中发布新的信息")))
        }
        return findings
    }

    /// 互动回应: a message waits at most `reply_days` for its published reply (`replied:`).
    private func unansweredFindings(_ documents: [Document], site: Site) -> [Diagnostic] {
        documents.compactMap { document in
            let waited = days(since: document.frontMatter.date)
            guard document.frontMatter.replied == nil, waited > site.check.replyDays else { return nil }
            return Diagnostic(.interactionUnanswered, at: SourceLocation(path: document.path),
                              Wording("this message has waited \(waited) days for a published reply (the limit is \(site.check.replyDays))",
                                  "此留言已 \(waited) 天未公开答复（上限 \(site.check.replyDays) 天）"),
                          fix: Wording("publish the reply and add `replied: YYYY-MM-DD` to the front matter",
                                       "公开答复后，在前置信息中添加 `replied: 答复日期`"))
        }
    }

    func verdict(_ site: Site, columns: ColumnFindings) -> SiteVerdict {
        var reasons: [Wording] = []
        if let days = columns.homeStaleDays {
            reasons.append(Wording("the home page has had no new item for over \(site.check.homeStaleDays) days\(days >= 0 ? " (\(days))" : "")",
                                   "首页超过 \(site.check.homeStaleDays) 天未更新"))
        }
        if columns.staleNewsAndNotice >= SiteVerdict.staleNewsAndNoticeLimit {
            reasons.append(Wording("\(columns.staleNewsAndNotice) news, notice and policy columns are stale", "\(columns.staleNewsAndNotice) 个动态、通知公告和政策文件类栏目未按时更新"))
        }
        if columns.stale >= SiteVerdict.staleLimit {
            reasons.append(Wording("\(columns.stale) columns are stale", "\(columns.stale) 个栏目应更新而未更新"))
        }
        if columns.empty >= SiteVerdict.emptyLimit {
            reasons.append(Wording("\(columns.empty) columns are empty", "\(columns.empty) 个空白栏目"))
        }
        if columns.unanswered > 0 {
            reasons.append(Wording("\(columns.unanswered) messages have waited over \(site.check.replyDays) days for a reply",
                                   "\(columns.unanswered) 条留言超过 \(site.check.replyDays) 天未答复"))
        }
        return SiteVerdict(siteID: site.id, siteName: site.name, reasons: reasons, staleColumns: columns.stale, emptyColumns: columns.empty)
    }
}
