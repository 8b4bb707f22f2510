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
    }

    public func site(_ id: String) -> Site? {
        sites.first { $0.id == id }
    }

    /// The last second of a `YYYY-MM-DD` day in the group's time zone.
    public func endOfDay(_ day: String) -> Date? {
        guard day.count == 10, let start = DateReader(timeZone: timeZone).date(from: day) else { return nil }
        return start.addingTimeInterval(24 * 3600 - 1)
    }
}
