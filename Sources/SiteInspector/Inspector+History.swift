import ContentModel
import Foundation

/// 伪造发稿日期: a document whose `date` lies well before the day it was committed claims to have been published
/// earlier than it was. Imported documents keep their source's date on purpose and are judged at their source.
extension Inspector {
    func backDatedFindings(_ site: Site, history: GitHistory) -> (diagnostics: [Diagnostic], uncommitted: Int) {
        var findings: [Diagnostic] = []
        var uncommitted = 0
        let from = site.check.backDatedFrom.flatMap(group.endOfDay).map { $0.addingTimeInterval(1 - 86_400) }
        for document in published(site.documents) where document.frontMatter.origin == nil {
            guard let added = history.added[document.path] else {
                uncommitted += 1
                continue
            }
            let allowance = site.check.backDatedDays
            // Counted in days of the group's calendar, as editors date documents and as the message tells it.
            let late = days(from: document.frontMatter.date, to: added)
            guard added >= from ?? .distantPast, late > allowance else { continue }
            let dated = day(of: document.frontMatter.date), committed = day(of: added)
            findings.append(Diagnostic(.documentBackDated, at: document.dateLocation,
                                       Wording("dated \(dated) but added to the repository on \(committed), \(late) days later (the allowance is \(allowance))",
                                               "发布日期为 \(dated)，但 \(committed) 才提交到仓库，晚了 \(late) 天（允许 \(allowance) 天）"),
                                       fix: Wording("set `date` to the day it is published, and keep the day it was signed as `written:` under `disclosure:`",
                                                    "请将 `date` 改为实际发布日期，成文日期可填在 `disclosure:` 下的 `written:`")))
        }
        return (findings, uncommitted)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = group.timeZone
        return calendar
    }

    private func days(from start: Date, to end: Date) -> Int {
        calendar.dateComponents([.day], from: calendar.startOfDay(for: start), to: calendar.startOfDay(for: end)).day ?? 0
    }

    /// `2024-05-01` in the group's time zone.
    private func day(of date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
