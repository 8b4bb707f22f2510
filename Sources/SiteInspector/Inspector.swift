import ContentModel
import Foundation
import SiteBuilder

/// The inspection rules a government site group is judged by, run over a loaded and rendered group:
/// column staleness and empty columns, the home page, unanswered interaction, the secrecy gate,
/// the identity footer on every page, accessible content and policy interpretations, the early warnings before
/// those limits, back-dated documents and, when asked, external links.
public struct Inspector {
    let group: SiteGroup
    let rendered: RenderedGroup
    /// The end of the day being inspected.
    let today: Date
    let sites: [Site]
    /// When each file was added, or why that cannot be told.
    let history: Result<GitHistory, GitHistory.Unavailable>
    /// What following each external link found, with `check --external`; nil when links were not followed.
    public var externalStatuses: [String: ExternalLinkStatus]?

    public init(group: SiteGroup, rendered: RenderedGroup, today: Date, history: Result<GitHistory, GitHistory.Unavailable>) {
        self.group = group
        self.rendered = rendered
        self.today = today
        self.history = history
        let built = Set(rendered.sites.map(\.siteID))
        sites = group.sites.filter { built.contains($0.id) }
    }

    /// - Parameter earlier: what loading, validation and rendering already found.
    public func inspect(adding earlier: [Diagnostic]) -> InspectionReport {
        var findings: [Diagnostic] = []
        var verdicts: [SiteVerdict] = []
        var uncommitted = 0
        for site in sites {
            let columns = columnFindings(site)
            findings += columns.diagnostics
            findings += contentFindings(site) + (rendered.sites.first { $0.siteID == site.id }?.pageFindings ?? [])
            if case .success(let history) = history {
                let backDated = backDatedFindings(site, history: history)
                findings += backDated.diagnostics
                uncommitted += backDated.uncommitted
            }
            if let externalStatuses { findings += externalFindings(site, statuses: externalStatuses) }
            verdicts.append(verdict(site, columns: columns))
        }
        let all = group.applyingSeverities(to: earlier.filter { Self.belongs($0, to: sites.map(\.id)) } + findings, inCheck: true)
        return InspectionReport(diagnostics: Array(Set(all)).sorted(), verdicts: verdicts, notes: notes(uncommitted: uncommitted))
    }

    /// What the inspection could not judge, and why.
    private func notes(uncommitted: Int) -> [Wording] {
        switch history {
        case .failure(let unavailable):
            return [Wording("back-dated documents were not looked for: \(unavailable.reason.english)",
                            "未检查伪造发稿日期：\(unavailable.reason.chinese)")]
        case .success where uncommitted > 0:
            return [Wording("\(uncommitted) published documents are not committed yet, so their dates were not compared with a commit",
                            "\(uncommitted) 个已发布文件尚未提交，未与提交日期比对")]
        case .success:
            return []
        }
    }

    /// Earlier diagnostics of sites not being checked are left out; the group's own files always count.
    private static func belongs(_ diagnostic: Diagnostic, to siteIDs: [String]) -> Bool {
        SiteGroup.siteID(of: diagnostic).map(siteIDs.contains) ?? true
    }

    /// Whole days from `date` to the inspected day.
    func days(since date: Date) -> Int {
        Int(today.timeIntervalSince(date) / 86_400)
    }

    func published(_ documents: [Document]) -> [Document] {
        documents.filter { $0.isPublished(at: today) }
    }
}
