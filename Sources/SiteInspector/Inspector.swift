import ContentModel
import Foundation
import SiteBuilder

/// The inspection rules a government site group is judged by, run over a loaded and rendered group:
/// column staleness and empty columns, the home page, unanswered interaction, the secrecy gate,
/// the identity footer on every page, accessible content and policy interpretations.
public struct Inspector {
    let group: SiteGroup
    let rendered: RenderedGroup
    /// The end of the day being inspected.
    let today: Date
    let sites: [Site]

    public init(group: SiteGroup, rendered: RenderedGroup, today: Date) {
        self.group = group
        self.rendered = rendered
        self.today = today
        let built = Set(rendered.sites.map(\.siteID))
        sites = group.sites.filter { built.contains($0.id) }
    }

    /// - Parameter earlier: what loading, validation and rendering already found.
    public func inspect(adding earlier: [Diagnostic]) -> InspectionReport {
        var findings: [Diagnostic] = []
        var verdicts: [SiteVerdict] = []
        for site in sites {
            let columns = columnFindings(site)
            findings += columns.diagnostics
            findings += contentFindings(site) + identityFindings(site)
            verdicts.append(verdict(site, columns: columns))
        }
        let all = group.applyingSeverities(to: earlier.filter { Self.belongs($0, to: sites.map(\.id)) } + findings, inCheck: true)
        return InspectionReport(diagnostics: Array(Set(all)).sorted(), verdicts: verdicts)
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
