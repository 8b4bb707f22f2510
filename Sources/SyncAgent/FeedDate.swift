import Foundation

/// The dates feeds write: RFC 822 in RSS, RFC 3339 in Atom and sitegroup's namespace, and the plain
/// `2024-05-01 09:30:00` some CMSs put in either, read in the group's time zone.
struct FeedDate {
    private let formatters: [DateFormatter]

    static let zoned = ["EEE, dd MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z",
                        "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm:ss zzz",
                        "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSXXXXX"]
    static let local = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss", "yyyy-MM-dd"]

    init(timeZone: TimeZone) {
        formatters = (Self.zoned.map { ($0, TimeZone(identifier: "UTC")!) } + Self.local.map { ($0, timeZone) }).map { format, zone in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = zone
            formatter.dateFormat = format
            return formatter
        }
    }

    func date(_ text: String) -> Date? {
        if let date = InternetDate(text)?.date { return date }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return formatters.lazy.compactMap { $0.date(from: trimmed) }.first
    }
}
