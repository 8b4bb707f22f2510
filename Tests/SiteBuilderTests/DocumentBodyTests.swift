import CacheStore
@testable import ContentModel
import Foundation
import SiteBuilder
import Testing
import TestSupport

/// A document is a value: its body is read by the builder through a `BodySource`, only from the file its front
/// matter came from (issue 11, item 12).
@Suite("Bodies come from a source that checks their file")
struct DocumentBodyTests {
    static let old = FixtureGroup.document("title: 旧标题\ndate: 2025-03-01 09:30", body: "旧正文。")

    /// A group built two seconds after it was written, so the document cache trusts the file's stamp and leaves
    /// its body in it.
    static func trustedFixture() throws -> FixtureGroup {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": old])
        Thread.sleep(forTimeInterval: 2.1)
        #expect(try fixture.build().errors == [])
        return fixture
    }

    /// Loads as a cached build does; returns the loaded group and the cache to build with.
    static func load(_ fixture: FixtureGroup) throws -> (LoadedGroup, BuildCache) {
        let (cache, documents) = BuildCache.open(forOutput: fixture.output.path)
        return (try GroupLoader(root: fixture.root.path, cache: documents).load(), cache)
    }

    @Test func aFileSavedDuringTheBuildStopsItInsteadOfPairingANewBodyWithOldFrontMatter() throws {
        let fixture = try Self.trustedFixture()
        let (loaded, cache) = try Self.load(fixture)
        let document = try #require(loaded.group.sites.first?.documents.first)
        guard case .file = document.storedBody else { Issue.record("the body should be left in its file"); return }

        // An editor saves while the build runs: the new body must not appear under the old title.
        try fixture.write(["sites/portal/content/news/a.md": FixtureGroup.document("title: 新标题\ndate: 2025-03-02 09:30", body: "新正文。")])
        try fixture.write(["themes/t/layouts/article.mustache": "changed|{{#document}}{{title}}|{{{content}}}{{/document}}"])
        let resolved = try Resolver(loaded.group, options: BuildOptions(now: Date(timeIntervalSince1970: 1_790_000_000))).resolve()
        // Between the pipeline's load and render steps, so run by hand: staged, and dropped as the write step does on errors.
        let writer = OutputWriter(public: fixture.output.path)
        let report = try Renderer(resolved).stage(into: writer, cache: cache)
        writer.abandon()
        #expect(report.diagnostics.map(\.description) == [
            "sites/portal/content/news/a.md:1:1: error: document.changed-during-build: the file was changed, replaced or removed while "
                + "the build was running, so this build cannot publish it; run the build again once the file is saved; nothing was written by this build",
        ])
        #expect(fixture.output("portal/news/a/index.html")?.contains("旧正文") == true, "the last build's page is kept")
        #expect(try fixture.build().errors == [], "the next build reads the saved file")
        #expect(fixture.output("portal/news/a/index.html")?.contains("changed|新标题|<p>新正文。</p>") == true)
    }

    @Test func aBodyIsReadOnlyWhenAPageShowsIt() throws {
        let fixture = try Self.trustedFixture()
        let (loaded, _) = try Self.load(fixture)
        let document = try #require(loaded.group.sites.first?.documents.first)
        #expect(document.storedBody == .file(BodyFile(offset: Self.old.utf8.count - "\n旧正文。\n".utf8.count,
                                                       stamp: try #require(FileStamp(path: fixture.root.path + "/" + document.path)),
                                                       holdsLongNumber: false)))
        #expect(try BodySource(root: fixture.root.path).text(of: document) == "\n旧正文。\n")
    }

    @Test func thePersonalDataGateReadsOnlyBodiesThatHoldANumber() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": Self.old,
                                        "sites/portal/content/news/b.md": FixtureGroup.document("title: 公示\ndate: 2025-03-01", body: "电话 13800138000")])
        Thread.sleep(forTimeInterval: 2.1)
        #expect(try fixture.build().errorCodes == ["privacy.personal-data"])
        let (loaded, _) = try Self.load(fixture)
        let documents = try #require(loaded.group.sites.first?.documents).sorted { $0.path < $1.path }
        #expect(documents.map { document -> Bool? in
            guard case .file(let place) = document.storedBody else { return nil }
            return place.holdsLongNumber
        } == [false, true])
        // Gone from disk: a body read now would be a `document.changed-during-build`.
        try fixture.remove("sites/portal/content/news/a.md")
        try fixture.remove("sites/portal/content/news/b.md")
        #expect(PersonalData(publicNumbers: [], root: fixture.root.path).findings(in: documents).map(\.code) == ["document.changed-during-build"],
                "only b.md is read")
    }

    @Test func equalityAndHashingNeverReadTheFile() throws {
        let fixture = try Self.trustedFixture()
        let (first, _) = try Self.load(fixture)
        let (second, _) = try Self.load(fixture)
        try fixture.remove("sites/portal/content/news/a.md")
        let one = try #require(first.group.sites.first?.documents.first), other = try #require(second.group.sites.first?.documents.first)
        #expect(one == other)
        #expect(Set([one, other]).count == 1)
        #expect(throws: BodySource.Unavailable.self) { try BodySource(root: fixture.root.path).text(of: one) }
    }

    @Test func aFileReplacedByRenameIsRefusedEvenWithTheSameSize() throws {
        let fixture = try Self.trustedFixture()
        let (loaded, _) = try Self.load(fixture)
        let document = try #require(loaded.group.sites.first?.documents.first)
        let path = fixture.root.appendingPathComponent(document.path)
        let replacement = fixture.root.appendingPathComponent("replacement.md")
        try Data(Self.old.replacingOccurrences(of: "旧正文", with: "新正文").utf8).write(to: replacement)
        #expect(rename(replacement.path, path.path) == 0)
        #expect(throws: BodySource.Unavailable.self) { try BodySource(root: fixture.root.path).text(of: document) }
    }
}
