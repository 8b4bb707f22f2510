import ContentModel
import Foundation
import Testing
import TestSupport

@Suite("Front matter is read as the editor wrote it")
struct FrontMatterTests {
    private func load(_ frontMatter: String) throws -> Document {
        let group = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document(frontMatter)])
        let loaded = try GroupLoader(root: group.root.path).load()
        #expect(loaded.diagnostics.isEmpty)
        return try #require(loaded.group.site("portal")?.documents.first)
    }

    @Test func dateWithoutZoneIsThatDayInTheGroupsTimeZone() throws {
        let document = try load("title: 通知\ndate: 2024-05-01")
        #expect(document.frontMatter.date == ISO8601DateFormatter().date(from: "2024-04-30T16:00:00Z"))
    }

    @Test func dateWithTimeAndExplicitZone() throws {
        #expect(try load("title: 通知\ndate: 2024-05-01 09:30").frontMatter.date
            == ISO8601DateFormatter().date(from: "2024-05-01T01:30:00Z"))
        #expect(try load("title: 通知\ndate: 2024-05-01T09:30:00Z").frontMatter.date
            == ISO8601DateFormatter().date(from: "2024-05-01T09:30:00Z"))
    }

    @Test func codesStayTextDespiteYAMLCoercions() throws {
        let document = try load("""
            title: 通知
            date: 2024-05-01
            slug: 012345
            disclosure:
              index_no: 000014349/2017-00110
              doc_no: 12:30
              topic: 1.10
            """)
        #expect(document.slug == "012345")
        #expect(document.frontMatter.disclosure?.indexNumber == "000014349/2017-00110")
        #expect(document.frontMatter.disclosure?.documentNumber == "12:30")
        #expect(document.frontMatter.disclosure?.topic == "1.10")
    }

    @Test func unknownKeysAreKeptForTemplates() throws {
        let document = try load("title: 通知\ndate: 2024-05-01\nlead_image: a.png\nregions: [渝中, 江北]")
        #expect(document.frontMatter.extra["lead_image"] == .text("a.png"))
        #expect(document.frontMatter.extra["regions"] == .list([.text("渝中"), .text("江北")]))
    }

    @Test func bodyStartsOnTheLineAfterTheFrontMatter() throws {
        let document = try load("title: 通知\ndate: 2024-05-01")
        #expect(document.bodyLine == 5)
        #expect(document.body == "\n正文。\n")
    }

    @Test(arguments: [
        ("draft: true", false), ("classification: internal", false), ("expires: 2024-05-02", false),
        ("expires: 2024-07-01", true), ("weight: 3", true),
    ])
    func publication(extraLine: String, published: Bool) throws {
        let document = try load("title: 通知\ndate: 2024-05-01\n\(extraLine)")
        let now = ISO8601DateFormatter().date(from: "2024-06-01T00:00:00Z")!
        #expect(document.isPublished(at: now) == published)
    }

    @Test func futureDocumentIsNotPublishedYet() throws {
        let document = try load("title: 通知\ndate: 2024-05-01 09:00")
        #expect(!document.isPublished(at: ISO8601DateFormatter().date(from: "2024-05-01T00:59:59Z")!))
        #expect(document.isPublished(at: ISO8601DateFormatter().date(from: "2024-05-01T01:00:00Z")!))
    }
}
