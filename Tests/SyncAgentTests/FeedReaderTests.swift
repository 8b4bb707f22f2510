import ContentModel
import Foundation
import SiteBuilder
import SyncAgent
import Testing

/// Feeds shaped like the ones government CMSs publish, read as the agent reads them.
@Suite("Reading RSS and Atom from any CMS")
struct FeedReaderTests {
    let reader = FeedReader(address: URL(string: "https://www.example.gov.cn/feeds/rss.xml"), timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    func listing(_ xml: String) throws -> SourceListing {
        try reader.read(Data(xml.utf8)).get()
    }

    func failure(_ data: Data) -> String? {
        guard case .failure(let failure) = reader.read(data) else { return nil }
        return failure.reason.english
    }

    @Test func rssWithCDATAEntitiesNamespacesAndRelativeLinks() throws {
        let feed = try listing("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>示例市林业局 &amp; 草原局</title><link>https://lyj.example.gov.cn/</link>
            <item>
              <title>关于&#8220;林长制&#8221;的通知</title>
              <link>/art/2024/5/1/art_1.html</link>
              <guid isPermaLink="false">art_1</guid>
              <pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate>
              <dc:creator>局办公室</dc:creator>
              <category>通知公告</category>
              <description>摘要</description>
              <content:encoded><![CDATA[<p onclick="steal()">正文&nbsp;见<a href="../../files/a.pdf">附件</a>。</p>
                <script>alert(1)</script><img src="img/map.png" alt="地图"><a href="java\tscript:alert(1)">x</a>
                <iframe src="https://evil.example/"></iframe><img src="data:image/png;base64,AAAA"></p>]]></content:encoded>
            </item>
            </channel></rss>
            """)
        #expect(feed.kind == .rss && feed.encoding == "UTF-8" && !feed.isSitegroup && !feed.complete)
        #expect(feed.title == "示例市林业局 & 草原局")
        let item = try #require(feed.items.first)
        #expect(item.id == "lyj.example.gov.cn:art_1", "a bare guid is only unique within its site")
        #expect(item.title == "关于“林长制”的通知")
        #expect(item.link == "https://lyj.example.gov.cn/art/2024/5/1/art_1.html")
        #expect(item.date == Date(timeIntervalSince1970: 1_714_527_000))
        #expect(item.author == "局办公室" && item.tags == ["通知公告"] && item.summary == "摘要")
        #expect(item.format == .html)
        #expect(item.body == """
            <p>正文\u{A0}见<a href="https://lyj.example.gov.cn/art/2024/files/a.pdf">附件</a>。</p>
                <img src="https://lyj.example.gov.cn/art/2024/5/1/img/map.png" alt="地图"><a>x</a>
                <img>
            """)
        #expect(item.problems.map(\.english) == ["removed from the body: on… event handler, <script>, javascript: address, <iframe>, data: address"])
        #expect(item.slugHint == "art_1")
    }

    @Test func missingGuidsFallBackToTheLinkAndMissingDatesAreReported() throws {
        let feed = try listing("""
            <rss version="2.0"><channel><title>t</title><link>https://tjj.example.gov.cn/</link>
            <item><title>一</title><link>https://tjj.example.gov.cn/a.html</link><pubDate>2024-05-01 09:30:00</pubDate><description>&lt;p&gt;甲&lt;/p&gt;</description></item>
            <item><title>二</title><link>https://tjj.example.gov.cn/b.html</link></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.id) == ["https://tjj.example.gov.cn/a.html", "https://tjj.example.gov.cn/b.html"])
        #expect(feed.items[0].date == Date(timeIntervalSince1970: 1_714_527_000), "a zone-less date is read in the group's time zone")
        #expect(feed.items[0].body == "<p>甲</p>" && feed.items[0].summary == "甲")
        #expect(feed.items[0].problems.map(\.english) == ["no <guid>: the item is known by its link"])
        #expect(feed.items[1].problems.map(\.english) == ["no <guid>: the item is known by its link", "no publication date: the item cannot be imported"])
    }

    @Test func atomWithXHTMLContentAndBase() throws {
        let feed = try listing("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">规划&lt;b&gt;局&lt;/b&gt;</title>
            <link href="https://ghj.example.gov.cn/"/>
            <entry xml:base="https://ghj.example.gov.cn/news/">
              <id>tag:ghj.example.gov.cn,2024:1</id><title>规划公示</title>
              <link rel="alternate" href="2024/1.html"/><updated>2024-05-02T10:00:00+08:00</updated><published>2024-05-01T09:30:00+08:00</published>
              <author><name>规划科</name></author><category term="规划"/>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>见<a href="map.html">图</a></p></div></content>
            </entry></feed>
            """)
        #expect(feed.kind == .atom && feed.title == "规划局" && feed.link == "https://ghj.example.gov.cn/")
        let entry = try #require(feed.items.first)
        #expect(entry.id == "tag:ghj.example.gov.cn,2024:1" && entry.link == "https://ghj.example.gov.cn/news/2024/1.html")
        #expect(entry.date == Date(timeIntervalSince1970: 1_714_527_000) && entry.updated == Date(timeIntervalSince1970: 1_714_615_200))
        #expect(entry.author == "规划科" && entry.tags == ["规划"])
        #expect(entry.body == #"<div><p>见<a href="https://ghj.example.gov.cn/news/2024/map.html">图</a></p></div>"#)
    }

    /// `林业局` and `镕` in GBK bytes; `镕` is not in GB2312, which many sites still declare.
    @Test func gbkBytesLabelledGB2312AreReadAsGB18030() throws {
        func feed(_ encoding: String, title: [UInt8]) -> Data {
            Data("<?xml version=\"1.0\" encoding=\"\(encoding)\"?><rss version=\"2.0\"><channel><title>".utf8) + Data(title)
                + Data("</title><item><title>a</title><link>https://x.example/1</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item></channel></rss>".utf8)
        }
        let gb2312 = try reader.read(feed("GB2312", title: [0xC1, 0xD6, 0xD2, 0xB5, 0xBE, 0xD6])).get()
        #expect(gb2312.title == "林业局" && gb2312.encoding == "GB2312")
        let gbk = try reader.read(feed("GB2312", title: [0xC1, 0xD6, 0xD2, 0xB5, 0xE9, 0x46])).get()
        #expect(gbk.title == "林业镕" && gbk.encoding == "GB2312 (read as GB18030)")
        let utf8 = try reader.read(feed("GB2312", title: Array("林业局".utf8))).get()
        #expect(utf8.title == "林业局" && utf8.encoding == "GB2312 (read as UTF-8)")
    }

    @Test func sitegroupFeedsAreReadLosslessly() throws {
        let feed = try listing("""
            <rss version="2.0" xmlns:sg="urn:sitegroup:feed:1"><channel><title>林业局</title><link>https://lyj.example.gov.cn/</link>
            <sg:complete>true</sg:complete>
            <item><title>植树</title><link>https://lyj.example.gov.cn/news/a/</link><guid isPermaLink="false">forestry/news/a</guid>
            <pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;植树&lt;/p&gt;</content:encoded>
            <category domain="tag">林业</category><category>工作动态</category>
            <sg:id>forestry/news/a</sg:id><sg:revision>0123abcd</sg:revision><sg:site>forestry</sg:site><sg:site-name>示例市林业局</sg:site-name>
            <sg:column>news</sg:column><sg:kind>news</sg:kind><sg:date>2024-05-01T09:30:00+08:00</sg:date><sg:source>局办公室</sg:source>
            <sg:base>https://lyj.example.gov.cn/</sg:base><sg:path>content/news/a.md</sg:path>
            <sg:markdown>**植树**  造林 &lt;详见&gt; [通知](../notices/n.md)
            </sg:markdown></item></channel></rss>
            """)
        #expect(feed.isSitegroup && feed.complete)
        let item = try #require(feed.items.first)
        #expect(item.id == "forestry/news/a" && item.revision == "0123abcd" && item.originSite == "forestry" && item.originSiteName == "示例市林业局")
        #expect(item.body == "**植树**  造林 <详见> [通知](../notices/n.md)\n" && item.format == .markdown)
        #expect(item.tags == ["林业"] && item.source == "局办公室" && item.base == "https://lyj.example.gov.cn/" && item.path == "content/news/a.md")
        #expect(item.fields["kind"] == "news")
    }

    @Test func brokenAndHostileFeedsAreRefusedWhole() throws {
        let item = "<item><title>a</title><link>https://x.example/1</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item>"
        #expect(failure(Data("<rss version=\"2.0\"><channel><title>t</title>\(item)<item><title>b".utf8))?.hasPrefix("not well-formed XML (line 1: ") == true)
        #expect(failure(Data("<rss version=\"2.0\"><channel><title>&nbsp;</title>\(item)</channel></rss>".utf8)) == "not well-formed XML (line 1: Entity 'nbsp' not defined); a truncated or broken feed is skipped whole")
        #expect(failure(Data("<!DOCTYPE html><html><body>维护中</body></html>".utf8))?.hasPrefix("not") == true)
        #expect(failure(Data()) == "the response is empty")
        #expect(failure(Data("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>".utf8))?.hasPrefix("RSS 1.0 (RDF) is not read") == true)
        let xxe = try listing("""
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t&secret;</title>\(item)</channel></rss>
            """)
        #expect(xxe.title == "t", "external entities are never loaded")
        let empty = try listing("<rss version=\"2.0\"><channel><title>t</title></channel></rss>")
        #expect(empty.items.isEmpty && empty.problems.map(\.english) == ["the feed has no items"])
    }
}
