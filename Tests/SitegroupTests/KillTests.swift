import Foundation
import Testing
import TestSupport

/// "A build either succeeds whole or changes nothing": the build is killed at each rename it makes in turn
/// (strace stops it on entry to the Nth renameat2, the one system call every rename of a build goes through),
/// and every site of the output must still be whole, each file in its old or its new version.
@Suite("A build killed at any rename", .serialized)
struct KillTests {
    static let department = [
        "sites/dept/site.yaml": FixtureGroup.forestrySite,
        "sites/dept/content/news/a.md": FixtureGroup.document("title: 林业动态\ndate: 2024-05-01"),
    ]
    private static let before = department.merging([
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
        "sites/portal/content/news/b.md": FixtureGroup.document("title: 二\ndate: 2024-05-02"),
    ]) { first, _ in first }
    /// Both sites change; one portal article goes and another comes.
    private static let after = [
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 一（修订）\ndate: 2024-05-01"),
        "sites/portal/content/news/c.md": FixtureGroup.document("title: 三\ndate: 2024-05-03"),
        "sites/dept/content/news/a.md": FixtureGroup.document("title: 林业动态（修订）\ndate: 2024-05-01"),
    ]

    private let cli = CommandLineTests()
    private static let strace = "/usr/bin/strace"

    /// Every file of the output by path, with its bytes.
    private func files(_ fixture: FixtureGroup) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: fixture.outputFiles().map { ($0, FileManager.default.contents(atPath: fixture.output.path + "/" + $0) ?? Data()) })
    }

    private func setUp(_ fixture: FixtureGroup, _ version: [String: String]) throws {
        if version["sites/portal/content/news/b.md"] != nil, fixture.text("sites/portal/content/news/c.md") != nil {
            try fixture.remove("sites/portal/content/news/c.md")
        }
        if version["sites/portal/content/news/c.md"] != nil, fixture.text("sites/portal/content/news/b.md") != nil {
            try fixture.remove("sites/portal/content/news/b.md")
        }
        try fixture.write(version)
    }

    private func build(_ fixture: FixtureGroup, _ extra: [String] = []) throws -> CommandLineTests.Run {
        try cli.run(["build", "--root", fixture.root.path, "--now", "2024-06-01"] + extra)
    }

    /// Runs the build under strace, stopped on entry to its `n`th rename (or made to fail there); with `path`,
    /// counting only the renames of that path.
    private func build(_ fixture: FixtureGroup, _ extra: [String], injecting fault: String, at n: Int,
                       path: String? = nil) throws -> CommandLineTests.Run {
        try cli.run(["build", "--root", fixture.root.path, "--now", "2024-06-01", "--lang", "en"] + extra, through: [
            Self.strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=renameat2", "-e", "inject=renameat2:\(fault):when=\(n)",
        ] + (path.map { ["-P", $0] } ?? []))
    }

    /// Each site is whole: every file present in both versions is there, and every file holds one version's bytes.
    private func expectWhole(_ output: [String: Data], old: [String: Data], new: [String: Data], at n: Int) {
        for path in Set(old.keys).union(new.keys).sorted() {
            guard let bytes = output[path] else {
                #expect(old[path] == nil || new[path] == nil, "rename \(n): \(path) is missing")
                continue
            }
            #expect(bytes == old[path] || bytes == new[path], "rename \(n): \(path) holds neither version")
        }
        #expect(Set(output.keys).isSubset(of: Set(old.keys).union(new.keys)), "rename \(n): stray files")
    }

    @Test(arguments: [["--no-cache"], []])
    func everySiteIsWholeAfterAKillAtAnyRename(options: [String]) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.strace), "install strace (apt-get install strace)")
        let fixture = try FixtureGroup(Self.before)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try build(fixture).status == 0)
        let old = files(fixture)
        try setUp(fixture, Self.after)
        #expect(try build(fixture).status == 0)
        let new = files(fixture)
        #expect(old != new)

        var killed = 0
        for n in 1...40 {
            try setUp(fixture, Self.before)
            let restored = try build(fixture)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(files(fixture) == old)
            try setUp(fixture, Self.after)
            let run = try build(fixture, options, injecting: "signal=KILL", at: n)
            guard run.status != 0 else { break }
            killed += 1
            expectWhole(files(fixture), old: old, new: new, at: n)
        }
        // Two site folders swapped or their changed files moved, the sitemap index, the caches: several renames.
        #expect(killed >= 5)
        #expect(try build(fixture).status == 0)
        #expect(files(fixture) == new)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!siblings.contains { $0.contains("staging") })
    }

    @Test func aFailedRenameLeavesTheOutputAsItWas() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.strace), "install strace (apt-get install strace)")
        let fixture = try FixtureGroup(Self.before)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try build(fixture).status == 0)
        let old = files(fixture)
        try setUp(fixture, Self.after)
        // The first site's exchange fails; the sites come in order of their ids.
        let run = try build(fixture, ["--no-cache"], injecting: "error=EACCES", at: 1, path: fixture.output.path + "/dept")
        #expect(run.status == 2)
        #expect(run.stderr.hasSuffix("sitegroup: \(fixture.output.path)/dept: permission denied; "
                                     + "choose a folder you may write to, or ask the administrator to grant write access\n"))
        #expect(files(fixture) == old)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!siblings.contains { $0.contains("staging") })
    }
}
