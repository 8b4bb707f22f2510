import ContentModel
import Foundation
import SyncAgent
import TestSupport

/// One feed served over HTTP on 127.0.0.1 and synced into the fixture portal's 通知公告 by a rule named `feed`.
struct FeedImport {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    let group: FixtureGroup
    let report: RuleReport

    init(_ feed: Data, behaviour: TestHTTPServer.Behaviour = .serve) throws {
        let folder = TemporaryFolder("sitegroup-feed")
        let feeds = folder.url
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        try feed.write(to: feeds.appendingPathComponent("rss.xml"))
        let server = try TestHTTPServer(folder: feeds)
        defer { server.stop() }
        server.behaviour = behaviour
        group = try FixtureGroup([
            "sitegroup.yaml": "name: 网站群\nportal: portal\nsync:\n  - { name: feed, from_url: \(server.baseURL)rss.xml, to: portal, into: notices }\n",
        ])
        let loaded = try GroupLoader(root: group.root.path).load()
        report = try SyncAgent(group: loaded.group, diagnostics: loaded.diagnostics).run(.init(now: Self.now)).rules[0]
    }

    init(_ feed: String) throws {
        try self.init(Data(feed.utf8))
    }
}
