import Foundation
import Testing
import TestSupport

/// `sitegroup deploy` with the real rclone (Debian's package) against real targets: a folder remote, rclone's own SFTP
/// server on 127.0.0.1, and its WebDAV server for the headers a deploy sends. The group is built with the real binary.
@Suite("sitegroup deploy", .serialized)
struct DeployTests {
    struct Run {
        let status: Int32
        let stdout: [String]
        let stderr: String
    }

    /// A group with assets from the theme and the site, two news documents and a page.
    private static let group = [
        "themes/t/assets/css/site.css": "body { margin: 0 }\n",
        "themes/t/assets/js/site.js": "document.documentElement.className = 'js';\n",
        "sites/portal/assets/img/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 春季森林防火\ndate: 2024-05-01", body: "全市开展春季森林防火检查。"),
        "sites/portal/content/news/b.md": FixtureGroup.document("title: 林长制工作会议\ndate: 2024-05-02", body: "会议部署林长制工作。"),
        "sites/portal/pages/about.md": FixtureGroup.document("title: 关于本站\ndate: 2024-01-01", body: "本站由示例市人民政府办公室主办。"),
    ]

    /// Runs `sitegroup deploy`; its output goes to files, since a dump of rclone's HTTP requests fills a pipe.
    private func deploy(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let logs = TemporaryFolder("sitegroup-deploy-log")
        try FileManager.default.createDirectory(at: logs.url, withIntermediateDirectories: true)
        let (out, err) = (logs.url.appendingPathComponent("out"), logs.url.appendingPathComponent("err"))
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["deploy"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        (process.standardOutput, process.standardError) = (try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err))
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map(String.init),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }

    private func build(_ fixture: FixtureGroup) throws {
        let result = try CommandLineTests().run(["build", "--root", fixture.root.path])
        try #require(result.status == 0, "\(result.stderr)")
    }

    /// Every file under `folder` by path: its bytes, and its change time (the system's, which any write moves on).
    private func files(in folder: URL) throws -> [String: (bytes: Data, changed: Int)] {
        var files: [String: (bytes: Data, changed: Int)] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var status = stat()
            guard stat(folder.path + "/" + path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            files[path] = (try Data(contentsOf: folder.appendingPathComponent(path)), status.st_ctim.tv_sec * 1_000_000_000 + status.st_ctim.tv_nsec)
        }
        return files
    }

    private func bytes(in folder: URL) throws -> [String: Data] {
        try files(in: folder).mapValues(\.bytes)
    }

    /// Paths whose bytes differ between two snapshots, or that only `after` has.
    private func changed(from before: [String: Data], to after: [String: Data]) -> Set<String> {
        Set(after.filter { before[$0.key] != $0.value }.keys)
    }

    private func paths(_ lines: [String], _ prefix: String) -> [String] {
        lines.filter { $0.hasPrefix(prefix + " ") }.map { String($0.dropFirst(prefix.count + 1)) }
    }

    @Test func firstDeployUploadsEverythingInOrderAndAnEditUploadsOnlyTheChangedFiles() throws {
        let fixture = try FixtureGroup(Self.group)
        let remote = TemporaryFolder("sitegroup-remote")
        try build(fixture)
        let first = try deploy(["--root", fixture.root.path, "--to", remote.url.path])
        #expect(first.status == 0, "\(first.stderr)")
        let built = try bytes(in: fixture.output)
        let uploaded = paths(first.stdout, "已上传")
        #expect(Set(uploaded) == Set(built.keys))
        #expect(uploaded.count == built.count)
        #expect(first.stdout.last == "已部署到 \(remote.url.path)：上传 \(built.count) 个文件，删除 0 个文件")
        #expect(try bytes(in: remote.url) == built)
        // Assets, then pages, then feeds, sitemaps and data.
        let phases = uploaded.map { $0.contains("/assets/") ? 0 : $0.hasSuffix(".html") ? 1 : 2 }
        #expect(phases == phases.sorted())
        #expect(Set(phases) == [0, 1, 2])
        #expect(first.stderr == "[1/4] assets\n[2/4] pages\n[3/4] feeds, sitemaps and data\n[4/4] remove stale files\n")

        let again = try deploy(["--root", fixture.root.path, "--to", remote.url.path])
        #expect(again.stdout == ["已部署到 \(remote.url.path)：上传 0 个文件，删除 0 个文件"])

        let deployed = try files(in: remote.url)
        try fixture.write(["sites/portal/content/news/a.md": FixtureGroup.document("title: 春季森林防火\ndate: 2024-05-01", body: "全市开展春季森林防火专项检查。")])
        try build(fixture)
        let rebuilt = try bytes(in: fixture.output)
        let edited = changed(from: built, to: rebuilt)
        #expect(edited.contains("portal/news/a/index.html"))
        #expect(edited.count < built.count / 2)
        let second = try deploy(["--root", fixture.root.path, "--to", remote.url.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(Set(paths(second.stdout, "已上传")) == edited)
        #expect(paths(second.stdout, "已删除") == [])
        #expect(second.stdout.last == "已部署到 \(remote.url.path)：上传 \(edited.count) 个文件，删除 0 个文件")
        // On the remote itself: exactly the edited files were written anew, every other file was left as it was.
        let now = try files(in: remote.url)
        #expect(now.mapValues(\.bytes) == rebuilt)
        #expect(Set(now.filter { deployed[$0.key]?.changed != $0.value.changed }.keys) == edited)
    }

    /// rclone's SFTP server on 127.0.0.1, which answers rclone's `md5sum`, so changes are found by checksum there too.
    /// A build and a deploy of the same folder never overlap: whichever comes second stops with exit status 2 and
    /// says why, so a deploy never uploads half a build. (The test holds the output's lock as the other command would.)
    @Test func aDeployAndABuildOfTheSameFolderWaitForEachOther() throws {
        let fixture = try FixtureGroup(Self.group)
        try build(fixture)
        let remote = TemporaryFolder("sitegroup-remote")
        let lockFile = fixture.root.appendingPathComponent(".public.cache/lock").path
        let held = open(lockFile, O_RDONLY | O_CLOEXEC)
        defer { close(held) }

        try #require(flock(held, LOCK_EX) == 0)
        let duringBuild = try deploy(["--to", remote.url.path, "--root", fixture.root.path])
        #expect(duringBuild.status == 2 && duringBuild.stdout == [])
        #expect(duringBuild.stderr == "sitegroup: 不能写入 \(fixture.output.path): 构建正在写入该文件夹；请等构建结束后再部署\n")
        #expect(!FileManager.default.fileExists(atPath: remote.url.appendingPathComponent("portal").path))

        try #require(flock(held, LOCK_UN) == 0 && flock(held, LOCK_SH) == 0)
        let duringDeploy = try CommandLineTests().run(["build", "--root", fixture.root.path])
        #expect(duringDeploy.status == 2)
        #expect(duringDeploy.stderr.contains("sitegroup: 不能写入 \(fixture.output.path): 正在部署（上传）该文件夹；请等部署结束后再运行\n"))
        try #require(flock(held, LOCK_UN) == 0)
        #expect(try deploy(["--to", remote.url.path, "--root", fixture.root.path]).status == 0)
    }

    @Test func overSFTPAnEditUploadsOnlyTheChangedFiles() throws {
        let fixture = try FixtureGroup(Self.group)
        let served = TemporaryFolder("sitegroup-sftp")
        try FileManager.default.createDirectory(at: served.url, withIntermediateDirectories: true)
        try build(fixture)
        let server = try RcloneServer.sftp(folder: served.url)
        defer { server.stop() }
        let remote = ":sftp,host=127.0.0.1,port=\(server.port),user=editor,pass=\(try RcloneServer.obscured("secret")),"
            + "shell_type=unix,md5sum_command=md5sum,sha1sum_command=sha1sum:www"
        let first = try deploy(["--root", fixture.root.path, "--to", remote])
        #expect(first.status == 0, "\(first.stderr)")
        let built = try bytes(in: fixture.output)
        #expect(Set(paths(first.stdout, "已上传")) == Set(built.keys))
        #expect(!first.stderr.contains("注意"))

        try fixture.write(["sites/portal/content/news/a.md": FixtureGroup.document("title: 春季森林防火\ndate: 2024-05-01", body: "全市开展春季森林防火专项检查。")])
        try build(fixture)
        let rebuilt = try bytes(in: fixture.output)
        let second = try deploy(["--root", fixture.root.path, "--to", remote])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(Set(paths(second.stdout, "已上传")) == changed(from: built, to: rebuilt))
        #expect(try bytes(in: served.url.appendingPathComponent("www")) == rebuilt)
    }

    @Test func aRemovedDocumentsPageIsDeletedOnlyAfterTheUploads() throws {
        let fixture = try FixtureGroup(Self.group)
        let remote = TemporaryFolder("sitegroup-remote")
        try build(fixture)
        #expect(try deploy(["--root", fixture.root.path, "--to", remote.url.path]).status == 0)
        let built = try bytes(in: fixture.output)
        try fixture.remove("sites/portal/content/news/b.md")
        try build(fixture)
        let rebuilt = try bytes(in: fixture.output)

        let result = try deploy(["--root", fixture.root.path, "--to", remote.url.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(paths(result.stdout, "uploaded")) == changed(from: built, to: rebuilt))
        #expect(result.stdout.suffix(2) == ["deleted portal/news/b/index.html",
                                            "deployed to \(remote.url.path): \(changed(from: built, to: rebuilt).count) files uploaded, 1 deleted"])
        #expect(try bytes(in: remote.url) == rebuilt)
        #expect(!FileManager.default.fileExists(atPath: remote.url.appendingPathComponent("portal/news/b").path))
    }

    @Test func aDryRunListsWhatWouldChangeAndChangesNothing() throws {
        let fixture = try FixtureGroup(Self.group)
        let remote = TemporaryFolder("sitegroup-remote")
        try build(fixture)
        let empty = try deploy(["--root", fixture.root.path, "--to", remote.url.path, "--dry-run"])
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(Set(paths(empty.stdout, "将上传")) == Set(try bytes(in: fixture.output).keys))
        #expect(!FileManager.default.fileExists(atPath: remote.url.path))

        #expect(try deploy(["--root", fixture.root.path, "--to", remote.url.path]).status == 0)
        let built = try bytes(in: fixture.output)
        try fixture.remove("sites/portal/content/news/b.md")
        try fixture.write(["sites/portal/content/news/a.md": FixtureGroup.document("title: 春季森林防火\ndate: 2024-05-01", body: "全市开展春季森林防火专项检查。")])
        try build(fixture)
        let rebuilt = try bytes(in: fixture.output)
        let deployed = try files(in: remote.url)

        let dry = try deploy(["--root", fixture.root.path, "--to", remote.url.path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        let wouldUpload = changed(from: built, to: rebuilt)
        #expect(Set(paths(dry.stdout, "将上传")) == wouldUpload)
        #expect(paths(dry.stdout, "将删除") == ["portal/news/b/index.html"])
        #expect(dry.stdout.last == "演练：将上传 \(wouldUpload.count) 个文件，删除 1 个文件；远端未作改动")
        let after = try files(in: remote.url)
        #expect(after.mapValues(\.bytes) == deployed.mapValues(\.bytes))
        #expect(after.mapValues(\.changed) == deployed.mapValues(\.changed))
    }

    @Test func aDeployStoppedMidwayDeletesNothingAndSaysWhyOnOneLine() throws {
        let fixture = try FixtureGroup(Self.group)
        let remote = TemporaryFolder("sitegroup-remote")
        try build(fixture)
        #expect(try deploy(["--root", fixture.root.path, "--to", remote.url.path]).status == 0)
        let deployed = try bytes(in: remote.url)
        try fixture.remove("sites/portal/content/news/b.md")
        try fixture.write(["sites/portal/content/news/c.md": FixtureGroup.document("title: 护林员培训\ndate: 2024-05-03")])
        try build(fixture)
        // A file where the new page's folder must go: the remote refuses that one page.
        try Data("blocker".utf8).write(to: remote.url.appendingPathComponent("portal/news/c"))

        let result = try deploy(["--root", fixture.root.path, "--to", remote.url.path])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.dropLast() == ["[1/4] assets", "[2/4] pages"])
        let message = try #require(lines.last)
        #expect(message.hasPrefix("sitegroup: 部署在上传网页时中断：portal/news/c/index.html: "))
        #expect(message.hasSuffix("；远端文件均未删除，原网站仍可正常访问；排除问题后请重新运行"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(!result.stdout.contains { $0.hasPrefix("已删除") || $0.hasSuffix(".xml") })
        // The old pages and feeds are all still there, the removed document's page with them.
        let remoteNow = try bytes(in: remote.url)
        #expect(remoteNow["portal/news/b/index.html"] == deployed["portal/news/b/index.html"])
        #expect(remoteNow["portal/rss.xml"] == deployed["portal/rss.xml"])
        #expect(remoteNow["portal/sitemap.xml"] == deployed["portal/sitemap.xml"])
    }

    @Test func withoutRcloneItSaysToInstallIt() throws {
        let fixture = try FixtureGroup(Self.group)
        try build(fixture)
        let result = try deploy(["--root", fixture.root.path, "--to", "/tmp/unused-remote"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr == "sitegroup: 未安装 rclone：请先安装（Debian 或 Ubuntu 上运行 apt-get install rclone），再重新运行\n")
    }

    @Test func aRemoteRcloneCannotOpenIsNamed() throws {
        let fixture = try FixtureGroup(Self.group)
        let config = TemporaryFolder("sitegroup-rclone-config")
        try build(fixture)
        let result = try deploy(["--root", fixture.root.path, "--to", "nosuch:site"], environment: ["RCLONE_CONFIG": config.url.path])
        #expect(result.status == 2)
        #expect(result.stderr == "sitegroup: 无法打开 nosuch:site：Failed to backend: didn't find section in config file；"
                + "请检查 rclone 配置中的该远端（rclone config show），再重新运行\n")
    }

    @Test func aFolderThatIsNotABuildsOutputIsRefused() throws {
        let fixture = try FixtureGroup(Self.group)
        let remote = TemporaryFolder("sitegroup-remote")
        let result = try deploy(["--root", fixture.root.path, "--out", fixture.root.appendingPathComponent("sites").path, "--to", remote.url.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "sitegroup: \(fixture.root.appendingPathComponent("sites").path) is not a build's output: it has no site folder "
                + "with an index.html; build first, or point --out at the folder the build wrote\n")
        #expect(!FileManager.default.fileExists(atPath: remote.url.path))
    }

    /// rclone's WebDAV server stands in for an HTTP object store: rclone's own `--dump headers` shows each PUT as sent.
    @Test func eachKindOfFileIsSentWithItsCacheControlAndContentType() throws {
        let fixture = try FixtureGroup(Self.group)
        let served = TemporaryFolder("sitegroup-webdav")
        try FileManager.default.createDirectory(at: served.url, withIntermediateDirectories: true)
        try build(fixture)
        let server = try RcloneServer("webdav", folder: served.url)
        defer { server.stop() }

        let result = try deploy(["--root", fixture.root.path, "--to", ":webdav,url='http://127.0.0.1:\(server.port)/':", "--asset-max-age", "31536000"],
                                environment: ["RCLONE_DUMP": "headers"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("注意：远端不提供校验和，已按文件大小和修改时间判断哪些文件有变化"))
        let puts = Self.puts(in: result.stderr)
        let built = try bytes(in: fixture.output)
        #expect(puts.map(\.path).sorted() == built.keys.sorted())
        let headers = Dictionary(puts.map { ($0.path, $0.headers) }) { first, _ in first }
        let expected: [(String, String, String)] = [
            ("portal/index.html", "public, max-age=300", "text/html; charset=utf-8"),
            ("portal/news/a/index.html", "public, max-age=300", "text/html; charset=utf-8"),
            ("portal/rss.xml", "public, max-age=300", "text/xml; charset=utf-8"),
            ("sitemap.xml", "public, max-age=300", "text/xml; charset=utf-8"),
            ("portal/catalog/catalog.json", "public, max-age=300", "application/json"),
            ("portal/assets/css/site.css", "public, max-age=31536000", "text/css; charset=utf-8"),
            ("portal/assets/js/site.js", "public, max-age=31536000", "text/javascript; charset=utf-8"),
            ("portal/assets/img/logo.svg", "public, max-age=31536000", "image/svg+xml"),
        ]
        for (path, cacheControl, contentType) in expected {
            #expect(headers[path]?["Cache-Control"] == cacheControl, "\(path)")
            #expect(headers[path]?["Content-Type"] == contentType, "\(path)")
        }
        #expect(try bytes(in: served.url) == built)

        // New cache times reach files already deployed only when they are sent again: rclone's own --ignore-times
        // sends each file once more, the stale pass sending none twice.
        let resent = try deploy(["--root", fixture.root.path, "--to", ":webdav,url='http://127.0.0.1:\(server.port)/':"],
                                environment: ["RCLONE_DUMP": "headers", "RCLONE_IGNORE_TIMES": "true"])
        #expect(resent.status == 0, "\(resent.stderr)")
        let again = Self.puts(in: resent.stderr)
        #expect(again.map(\.path).sorted() == built.keys.sorted())
        #expect(again.first { $0.path == "portal/assets/css/site.css" }?.headers["Cache-Control"] == "public, max-age=86400")
    }

    /// Every PUT in rclone's dump, in order: the path put, and its headers (the request line, then a header a line,
    /// until rclone's next message).
    private static func puts(in log: String) -> [(path: String, headers: [String: String])] {
        var puts: [(path: String, headers: [String: String])] = []
        var inPut = false
        for line in log.split(separator: "\n", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("rclone: PUT /") {
                puts.append((String(line.dropFirst("rclone: PUT /".count).prefix { $0 != " " }), [:]))
                inPut = true
            } else if inPut, !line.hasPrefix("rclone: "), let colon = line.range(of: ": ") {
                puts[puts.count - 1].headers[String(line[..<colon.lowerBound])] = String(line[colon.upperBound...])
            } else {
                inPut = false
            }
        }
        return puts
    }
}
