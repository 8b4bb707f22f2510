import Foundation
import SyncAgent
import Testing

/// The common date shapes are read without ICU; each must give the instant ICU's formatter for its shape gives,
/// and a date outside them (a wrong weekday, 29 February of a common year, hour 24, a fraction) is still read, or refused, as ICU does.
@Suite("Feed dates")
struct FeedDateTests {
    static let rfc822 = "EEE, dd MMM yyyy HH:mm:ss Z", rfc822Named = "EEE, dd MMM yyyy HH:mm:ss zzz", rfc3339 = "yyyy-MM-dd'T'HH:mm:ssXXXXX"

    func read(_ date: String) throws -> Date? {
        let feed = "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>https://x.example/1</link><pubDate>\(date)</pubDate></item></channel></rss>"
        let reader = FeedReader(address: URL(string: "https://x.example/rss.xml"), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        guard case .success(let listing) = reader.read(Data(feed.utf8)) else { throw CocoaError(.fileReadCorruptFile) }
        return try #require(listing.items.first).date
    }

    @Test(arguments: [
        ("Wed, 01 May 2024 09:30:00 +0800", rfc822), ("Wed, 1 May 2024 09:30:00 -0530", rfc822), (" Sat, 28 Nov 2026 21:06:40 GMT\n", rfc822Named),
        ("Thu, 29 Feb 2024 23:59:59 +0000", rfc822), ("Fri, 31 Dec 1999 00:00:00 +1400", rfc822), ("Mon, 01 Jan 1900 12:00:00 +0800", rfc822),
        ("2024-05-01T09:30:00+08:00", rfc3339), ("2024-05-01T01:30:00Z", rfc3339), ("2026-12-31T23:59:59-12:00", rfc3339),
        ("Thu, 01 May 2024 09:30:00 +0800", rfc822), ("Thu, 29 Feb 2025 09:30:00 +0800", rfc822), ("Wed, 01 May 2024 24:30:00 +0800", rfc822),
        ("2024-05-01T09:30:00.250+08:00", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX"),
    ])
    func aDateIsTheInstantICUReads(text: String, format: String) throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        #expect(try read(text) == formatter.date(from: text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
