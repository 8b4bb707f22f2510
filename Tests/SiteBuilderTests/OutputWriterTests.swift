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
        // the article, the column list, the home page, three feeds, the sitemap, 2024's 政府网站工作年度报表 with its CSV
        // and JSON (one document fewer), and in the site's and the group's search index the counts, the shard, the
        // chunk and the column's and site's lists changed; the rest did not
        #expect(outcome.summaries.map(\.written) == [20])
        #expect(outcome.summaries.map(\.removed) == [1])
        #expect(fixture.output("portal/news/b/index.html") == nil)
        #expect(fixture.output("portal/news/a/index.html")?.hasPrefix("article|一（修订）") == true)
    }

    @Test func aSameSizeHandEditOfTheOutputIsUndoneByTheNextBuild() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try fixture.build()
        let page = fixture.output.appendingPathComponent("portal/index.html")
        let built = try Data(contentsOf: page)
        let edited = Data(String(decoding: built, as: UTF8.self).replacingOccurrences(of: "home", with: "HOME").utf8)
        #expect(edited.count == built.count && edited != built)
        try edited.write(to: page)
        #expect(try fixture.build().summaries.map(\.written) == [1])
        #expect(try Data(contentsOf: page) == built)
    }

    @Test func unchangedFilesKeepTheirInodeAndTime() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try fixture.build()
        let path = fixture.output.appendingPathComponent("portal/news/b/index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: path)
        try fixture.write(["\(Self.news)/a.md": FixtureGroup.document("title: 一（修订）\ndate: 2024-05-01")])
        // the article, the column list, the home page and three feeds, and the shard and chunk holding the title in
        // the site's and the group's search index, with each index's manifest, which counts the postings
        #expect(try fixture.build().summaries.map(\.written) == [12])
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
    }

    @Test func noStagingFolderIsLeftBehind() throws {
        let fixture = try FixtureGroup(Self.files)
        try fixture.build()
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!siblings.contains { $0.contains("staging") })
    }
}
