import Foundation
import Testing
import TestSupport

@Suite("The output folder is replaced whole or not at all, and unchanged files are not rewritten")
struct OutputWriterTests {
    private static let news = "sites/portal/content/news"
    private static let files = [
        "\(news)/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
        "\(news)/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-02"),
    ]

    private func inode(_ fixture: FixtureGroup, _ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.output.appendingPathComponent(path).path)
        return try #require(attributes[.systemFileNumber] as? Int)
    }

    @Test func failedBuildLeavesThePreviousOutputUntouched() throws {
        let fixture = try FixtureGroup(Self.files)
        try fixture.build()
        let before = fixture.outputFiles().map { fixture.output($0) }
        try fixture.write(["\(Self.news)/b.md": FixtureGroup.document("title: 二\ndate: 明天")])
        #expect(try fixture.build().errorCodes == ["front-matter.invalid-date"])
        #expect(fixture.outputFiles().map { fixture.output($0) } == before)
    }

    @Test func renderErrorAlsoLeavesTheOutputUntouched() throws {
        let fixture = try FixtureGroup(Self.files)
        try fixture.build()
        let before = fixture.outputFiles()
        try fixture.write(["\(Self.news)/c.md": FixtureGroup.document("title: 三\ndate: 2024-05-03", body: "[坏链接](missing.md)")])
        #expect(try fixture.build().errorCodes == ["link.broken"])
        #expect(fixture.outputFiles() == before)
    }

    @Test func secondBuildOfTheSameInputRewritesNothing() throws {
        let fixture = try FixtureGroup(Self.files)
        let first = try fixture.build()
        let inodeBefore = try inode(fixture, "portal/news/a/index.html")
        let second = try fixture.build()
        #expect(first.summaries.map(\.written) == [fixture.outputFiles().filter { $0.hasPrefix("portal/") }.count])
        #expect(second.summaries.map(\.written) == [0])
        #expect(try inode(fixture, "portal/news/a/index.html") == inodeBefore)
    }

    @Test func editRewritesOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let fixture = try FixtureGroup(Self.files)
        try fixture.build()
        try fixture.write(["\(Self.news)/a.md": FixtureGroup.document("title: 一（修订）\ndate: 2024-05-01")])
        try fixture.remove("\(Self.news)/b.md")
        let outcome = try fixture.build()
        // the article, the column list, the home page, three feeds and the sitemap changed; the rest did not
        #expect(outcome.summaries.map(\.written) == [7])
        #expect(outcome.summaries.map(\.removed) == [1])
        #expect(fixture.output("portal/news/b/index.html") == nil)
        #expect(fixture.output("portal/news/a/index.html")?.hasPrefix("article|一（修订）") == true)
    }

    @Test func noStagingFolderIsLeftBehind() throws {
        let fixture = try FixtureGroup(Self.files)
        try fixture.build()
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!siblings.contains { $0.contains("staging") })
    }
}
