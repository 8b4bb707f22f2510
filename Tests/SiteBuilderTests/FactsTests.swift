import CacheStore
import ContentModel
import Foundation
import Pipeline
import SiteBuilder
import Testing
import TestSupport

/// `sitegroup facts` and `build --shard I/N --facts DIR`: each shard reads its own sites' Markdown and the other sites'
/// facts, and the shards together still make the one-machine build, byte for byte.
@Suite("Sharded builds from facts")
struct FactsTests {
    static let now = ShardTests.now

    /// The 20-site group of the shard tests, with what facts must get right: every other department's search off (its
    /// bodies are carried only for the group feed), a feed of 3 items, a draft, a document held for review and one
    /// dated after the build.
    static func group() -> [String: String] {
        var files = ShardTests.twentySites()
        files["sitegroup.yaml"] = "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\nfeed_length: 3\n"
        for number in stride(from: 1, through: 19, by: 2) {
            let id = String(format: "dept%02d", number)
            files["sites/\(id)/site.yaml"]! += "\nsearch: false\n"
        }
        files["sites/dept03/content/news/draft.md"] = FixtureGroup.document("title: 第3局草稿\ndate: 2024-05-01\ndraft: true")
        files["sites/dept04/content/news/held.md"] = FixtureGroup.document("title: 第4局待审稿\ndate: 2024-05-02\nreview: pending")
        files["sites/dept05/content/news/later.md"] = FixtureGroup.document("title: 第5局明年的通知\ndate: 2027-01-05\nsummary: 以后发布。")
        return files
    }

    @Test func theShardsBuiltFromFactsTogetherAreTheOneMachineBuildForOneToFourMachines() throws {
        let fixture = try FixtureGroup(Self.group())
        let whole = try ShardTests.build(fixture, shard: nil, facts: nil, into: "whole")
        #expect(whole.sites.count == 20)
        let facts = try Pipeline.facts(root: fixture.root.path, output: fixture.root.appendingPathComponent("facts").path, now: .at(Self.now)).run()
        #expect(facts.problems.filter { $0.severity == .error } == [])
        #expect(facts.factsWritten.sorted() == whole.sites)
        for count in 1...4 {
            var union: [String: Data] = [:]
            var built: [String] = []
            for index in 1...count {
                let part = try ShardTests.build(fixture, shard: Shard("\(index)/\(count)"), facts: "facts", into: "facts-\(index)-of-\(count)")
                for (path, data) in part.files {
                    #expect(union[path] == nil || union[path] == data, "\(path) differs between shards of \(count)")
                    union[path] = data
                }
                built += part.sites
            }
            #expect(built.sorted() == whole.sites, "each site is built by exactly one of \(count) shards")
            #expect(union.keys.sorted() == whole.files.keys.sorted())
            #expect(union.filter { whole.files[$0.key] != $0.value }.keys.sorted() == [])
        }
    }

    /// A shard does not read the other sites' Markdown: a file of another site spoilt after the facts were made
    /// (keeping its size, which is all a shard looks at) changes nothing in it.
    @Test func aShardReadsOnlyItsOwnSitesMarkdown() throws {
        let fixture = try FixtureGroup(Self.group())
        _ = try Pipeline.facts(root: fixture.root.path, output: fixture.root.appendingPathComponent("facts").path, now: .at(Self.now)).run()
        let before = try ShardTests.build(fixture, shard: Shard("1/2"), facts: "facts", into: "before")
        let other = try #require(["dept05", "dept06"].first { !before.sites.contains($0) })
        let path = "sites/\(other)/content/news/n1.md"
        let size = try #require(fixture.text(path)).utf8.count
        try fixture.write([path: String(repeating: "x", count: size)])
        let after = try ShardTests.build(fixture, shard: Shard("1/2"), facts: "facts", into: "after")
        #expect(after.sites == before.sites && after.files == before.files)
    }

