import Testing
import TestSupport

@Suite("Column lists are split into pages of page_size")
struct PaginationTests {
    /// The fixture's news column has `page_size: 2`.
    @Test(arguments: [(0, 1), (1, 1), (2, 1), (3, 2), (5, 3)])
    func pages(documents: Int, expectedPages: Int) throws {
        var files: [String: String] = [:]
        for index in 0..<documents {
            files["sites/portal/content/news/d\(index).md"] = FixtureGroup.document("title: 第\(index)条\ndate: 2024-05-0\(index + 1)")
        }
        let fixture = try FixtureGroup(files)
        #expect(try fixture.build().errors == [])
        let pages = fixture.outputFiles().filter { $0.hasPrefix("portal/news/") && $0.hasSuffix(".html") && !$0.contains("/d") }
        let expected = ["portal/news/index.html"] + (2...max(2, expectedPages)).compactMap { page in
            page <= expectedPages ? "portal/news/page/\(page)/index.html" : nil
        }
        #expect(pages.sorted() == expected.sorted())
        if expectedPages > 1 {
            #expect(fixture.output("portal/news/page/\(expectedPages)/index.html")?.hasPrefix("list|要闻|\(expectedPages)/\(expectedPages)\n") == true)
        } else {
            #expect(fixture.output("portal/news/index.html")?.hasPrefix("list|要闻|\n") == true)
        }
    }

    @Test func emptyColumnStillHasItsPage() throws {
        let fixture = try FixtureGroup([:])
        try fixture.build()
        #expect(fixture.output("portal/news/index.html") == "list|要闻|\n")
    }
}
