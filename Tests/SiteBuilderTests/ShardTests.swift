import ContentModel
import Foundation
import Pipeline
import SiteBuilder
import Testing
import TestSupport

/// `build --shard I/N`: N machines each build part of the group; together their outputs are the one-machine build,
/// byte for byte — the portal's group feed, catalog and search included, which hold every other site's documents.
@Suite("Sharded builds")
struct ShardTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// A portal and 19 departments of 1 to 7 documents each; each department links to the portal and to the next
    /// department, and every document is disclosed, so the portal's catalog and feed take the whole group.
    static func twentySites() -> [String: String] {
        var files: [String: String] = [
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 全市政务公开工作推进会召开\ndate: 2024-05-01"),
        ]
        for number in 1...19 {
            let id = String(format: "dept%02d", number)
            let next = String(format: "dept%02d", number % 19 + 1)
            files["sites/\(id)/site.yaml"] = """
                name: 示例市第\(number)局
                base_url: https://\(id).example.gov.cn/
                theme: t
                columns:
                  - { id: news, title: 工作动态, kind: news, page_size: 3 }
                """
            for item in 1...(number % 7 + 1) {
                files["sites/\(id)/content/news/n\(item).md"] = FixtureGroup.document("""
                    title: 第\(number)局工作动态之\(item)
                    date: 2024-0\(item % 9 + 1)-1\(number % 10)
                    summary: 第\(number)局的工作动态。
                    disclosure: { index_no: "\(String(format: "11500%04d", number))/2024-0000\(item)", publisher: 示例市第\(number)局, written: 2024-01-02, topic: 综合政务\\政务公开 }
                    """, body: "见[门户要闻](../../../portal/content/news/a.md)和[下一局](../../../\(next)/content/news/n1.md)。")
            }
        }
        return files
    }

    @Test func theShardsTogetherAreTheOneMachineBuildForOneToFourMachines() throws {
        let fixture = try FixtureGroup(Self.twentySites())
        let whole = try Self.build(fixture, shard: nil, into: "whole")
        #expect(whole.sites == (1...19).map { String(format: "dept%02d", $0) } + ["portal"])
        for count in 1...4 {
            var union: [String: Data] = [:]
            var built: [String] = []
            for index in 1...count {
                let part = try Self.build(fixture, shard: Shard("\(index)/\(count)"), into: "shard-\(index)-of-\(count)")
                for (path, data) in part.files {
                    // Only files of the whole group (the sitemap index) are written by more than one shard, all alike.
                    #expect(union[path] == nil || union[path] == data, "\(path) differs between shards of \(count)")
                    union[path] = data
                }
                built += part.sites
            }
            #expect(built.sorted() == whole.sites.sorted(), "each site is built by exactly one of \(count) shards")
            #expect(union.keys.sorted() == whole.files.keys.sorted())
            #expect(union.filter { whole.files[$0.key] != $0.value }.keys.sorted() == [])
        }
    }

    @Test func sitesAreDealtOutByTheirSizeTheSameWayWhateverTheirOrder() throws {
        let fixture = try FixtureGroup(Self.twentySites())
        let group = try GroupLoader(root: fixture.root.path).load().group
        let shards = (1...3).map { Shard("\($0)/3")!.sites(of: group) }
        #expect(Set(shards.flatMap { $0 }).count == 20 && shards.map(\.count).reduce(0, +) == 20)
        var listedOtherwise = group
        listedOtherwise.sites.reverse()
        #expect((1...3).map { Set(Shard("\($0)/3")!.sites(of: listedOtherwise)) } == shards.map(Set.init))
        let sizes = shards.map { ids in ids.map { id in group.site(id).map { $0.documents.count + $0.pages.count } ?? 0 }.reduce(0, +) }
        // The largest shard holds no more than the smallest plus the largest site (7 documents).
        let total = group.sites.map { $0.documents.count + $0.pages.count }.reduce(0, +)
        #expect(sizes.reduce(0, +) == total)
        #expect(sizes.max()! - sizes.min()! <= 7)
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("1/0") == nil && Shard("2") == nil && Shard("1/2/3") == nil)
    }

    /// A secret in one department's document stops every shard, not only the one that builds that department: the
    /// portal's group-wide lists would show it.
    @Test func aSensitiveWordAnywhereStopsEveryShard() throws {
        let fixture = try FixtureGroup(Self.twentySites().merging([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\ncheck:\n  sensitive_words: [绝密]\n",
            "sites/dept05/content/news/n1.md": FixtureGroup.document("title: 第5局绝密文件\ndate: 2024-05-01"),
        ]) { $1 })
        let group = try GroupLoader(root: fixture.root.path).load().group
        for index in 1...4 {
            let shard = Shard("\(index)/4")!
            let output = fixture.root.appendingPathComponent("shard-\(index)")
            let run = try Pipeline.build(root: fixture.root.path, output: output.path, now: .at(Self.now), shard: shard, claim: false).run()
            #expect(run.problems.contains { $0.rule == .secrecySensitiveWord && $0.location.path == "sites/dept05/content/news/n1.md" },
                    "shard \(index) builds \(shard.sites(of: group))")
            #expect(run.written == nil && !FileManager.default.fileExists(atPath: output.path + "/portal"))
        }
    }

    /// Builds one shard (or the whole group) into its own folder, with its own cache, as one CI job would; with `facts`,
    /// a folder of the fixture holding the facts pass's files, the shard reads those for the other sites.
    static func build(_ fixture: FixtureGroup, shard: Shard?, facts: String? = nil, into name: String) throws -> (sites: [String], files: [String: Data]) {
        let output = fixture.root.appendingPathComponent(name)
        let run = try Pipeline.build(root: fixture.root.path, output: output.path, now: .at(Self.now), shard: shard, claim: false,
                                     facts: facts.map { fixture.root.appendingPathComponent($0).path }).run()
        let errors = run.problems.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.count) errors, the first: \(errors.first.map(String.init(describing:)) ?? "")")
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(output.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return ((run.written ?? []).map(\.siteID).sorted(), files)
    }
}
