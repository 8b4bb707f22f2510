import Foundation
import SyncAgent
import Testing

/// A feed's one-line fields have their whitespace runs collapsed; text already on one line is recognised from its
/// bytes and kept as it is, and anything else is collapsed Character by Character, so each reads as before.
@Suite("Feed text on one line")
struct FeedTextTests {
    @Test(arguments: [
        "甲。乙、丙", "a b-c d", "<p style=\"x\">一</p>", "一 二", "  前面", "后面 ", "a  b", "a\n b", "a\tb", "a\u{3000}b", "a\u{00A0}b",
        "a\u{2028}b", "a\u{205F}b", "a\u{1680}b", "a\u{2009}b", "a \u{301}b", "a\u{301} b", "\u{3001}\u{3000}",
    ])
    func aTitleReadsAsItsWhitespaceCollapsed(title: String) throws {
        let feed = "<rss version=\"2.0\"><channel><title>t</title><item><title>\(title.replacingOccurrences(of: "<", with: "&lt;"))</title>"
            + "<link>https://x.example/1</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item></channel></rss>"
        let reader = FeedReader(address: URL(string: "https://x.example/rss.xml"), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        guard case .success(let listing) = reader.read(Data(feed.utf8)) else { throw CocoaError(.fileReadCorruptFile) }
        #expect(try #require(listing.items.first).title == title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
