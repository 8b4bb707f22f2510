import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

@Suite("A hostile feed cannot write outside its target column")
struct HostileFeedTests {
    @Test func namesFromAFeedStayInsideTheColumn() throws {
        let folder = TemporaryFolder("sitegroup-feed")
        let feeds = folder.url
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        let items = [
            ("../../../../etc/passwd", "https://evil.example/../../x.md"),
            ("/tmp/absolute", "https://evil.example/%2e%2e%2fsecret"),
            ("通知公告", "https://evil.example/通知.html"),
            ("dot", "https://evil.example/.."),
        ].map { guid, link in
            "<item><title>\(guid)</title><guid>\(guid)</guid><link>\(link)</link><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate><description>&lt;p&gt;x&lt;/p&gt;</description></item>"
        }.joined()
        try Data("<rss version=\"2.0\"><channel><title>evil</title><link>https://evil.example/</link>\(items)</channel></rss>".utf8)
            .write(to: feeds.appendingPathComponent("rss.xml"))
        let server = try TestHTTPServer(folder: feeds)
        let group = try FixtureGroup([
            "sitegroup.yaml": "name: 网站群\nportal: portal\nsync:\n  - { name: evil, from_url: \(server.baseURL)rss.xml, to: portal, into: notices }\n",
        ])
        let loaded = try GroupLoader(root: group.root.path).load()
        let report = try SyncAgent(group: loaded.group, diagnostics: loaded.diagnostics).run(.init(now: Date(timeIntervalSince1970: 1_790_000_000)))
        let created = report.rules[0].created.map(\.path)
        #expect(created == [
            "sites/portal/content/notices/x.md", "sites/portal/content/notices/secret.md",
            "sites/portal/content/notices/item-\(Fingerprint.hex(Array("evil.example:通知公告".utf8)).prefix(8)).md",
            "sites/portal/content/notices/item-\(Fingerprint.hex(Array("evil.example:dot".utf8)).prefix(8)).md",
        ])
        let everything = FileManager.default.enumerator(atPath: group.root.path)?.allObjects as? [String] ?? []
        #expect(everything.filter { $0.hasSuffix(".md") }.allSatisfy { $0.hasPrefix("sites/portal/content/notices/") })
        #expect(try group.build().errors == [])
    }
}
