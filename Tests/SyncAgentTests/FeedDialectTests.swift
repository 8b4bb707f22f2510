import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

/// Issue 11 item 16: what real government CMSs send — an encoding named only by the HTTP header, a header that
/// corrects a wrong declaration, Dublin Core titles and dates, and items whose only address is their guid.
@Suite("Feeds as CMSs really send them")
struct FeedDialectTests {
    /// 林业局 in GB2312, 镕 in GBK only.
    static let linyeju: [UInt8] = [0xC1, 0xD6, 0xD2, 0xB5, 0xBE, 0xD6]
    static let rong: [UInt8] = [0xE9, 0x46]

    static func feed(declaration: String, title: [UInt8]) -> Data {
        Data("\(declaration)<rss version=\"2.0\"><channel><title>".utf8) + Data(title)
            + Data("</title><link>https://lyj.example.gov.cn/</link><item><title>".utf8) + Data(title)
            + Data("</title><link>https://lyj.example.gov.cn/1.html</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item></channel></rss>".utf8)
    }

    @Test func aCharsetOnlyInContentTypeIsUsed() throws {
        let run = try FeedImport(Self.feed(declaration: "", title: Self.linyeju), behaviour: .serveAs(contentType: "application/rss+xml; charset=GB2312"))
        #expect(run.report.failure == nil)
        #expect(run.report.created.map(\.title) == ["林业局"])
    }

    @Test func theHTTPCharsetCorrectsAWrongDeclaration() throws {
        let data = Self.feed(declaration: "<?xml version=\"1.0\" encoding=\"utf-8\"?>", title: Self.linyeju + Self.rong)
        let run = try FeedImport(data, behaviour: .serveAs(contentType: "text/xml;charset=\"gbk\""))
        #expect(run.report.failure == nil)
        #expect(run.report.created.map(\.title) == ["林业局镕"])
    }

    @Test(arguments: [
        ("application/rss+xml; charset=GB2312", "GB2312 (HTTP charset)"),
        ("application/xml; charset=gb2312", "GB2312 (HTTP charset, read as GB18030)"),
        ("text/html; charset=GB2312", nil),
    ])
    func theEncodingSaysWhereItCameFrom(contentType: String, encoding: String?) throws {
        let reader = FeedReader(address: URL(string: "https://lyj.example.gov.cn/rss.xml"), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let title = contentType.hasPrefix("application/xml") ? Self.linyeju + Self.rong : Self.linyeju
        let result = reader.read(Self.feed(declaration: "", title: title), contentType: contentType)
        if let encoding {
            #expect(try result.get().encoding == encoding)
        } else {
            #expect(throws: SourceFailure.self, "only XML media types carry the feed's charset") { try result.get() }
        }
    }

    @Test func dublinCoreTitlesAndDatesAndPermalinkGuids() throws {
        let reader = FeedReader(address: URL(string: "https://tjj.example.gov.cn/rss.xml"), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let listing = try reader.read(Data("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
            <channel><title>统计局</title><link>https://tjj.example.gov.cn/</link>
            <item><dc:title>统计公报</dc:title><guid>https://tjj.example.gov.cn/a.html</guid>
              <dcterms:issued>2024-05-01T09:30:00+08:00</dcterms:issued><dcterms:modified>2024-05-02T10:00:00+08:00</dcterms:modified></item>
            <item><title>数据解读</title><guid isPermaLink="false">https://tjj.example.gov.cn/b.html</guid><dcterms:created>2024-05-03</dcterms:created></item>
            <item><title>统计月报</title><link>https://tjj.example.gov.cn/c.html</link><dc:date>2024-05-04T08:00:00+08:00</dc:date></item>
            </channel></rss>
            """.utf8)).get()
        let first = listing.items[0], second = listing.items[1]
        #expect(first.title == "统计公报")
        #expect(first.link == "https://tjj.example.gov.cn/a.html", "a permalink guid is the item's address")
        #expect(first.date == Date(timeIntervalSince1970: 1_714_527_000) && first.updated == Date(timeIntervalSince1970: 1_714_615_200))
        #expect(first.problems.isEmpty)
        #expect(second.link == "", "a guid that is not a permalink is no address")
        #expect(second.date == Date(timeIntervalSince1970: 1_714_665_600))
        #expect(listing.items[2].date == Date(timeIntervalSince1970: 1_714_780_800))
    }
}
