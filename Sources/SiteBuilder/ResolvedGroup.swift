import AnnualReport
import ContentModel
import Foundation

/// A column with its published documents in reading order.
struct ResolvedColumn: Sendable {
    let column: Column
    /// Pinned (higher `weight`) first, then newest first.
    let documents: [Document]

    /// When the column last had a new document.
    let newest: Date?
    /// Each document's place in `documents`, by path, so an article finds its neighbours without a search.
    private let positions: [String: Int]

    init(column: Column, documents: [Document]) {
        self.column = column
        self.documents = documents
        newest = documents.map(\.frontMatter.date).max()
        positions = Dictionary(documents.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The documents before and after `document` in the column's order (上一篇, 下一篇).
    func neighbours(of document: Document) -> (previous: Document?, next: Document?) {
        guard let position = positions[document.path] else { return (nil, nil) }
        return (position > 0 ? documents[position - 1] : nil, position + 1 < documents.count ? documents[position + 1] : nil)
    }

    var pageCount: Int { max(1, (documents.count + column.pageSize - 1) / column.pageSize) }

    func documents(onPage page: Int) -> ArraySlice<Document> {
        let start = (page - 1) * column.pageSize
        return documents[min(start, documents.count)..<min(start + column.pageSize, documents.count)]
    }
}

/// A published document together with the site and column it belongs to. A class, so that the many lists an
/// entry is in (the site's, the group's, the catalog's and their views) share it instead of copying a site each.
final class Entry: Sendable {
    let site: Site
    let column: Column
    let document: Document

    init(site: Site, column: Column, document: Document) {
        self.site = site
        self.column = column
        self.document = document
    }
}

/// A published document or page that search finds, with its site and its column (none for a page).
final class Findable: Sendable {
    let site: Site
    let column: Column?
    let document: Document

    init(site: Site, column: Column?, document: Document) {
        self.site = site
        self.column = column
        self.document = document
    }
}

/// What one site publishes, ready to render.
struct ResolvedSite: Sendable {
    let site: Site
    let chain: ThemeChain
    let columns: [ResolvedColumn]
    /// Standalone pages, by weight then title.
    let pages: [Document]
    /// Documents and pages that the clock alone will publish: their links are checked before their day.
    let scheduled: [Document]
    let isPortal: Bool
    /// The disclosed documents its catalog lists (the whole group's on the portal), newest first.
    let catalog: [Entry]
    /// The site's own documents, newest first, for its feed and its pages' last-modified dates.
    let latest: [Entry]
    /// Everything the group publishes, newest first, for the portal's group-wide feed; empty elsewhere.
    let groupLatest: [Entry]
    /// On the portal: every other site's own documents, newest first, for 部门动态; empty elsewhere.
    let departmentLatest: [Entry]
    /// On the portal: what each department sent by sync and what was published, newest year first.
    let submissions: [SubmissionCount]
    /// What the site's search finds; empty when its search is off.
    let findable: [Findable]
    /// On a portal whose search is on: what the group-wide search finds, from every site whose search is on.
    let groupFindable: [Findable]
    /// Works out the site's annual reports (年度报表).
    let reporter: AnnualReportMaker
    /// The reports its build publishes: both of each year `reporter` reports, oldest first.
    let reports: [AnnualReport]
    /// On the portal, which publishes the annual reports of the group's sites: every department site's reports,
    /// site by site, newest year first; empty elsewhere.
    let departmentReports: [ReportLink]
}

/// A link to a report another site of the group publishes.
struct ReportLink: Sendable {
    let siteName: String
    let title: String
    /// Absolute: the report is on the other site.
    let url: String
}

/// 报送/采用 of one department in one year: the figures 政务信息 work is assessed by.
struct SubmissionCount: Sendable {
    struct Key: Hashable, Sendable {
        let year: Int
        let siteID: String
    }

    let key: Key
    let siteName: String
    /// 报送: every item that arrived, whatever became of it.
    private(set) var sent = 0
    /// 采用: published on the portal.
    private(set) var published = 0
    private(set) var pending = 0

    init(key: Key, siteName: String) {
        self.key = key
        self.siteName = siteName
    }

    mutating func add(_ document: Document, now: Date) {
        sent += 1
        if document.isPublished(at: now) { published += 1 }
        if document.frontMatter.review == .pending { pending += 1 }
    }
}

public struct ResolvedGroup: Sendable {
    let group: SiteGroup
    /// The sites to build.
    let sites: [ResolvedSite]
    /// The sitemap of every site of the group and when its newest document was published, for the sitemap index.
    let sitemaps: [(url: String, lastModified: Date?)]
    let links: LinkIndex
    let dates: DateText
    /// What the build shows, and whether it is a preview.
    let publication: Publication
    /// Every site of the group, the portal first, as the group's navigation lists them.
    let portalFirst: [Site]
    /// The parent domain of every site's host, for the reading aids' group-wide cookie ("" when there is none).
    let sharedDomain: String

    /// The sites being built.
    public var builtSites: [Site] { sites.map(\.site) }

    /// Both annual reports of `year` for each site being built, as of the build's `now`, in the group's order.
    public func annualReports(year: Int) -> [AnnualReport] {
        sites.flatMap { $0.reporter.reports(for: year) }
    }
}

/// Dates as pages show them, in the group's time zone.
struct DateText: Sendable {
    private let calendar: Calendar
    /// Lists show each document's day on many pages; working it out from the calendar each time was a visible
    /// share of a build.
    private let days = Memo<Date, String>()

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// `2024-05-01`
    func day(_ date: Date) -> String {
        days.value(for: date) {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
    }

    /// `2024-05-01 09:30`
    func minute(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return day(date) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    func year(_ date: Date) -> Int {
        calendar.component(.year, from: date)
    }

    /// RFC 822, as RSS wants it: `Wed, 01 May 2024 09:30:00 +0800`.
    func rfc822(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekday = Self.weekdays[(parts.weekday ?? 1) - 1], month = Self.months[(parts.month ?? 1) - 1]
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d ", weekday, parts.day ?? 0, month, parts.year ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + offset(date, separator: "")
    }

    /// W3C date-time, as sitemaps want it: `2024-05-01T09:30:00+08:00`.
    func w3c(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return day(date) + String(format: "T%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
            + offset(date, separator: ":")
    }

    private func offset(_ date: Date, separator: String) -> String {
        let seconds = calendar.timeZone.secondsFromGMT(for: date)
        return String(format: "%@%02d%@%02d", seconds < 0 ? "-" : "+", abs(seconds) / 3600, separator, abs(seconds) % 3600 / 60)
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
