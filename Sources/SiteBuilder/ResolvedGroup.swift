import ContentModel
import Foundation

/// A column with its published documents in reading order.
struct ResolvedColumn: Sendable {
    let column: Column
    /// Pinned (higher `weight`) first, then newest first.
    let documents: [Document]

    var pageCount: Int { max(1, (documents.count + column.pageSize - 1) / column.pageSize) }

    func documents(onPage page: Int) -> ArraySlice<Document> {
        let start = (page - 1) * column.pageSize
        return documents[min(start, documents.count)..<min(start + column.pageSize, documents.count)]
    }
}

/// What one site publishes, ready to render.
struct ResolvedSite: Sendable {
    let site: Site
    let chain: ThemeChain
    let columns: [ResolvedColumn]
    /// Standalone pages, by weight then title.
    let pages: [Document]
    let isPortal: Bool
}

public struct ResolvedGroup: Sendable {
    let group: SiteGroup
    /// The sites to build.
    let sites: [ResolvedSite]
    let links: LinkIndex
    let dates: DateText

    /// Every site of the group, the portal first, as the group's navigation lists them.
    var portalFirst: [Site] {
        group.sites.filter { $0.id == group.portal } + group.sites.filter { $0.id != group.portal }
    }
}

/// Dates as pages show them, in the group's time zone.
struct DateText: Sendable {
    private let calendar: Calendar

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// `2024-05-01`
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `2024-05-01 09:30`
    func minute(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return day(date) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    func year(_ date: Date) -> Int {
        calendar.component(.year, from: date)
    }
}