    /// Only the portal's shard reads the bodies the facts carry: the others build without the `.bodies` files.
    @Test func onlyThePortalsShardReadsTheBodies() throws {
        let fixture = try FixtureGroup(Self.group())
        let folder = fixture.root.appendingPathComponent("facts").path
        _ = try Pipeline.facts(root: fixture.root.path, output: folder, now: .at(Self.now)).run()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".bodies") {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        let group = try GroupLoader(root: fixture.root.path).load().group
        for index in 1...3 {
            let shard = Shard("\(index)/3")!
            let output = fixture.root.appendingPathComponent("shard-\(index)").path
            guard shard.sites(of: group).contains("portal") else {
                _ = try ShardTests.build(fixture, shard: shard, facts: "facts", into: "shard-\(index)")
                continue
            }
            let failure = try #require(throws: PipelineFailure.self) {
                try Pipeline.build(root: fixture.root.path, output: output, now: .at(Self.now), shard: shard, claim: false, facts: folder).run()
            }
            #expect((failure.underlying as? FactsProblem)?.reason == .missing)
            #expect((failure.underlying as? FactsProblem)?.path.hasSuffix(".bodies") == true)
        }
    }

    /// The facts pass runs the secrecy gate over every site and writes no facts at all for a group that fails it.
    @Test func aSecretInOneSiteStopsTheFactsPass() throws {
        let fixture = try FixtureGroup(Self.group().merging([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\ncheck:\n  sensitive_words: [绝密]\n",
            "sites/dept05/content/news/n1.md": FixtureGroup.document("title: 第5局绝密文件\ndate: 2024-05-01"),
        ]) { $1 })
        let folder = fixture.root.appendingPathComponent("facts").path
        let run = try Pipeline.facts(root: fixture.root.path, output: folder, now: .at(Self.now)).run()
        #expect(run.problems.filter { $0.severity == .error }.map(\.description) == [
            "sites/dept05/content/news/n1.md:2:11: error: secrecy.sensitive-word: the sensitive word “绝密” appears here; remove or rephrase it, "
                + "and have the text reviewed before publication (保密审查)",
        ])
        #expect(run.factsWritten == [] && !FileManager.default.fileExists(atPath: folder))
    }

    @Test(arguments: [FactsProblem.Reason.missing, .otherFormat("sitegroup-facts/0"), .damaged, .stale])
    func aShardRefusesFactsItCannotTrust(_ reason: FactsProblem.Reason) throws {
        let fixture = try FixtureGroup(Self.group())
        let folder = fixture.root.appendingPathComponent("facts").path
        _ = try Pipeline.facts(root: fixture.root.path, output: folder, now: .at(Self.now)).run()
        let file = folder + "/dept07.facts"
        switch reason {
        case .missing: try FileManager.default.removeItem(atPath: file)
        case .otherFormat: try Data("sitegroup-facts/0\n".utf8).write(to: URL(fileURLWithPath: file))
        case .damaged: try Data("sitegroup-facts/1\n\u{5}dept".utf8).write(to: URL(fileURLWithPath: file))
        default: try fixture.write(["sites/dept07/content/news/added.md": FixtureGroup.document("title: 新增\ndate: 2024-05-01")])
        }
        let output = fixture.root.appendingPathComponent("shard").path
        let failure = try #require(throws: PipelineFailure.self) {
            try Pipeline.build(root: fixture.root.path, output: output, now: .at(Self.now), shard: Shard("1/2"), claim: false, facts: folder).run()
        }
        let problem = try #require(failure.underlying as? FactsProblem)
        #expect(problem == FactsProblem(path: file, reason))
        #expect(failure.language == .chinese)
        let told: String = switch reason {
        case .missing: "没有该网站的事实文件"
        case .otherFormat: "其格式为“sitegroup-facts/0”，本版本的 sitegroup 只读“sitegroup-facts/1”"
        case .damaged: "文件不完整或已损坏"
        default: "生成该事实文件之后，网站的文档已有增删或改动"
        }
        #expect(problem.text(in: .chinese) == "\(file): \(told)；请在当前检出的版本上运行 `sitegroup facts --out 文件夹`，再把该文件夹传给 --facts")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A link to a document another shard builds is checked against that site's facts: one that leads nowhere is
    /// still found by the shard that builds the linking site, told as the one-machine build tells it. (The portal's
    /// shard finds it too when its group feed or search shows the linking document.)
    @Test func aBrokenLinkToAnotherShardsSiteIsStillFound() throws {
        let fixture = try FixtureGroup(Self.group().merging([
            "sites/dept02/content/news/n1.md": FixtureGroup.document("title: 第2局工作动态\ndate: 2024-05-01",
                                                                     body: "见[第3局的动态](../../../dept03/content/news/n9.md)。"),
        ]) { $1 })
        let told = "sites/dept02/content/news/n1.md:6:2: error: link.broken: the link \"../../../dept03/content/news/n9.md\" leads to "
            + "sites/dept03/content/news/n9.md, which does not exist; check the file name and the number of ../ in the path"
        let whole = try Pipeline.build(root: fixture.root.path, output: fixture.root.appendingPathComponent("whole").path, now: .at(Self.now),
                                       claim: false).run()
        #expect(whole.problems.filter { $0.rule == .linkBroken }.map(\.description) == [told])
        let folder = fixture.root.appendingPathComponent("facts").path
        #expect(try Pipeline.facts(root: fixture.root.path, output: folder, now: .at(Self.now)).run().problems.filter { $0.severity == .error } == [])
        var found: Set<String> = []
        for index in 1...3 {
            let run = try Pipeline.build(root: fixture.root.path, output: fixture.root.appendingPathComponent("shard-\(index)").path, now: .at(Self.now),
                                         shard: Shard("\(index)/3"), claim: false, facts: folder).run()
            let broken = run.problems.filter { $0.rule == .linkBroken }.map(\.description)
            if run.resolved?.builtSites.contains(where: { $0.id == "dept02" }) == true { #expect(broken == [told], "shard \(index)") }
            #expect(run.written == nil || broken.isEmpty)
            found.formUnion(broken)
        }
        #expect(found == [told])
    }

    /// Facts carry the bodies the group feed shows as of their day; a build as of an earlier day, whose feed shows
    /// an older item, is stopped rather than written with an empty item.
    @Test func aShardAsOfAnotherDayThanItsFactsIsStoppedNotWrittenWithoutBodies() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\nfeed_length: 1\n",
            "sites/forestry/site.yaml": FixtureGroup.forestrySite + "\nsearch: false\n",
            "sites/forestry/content/news/a.md": FixtureGroup.document("title: 三月的动态\ndate: 2024-03-01"),
            "sites/forestry/content/news/b.md": FixtureGroup.document("title: 六月的动态\ndate: 2024-06-01"),
        ])
        let folder = fixture.root.appendingPathComponent("facts").path
        _ = try Pipeline.facts(root: fixture.root.path, output: folder, now: .at(Self.now)).run()
        // The larger site, forestry, is dealt to the first shard; the portal, whose group feed shows forestry's, to the second.
        let output = fixture.root.appendingPathComponent("shard").path
        let run = try Pipeline.build(root: fixture.root.path, output: output, now: .endOfDay("2024-04-01"), shard: Shard("2/2"), claim: false,
                                     facts: folder).run()
        #expect(run.resolved?.builtSites.map(\.id) == ["portal"])
        #expect(run.problems.filter { $0.severity == .error }.map(\.description) == [
            "sites/forestry/content/news/a.md:1:1: error: facts.missing-body: this build shows the document in full, but its site's facts, which it "
                + "was read from, do not hold its body; run `sitegroup facts` again with the same --now as the build",
        ])
        #expect(run.written == nil && !FileManager.default.fileExists(atPath: output + "/portal"))
    }
}
