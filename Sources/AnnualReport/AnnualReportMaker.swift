import ContentModel
import Foundation

/// Works out a site's reports for one year from what it publishes as of `now`, and from what its editors filled in
/// for that year (`sites/<site>/reports/<year>.yaml`). A document belongs to the year of its `date` in the group's
/// time zone; a disclosed rule or normative document to the year of its 成文日期.
public struct AnnualReportMaker: Sendable {
    let site: Site
    let isPortal: Bool
    let features: SiteFeatures
    let now: Date
    let calendar: Calendar

    public init(site: Site, isPortal: Bool, features: SiteFeatures, now: Date, timeZone: TimeZone) {
        self.site = site
        self.isPortal = isPortal
        self.features = features
        self.now = now
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The years a site reports: every year that has ended and in which it published, and every year its editors
    /// have filed figures for (filing is how a report for the year under way is asked for), oldest first.
    public var years: [Int] {
        let current = year(of: now)
        let published = site.documents.filter { $0.isPublished(at: now) }.map { year(of: $0.frontMatter.date) }.filter { $0 < current }
        return Set(published + site.filings.map(\.year)).sorted()
    }

    public func reports(for year: Int) -> [AnnualReport] {
        [website(year), disclosure(year)]
    }

    func filed(_ key: String, in year: Int) -> Figure {
        switch site.filings.first(where: { $0.year == year })?.values[key] {
        case .count(let count)?: .count(count)
        case .amount(let amount)?: .amount(amount)
        case .flag(let flag)?: .flag(flag)
        case .text(let text)?: .text(text)
        case nil: .missing
        }
    }

    /// A row of one filled-in figure, labelled as the national form labels it.
    func filedRow(_ key: String, in year: Int) -> ReportRow {
        let label = ReportField.all.first { $0.key == key }?.label ?? key
        return ReportRow(label: label, figures: [filed(key, in: year)])
    }

    func year(of date: Date) -> Int {
        calendar.component(.year, from: date)
    }

    /// The site's column documents published now and dated in `year`.
    func published(in year: Int) -> [Document] {
        site.documents.filter { $0.isPublished(at: now) && self.year(of: $0.frontMatter.date) == year }
    }

    func kind(of document: Document) -> ColumnKind? {
        document.columnID.flatMap(site.column)?.kind
    }
}
