import Foundation

/// The whole group as read from disk: `sitegroup.yaml`, its sites and themes.
public struct SiteGroup: Sendable, Hashable {
    /// Absolute path of the group's root folder.
    public var root: String
    public var name: String
    public var portal: String
    public var portalLocation: SourceLocation
    public var timeZone: TimeZone
    public var language: String
    public var sites: [Site]
    public var themes: [String: Theme]
    /// How many items a feed carries.
    public var feedLength: Int
    /// The 索引号 pattern (a regular expression) every disclosed document must match.
    public var indexPattern: String
    public var indexPatternLocation: SourceLocation
    /// 主题分类 the group adds to the national vocabulary.
    public var extraTopics: [String]
    public var check: CheckSettings
    public var syncRules: [SyncRule]

    public static let defaultFeedLength = 50

    public init(root: String, name: String, portal: String, portalLocation: SourceLocation, timeZone: TimeZone,
                language: String, sites: [Site], themes: [String: Theme]) {
        self.root = root
        self.name = name
        self.portal = portal
        self.portalLocation = portalLocation
        self.timeZone = timeZone
        self.language = language
        self.sites = sites
        self.themes = themes
        self.feedLength = SiteGroup.defaultFeedLength
        self.indexPattern = DisclosureVocabulary.defaultIndexPattern
        self.indexPatternLocation = portalLocation
        self.extraTopics = []
        self.check = .standard
        self.syncRules = []
    }

    /// The diagnostics with the severities `check:` sets, a site's own settings for its files, the group's for the rest;
    /// `build` and `check` apply the same settings.
    public func applyingSeverities(to diagnostics: [Diagnostic], inCheck: Bool) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            let settings = Self.siteID(of: diagnostic).flatMap(site)?.check ?? check
            var adjusted = diagnostic
            adjusted.severity = settings.severity(of: diagnostic, inCheck: inCheck)
            return adjusted
        }
    }

    /// The site a diagnostic belongs to, or nil for the group's own files.
    public static func siteID(of diagnostic: Diagnostic) -> String? {
        let parts = diagnostic.location.path.split(separator: "/")
        return parts.count > 1 && parts[0] == "sites" ? String(parts[1]) : nil
    }

    public func site(_ id: String) -> Site? {
        sites.first { $0.id == id }
    }

    /// Whether `text` names a day as `endOfDay` reads it, in any time zone.
    public static func isDay(_ text: String) -> Bool {
        text.count == 10 && DateReader(timeZone: TimeZone(identifier: "UTC")!).date(from: text) != nil
    }

    /// The last second of a `YYYY-MM-DD` day in the group's time zone.
    public func endOfDay(_ day: String) -> Date? {
        guard day.count == 10, let start = DateReader(timeZone: timeZone).date(from: day) else { return nil }
        return start.addingTimeInterval(24 * 3600 - 1)
    }
}
