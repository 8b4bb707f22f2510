import ContentModel
import Foundation
import SyncAgent
import Testing
import TestSupport

/// `sitegroup sync` asks a remote source first and reads the group's documents only when it has something new:
/// a 304 reads none, so even a target column with an error in it is not looked at until the feed changes.
@Suite("A remote source that has nothing new", .serialized)
struct NotModifiedTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func feed(_ titles: [String]) -> Data {
        let items = titles.enumerated().map { index, title in
            "<item><title>\(title)</title><guid>https://www.example.gov.cn/r/\(index).html</guid><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item>"
        }
        return Data("<rss version=\"2.0\"><channel><title>市政府</title><link>https://www.example.gov.cn/</link>\(items.joined())</channel></rss>".utf8)
    }

    func sync(_ group: FixtureGroup) throws -> RuleReport {
        let loader = GroupLoader(root: group.root.path)
        return try SyncAgent(configuration: try loader.loadConfiguration(), loader: loader).run(.init(now: Self.now)).rules[0]
    }

    @Test func aNotModifiedAnswerReadsNoDocumentAndANewFeedMeetsTheBrokenColumn() throws {
        let folder = TemporaryFolder("sitegroup-feed")
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Self.feed(["答复一"]).write(to: folder.url.appendingPathComponent("rss.xml"))
        let server = try TestHTTPServer(folder: folder.url)
        defer { server.stop() }
        let group = try FixtureGroup(["sitegroup.yaml": "name: 网站群\nportal: portal\nsync:\n  - { name: city, from_url: \(server.baseURL)rss.xml, to: portal, into: notices }\n"])
        #expect(try sync(group).created.count == 1)

        try group.write(["sites/portal/content/notices/broken.md": "---\ntitle: 坏文件\n---\n"])
        let unchanged = try sync(group)
        #expect(unchanged.notModified && unchanged.failure == nil)

        try Self.feed(["答复一", "答复二"]).write(to: folder.url.appendingPathComponent("rss.xml"))
        let changed = try sync(group)
        #expect(changed.failure?.english == "sites/portal/content/notices/broken.md has errors (front-matter.missing-date); run `sitegroup check` and fix them first")
        #expect(server.statuses == [200, 304, 200])
        #expect(try sync(group).failure != nil, "the validators of a blocked run are not kept, so the feed is fetched whole again")
    }
}
