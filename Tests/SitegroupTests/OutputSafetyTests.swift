import Foundation
import Testing
import TestSupport

/// An operator may point `--out` anywhere and run two builds at once: inputs are never replaced, and a second
/// build into the same folder stops instead of taking sites away from the first.
@Suite("Where a build may write")
struct OutputSafetyTests {
    private let cli = CommandLineTests()
    private static let files = ["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01")]

    /// Every file of the group's folder with its bytes, to prove a refused build changed nothing.
    private func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.path + "/" + path) { files[path] = data }
        }
        return files
    }

    @Test(arguments: [
        ("sites", "it lies inside the group's sites/, whose files the build would replace; choose a folder outside sites/ and themes/, such as public/"),
        ("sites/portal", "it lies inside the group's sites/, whose files the build would replace; choose a folder outside sites/ and themes/, such as public/"),
        ("themes/t/layouts", "it lies inside the group's themes/, whose files the build would replace; choose a folder outside sites/ and themes/, such as public/"),
        (".", "it holds the group's own files (ROOT); choose a folder outside the group, or leave out --out to write public/"),
        ("..", "it holds the group's own files (ROOT); choose a folder outside the group, or leave out --out to write public/"),
        ("sitegroup.yaml", "ROOT/sitegroup.yaml is a file, not a folder; choose a folder for --out"),
        ("sitegroup.yaml/public", "ROOT/sitegroup.yaml is a file, not a folder; choose a folder for --out"),
    ])
    func outputsThatWouldReplaceInputsAreRefused(out: String, reason: String) throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let before = snapshot(fixture.root)
        let result = try cli.run(["build", "--root", fixture.root.path, "--out", fixture.root.path + "/" + out, "--lang", "en"])
        let target = URL(fileURLWithPath: fixture.root.path + "/" + out).standardizedFileURL.path
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("sitegroup: cannot write \(target): \(reason.replacingOccurrences(of: "ROOT", with: fixture.root.path))\n"))
        #expect(snapshot(fixture.root) == before)
    }

    @Test func aSymbolicLinkIntoSitesIsSeenThrough() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let link = fixture.root.path + "/out"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fixture.root.path + "/sites/portal")
        let result = try cli.run(["build", "--root", fixture.root.path, "--out", link + "/public", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("it lies inside the group's sites/"))
    }

    @Test func aFolderOfOtherFilesNeedsForce() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let out = fixture.root.appendingPathComponent("deploy")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("备忘".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let refused = try cli.run(["build", "--root", fixture.root.path, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasSuffix("sitegroup: 不能写入 \(out.path): 该文件夹中有不是 sitegroup 写入的文件（notes.txt）；"
                                         + "请选择空文件夹或新文件夹；如确需写入，请加 --force（同名的网站文件夹会被替换）\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notes.txt"])
        let forced = try cli.run(["build", "--root", fixture.root.path, "--out", out.path, "--force"])
        #expect(forced.status == 0)
        #expect(FileManager.default.contents(atPath: out.path + "/notes.txt") == Data("备忘".utf8))
        // Once written, the folder is the build's own: later builds need no --force.
        #expect(try cli.run(["build", "--root", fixture.root.path, "--out", out.path]).status == 0)
    }

    @Test func aBuiltFolderWhoseCacheWasDeletedIsStillTheBuilds() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try cli.run(["build", "--root", fixture.root.path]).status == 0)
        try fixture.remove(".public.cache")
        #expect(try cli.run(["build", "--root", fixture.root.path]).status == 0)
    }

    @Test func anUnwritableOutputIsToldInWords() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let result = try cli.run(["build", "--root", fixture.root.path, "--out", "/sys/sitegroup-test/public"])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("sitegroup: /sys/sitegroup-test/.public.cache: 没有权限；请换一个有写入权限的文件夹，或请管理员授予写入权限\n"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aSecondBuildStopsWhileTheFirstHoldsTheOutput() throws {
        let fixture = try FixtureGroup(Self.files)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try cli.run(["build", "--root", fixture.root.path]).status == 0)
        let before = snapshot(fixture.output)
        // This test holds the lock as a running build would.
        let lock = open(fixture.root.path + "/.public.cache/lock", O_RDWR)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let result = try cli.run(["build", "--root", fixture.root.path, "--no-cache", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("sitegroup: cannot write \(fixture.output.path): another build is writing it (process "))
        #expect(result.stderr.hasSuffix("); wait for that build to finish, then run again\n"))
        #expect(snapshot(fixture.output) == before)
    }

    @Test func concurrentBuildsNeverLoseASite() throws {
        let fixture = try FixtureGroup(Self.files.merging(KillTests.department) { first, _ in first })
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        #expect(try cli.run(["build", "--root", fixture.root.path]).status == 0)
        let complete = snapshot(fixture.output)
        for _ in 0..<3 {
            let (runs, root) = (Runs(), fixture.root.path)
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                runs.add(try? cli.run(["build", "--root", root, "--no-cache", "--lang", "en"]))
            }
            for run in runs.all {
                let run = try #require(run)
                #expect(run.status == 0 || (run.status == 2 && run.stderr.contains("another build is writing it")))
            }
            #expect(runs.all.contains { $0?.status == 0 })
            #expect(snapshot(fixture.output) == complete)
        }
    }
}

/// Results gathered from runs on several threads.
private final class Runs: @unchecked Sendable {
    // Guarded by `lock`.
    private var runs: [CommandLineTests.Run?] = []
    private let lock = NSLock()

    func add(_ run: CommandLineTests.Run?) {
        lock.withLock { runs.append(run) }
    }

    var all: [CommandLineTests.Run?] { lock.withLock { runs } }
}
