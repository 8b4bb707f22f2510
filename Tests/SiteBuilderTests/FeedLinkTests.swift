import Foundation
import Testing
import TestSupport

/// What the README promises of the links pages and feeds carry to feeds and to the Markdown behind them.
@Suite("Pages announce their feeds; feeds say where a body's links start")
struct FeedLinkTests {
    /// Every page links its column's, its site's and, on the portal, the group's feed with `<link rel="alternate">`.
    @Test func everyPageAnnouncesItsFeeds() throws {
        let fixture = try FixtureGroup(try IncrementalBuildTests.group())
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try fixture.build().errors == [])
        let pages = fixture.outputFiles().filter { $0.hasSuffix(".html") }
        #expect(pages.count > 20)
        var wrong: [String] = []
        for page in pages {
            let html = try Data(contentsOf: fixture.output.appendingPathComponent(page))
            let folder = fixture.output.appendingPathComponent(page).deletingLastPathComponent()
            let announced = Set(OutputLinks.texts("//link[@rel='alternate'][@type='application/rss+xml']/@href", inHTML: html).map {
                folder.appendingPathComponent($0).standardizedFileURL.path.dropFirst(fixture.output.standardizedFileURL.path.count + 1)
            })
            let parts = page.split(separator: "/").map(String.init)
            var expected: Set<Substring> = ["\(parts[0])/rss.xml"]
            if parts[0] == "portal" { expected.insert("portal/group/rss.xml") }
            if parts.count > 2, ["news", "policy"].contains(parts[1]) { expected.insert("\(parts[0])/\(parts[1])/rss.xml") }
            if announced != expected { wrong.append("\(page): \(announced.sorted())") }
            wrong += announced.filter { !FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent(String($0)).path) }.map { "\(page): \($0) missing" }
        }
        #expect(wrong == [])
    }

    /// `sg:base` and `sg:path`: the origin site's address and the Markdown file's path in it, where relative links start.
    @Test func feedItemsSayWhereTheirBodysLinksStart() throws {
        let fixture = try FixtureGroup(try IncrementalBuildTests.group())
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try fixture.build()
        let feed = fixture.output("forestry/news/rss.xml")
        #expect(XMLQuery.values("//item[sg:id='forestry/news/f5']/sg:base | //item[sg:id='forestry/news/f5']/sg:path", in: feed)
            == ["https://lyj.example.gov.cn/", "content/news/f5.md"])
    }
}
