import Foundation
import Testing
import TestSupport

@Suite("What is not published never reaches the output")
struct PublicationTests {
    private static let news = "sites/portal/content/news"
    /// 2024-06-01 00:00 in Asia/Shanghai.
    private static let now = ISO8601DateFormatter().date(from: "2024-05-31T16:00:00Z")!

    @Test(arguments: [
        ("draft: true", "a draft"),
        ("classification: internal", "a non-public document"),
        ("expires: 2024-05-20", "an expired document"),
    ])
    func hiddenDocument(line: String, what: String) throws {
        let fixture = try FixtureGroup([
            "\(Self.news)/shown.md": FixtureGroup.document("title: 公开\ndate: 2024-05-01"),
            "\(Self.news)/hidden.md": FixtureGroup.document("title: 不公开\ndate: 2024-05-02\n\(line)"),
        ])
        try fixture.build(now: Self.now)
        #expect(fixture.output("portal/news/hidden/index.html") == nil, "\(what) was written")
        #expect(fixture.output("portal/news/index.html") == "list|要闻|\n公开|2024-05-01\n")
        #expect(fixture.output("portal/index.html")?.contains("不公开") == false)
    }

    @Test func futureDocumentAppearsOnceItsDateHasCome() throws {
        let fixture = try FixtureGroup(["\(Self.news)/later.md": FixtureGroup.document("title: 预告\ndate: 2024-06-01 09:00")])
        try fixture.build(now: Self.now)
        #expect(fixture.output("portal/news/later/index.html") == nil)
        try fixture.build(now: Self.now.addingTimeInterval(9 * 3600))
        #expect(fixture.output("portal/news/later/index.html") != nil)
    }
}
