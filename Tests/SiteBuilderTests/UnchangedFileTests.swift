import Foundation
import Testing
import TestSupport

/// "Files whose bytes did not change are kept as they are (same inode and time), so a deploy only moves what changed."
@Suite("Unchanged output files keep their inode and modification time")
struct UnchangedFileTests {
    /// Inode and modification time (nanoseconds) of every output file.
    static func stamps(_ fixture: FixtureGroup) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: fixture.outputFiles().map { path in
            var status = stat()
            stat(fixture.output.appendingPathComponent(path).path, &status)
            return (path, [Int(status.st_ino), Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)])
        })
    }

    @Test(arguments: [true, false])
    func anEditRewritesOnlyTheFilesWhoseBytesChanged(cached: Bool) throws {
        let fixture = try FixtureGroup(try GoldenFileTests.group())
        #expect(try fixture.build().errors == [])
        let before = Self.stamps(fixture)
        Thread.sleep(forTimeInterval: 0.05)
        try fixture.write(["sites/portal/content/news/n1.md": FixtureGroup.document(
            "title: 全市政务公开工作会议召开\ndate: 2025-03-01 09:30\nauthor: 市政府办公室\ntags: [政务公开]", body: "会议强调，要深化政务公开，优化政务服务。")])
        #expect(try fixture.build(cached: cached).errors == [])
        let after = Self.stamps(fixture)
        #expect(Set(after.keys) == Set(before.keys))
        let changed = before.keys.filter { before[$0] != after[$0] }.sorted()
        // The article, the feeds that carry its full text, and the search shards and chunks that hold its text, with the
        // indexes' manifests, which count the postings; list pages show no body, so their bytes are the same. The
        // site's manifest lists their new digests.
        #expect(changed == ["portal.manifest.json"] + ["group/rss.xml", "news/n1/index.html", "news/rss.xml", "rss.xml", "search/group/d/0.json",
                                                       "search/group/g/0.json", "search/group/index.json", "search/site/d/0.json",
                                                       "search/site/g/0.json", "search/site/index.json"].map { "portal/\($0)" })
    }
}
