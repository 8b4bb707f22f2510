/// One of a site's yearly reports, laid out as the national form lays it out: tables of figures, each figure
/// derived from content or filled in by editors.
public struct AnnualReport: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 政府网站工作年度报表 (国办函〔2018〕12号)
        case website
        /// 政府信息公开工作年度报告
        case disclosure

        public var title: String {
            switch self {
            case .website: "政府网站工作年度报表"
            case .disclosure: "政府信息公开工作年度报告"
            }
        }
    }

    public let kind: Kind
    public let year: Int
    public let siteID: String
    public let siteName: String
    public let tables: [ReportTable]

    /// `政府网站工作年度报表（2026年度）`
    public var heading: String { Self.heading(kind, year: year) }

    public static func heading(_ kind: Kind, year: Int) -> String {
        "\(kind.title)（\(year)年度）"
    }
}

/// A table of a report: its caption, the headings of its value columns, and its rows.
public struct ReportTable: Sendable, Hashable {
    public let caption: String
    /// What each value column holds; one column for a table of single figures.
    public let columns: [String]
    public let rows: [ReportRow]
}

public struct ReportRow: Sendable, Hashable {
    public let label: String
    /// One per column of the table.
    public let figures: [Figure]
}

/// One figure of a report.
public enum Figure: Sendable, Hashable {
    case count(Int)
    /// Days in tenths, so that every format shows the same one decimal (2.5 days is 25).
    case tenthsOfDays(Int)
    case amount(String)
    case flag(Bool)
    case text(String)
    /// Editors have not filled it in: shown as 未填报, never as 0.
    case missing
    /// Nothing to work it out from, such as the average time to answer when no message was answered.
    case none

    public static let missingText = "未填报"

    /// The figure as every format writes it.
    public var text: String {
        switch self {
        case .count(let count): "\(count)"
        case .tenthsOfDays(let tenths): "\(tenths / 10).\(tenths % 10)"
        case .amount(let amount): amount
        case .flag(let flag): flag ? "是" : "否"
        case .text(let text): text
        case .missing: Self.missingText
        case .none: "—"
        }
    }

    public var isMissing: Bool { self == .missing }
}
