import ContentModel

/// How an inspection under the national indicators (2019) would judge one site.
public struct SiteVerdict: Sendable, Hashable {
    public let siteID: String
    public let siteName: String
    /// Why the site fails; empty when it passes.
    public let reasons: [Wording]
    public let staleColumns: Int
    public let emptyColumns: Int

    public var passed: Bool { reasons.isEmpty }

    /// Fail lines of the indicators: 5 stale news/notice columns, 10 stale columns in all, 5 empty columns.
    static let staleNewsAndNoticeLimit = 5
    static let staleLimit = 10
    static let emptyLimit = 5
}

/// Everything `sitegroup check` found.
public struct InspectionReport: Sendable {
    /// All diagnostics — loading, validation, rendering and inspection — with the configured severities, sorted.
    public let diagnostics: [Diagnostic]
    public let verdicts: [SiteVerdict]
    /// What was not inspected, and why (no git history, uncommitted files).
    public let notes: [Wording]
}
