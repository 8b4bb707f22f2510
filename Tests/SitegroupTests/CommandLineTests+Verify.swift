import FlyingFox
import Foundation
import Testing
import TestSupport

/// 防篡改: `build` writes each site's signed manifest, `key new` makes the key, and `verify` checks a copy in a
/// folder or served over HTTP on 127.0.0.1, as a publisher's cron job runs it.
extension CommandLineTests {
    private static let documents = [
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 全市政务公开工作推进会召开\ndate: 2024-05-01"),
        "sites/portal/content/news/b.md": FixtureGroup.document("title: 关于做好森林防火工作的通知\ndate: 2024-05-02"),
    ]

    /// A built fixture group signed with a new key, and that key's public half.
    private func signedBuild() throws -> (FixtureGroup, publicKey: String) {
        let fixture = try FixtureGroup(Self.documents)
        let key = fixture.root.appendingPathComponent("signing.key").path
        let made = try run(["key", "new", key])
        #expect(made.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: key)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // Written under a scratch name first, which does not stay behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.contains(".partial-") } == [])
        let built = try run(["build", "--root", fixture.root.path, "--signing-key", key])
        #expect(built.status == 0)
        #expect(!built.stdout.contains("清单未签名"))
        return (fixture, made.stdout.trimmingCharacters(in: .newlines))
    }

    private func verify(_ fixture: FixtureGroup, key: String?, copy: String, _ more: [String] = []) throws -> Run {
        try verify(manifest: fixture.output.appendingPathComponent("portal.manifest.json").path, key: key, copy: copy, more)
    }

    private func verify(manifest: String, key: String?, copy: String, _ more: [String] = []) throws -> Run {
        try run(["verify", "--manifest", manifest] + (key.map { ["--public-key", $0] } ?? ["--unsigned"]) + more + [copy])
    }

    @Test func aBuildSignsAManifestOfEveryFileAndAnUntouchedFolderPassesQuietly() throws {
        let (fixture, publicKey) = try signedBuild()
        let manifest = try #require(fixture.output("portal.manifest.json"))
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any])
        let files = try #require(listed["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(files == fixture.outputFiles().filter { $0.hasPrefix("portal/") }.map { String($0.dropFirst("portal/".count)) })
        #expect(listed["base_url"] as? String == "https://www.example.gov.cn/")
        let signature = fixture.output("portal.manifest.sig")
        #expect(signature?.hasSuffix("\n") == true)
        let clean = try verify(fixture, key: publicKey, copy: fixture.output.appendingPathComponent("portal").path)
        #expect(clean.status == 0 && clean.stdout == "" && clean.stderr == "")
        let publicKeyFile = fixture.root.appendingPathComponent("publisher.pub")
        try Data((publicKey + "\n").utf8).write(to: publicKeyFile)
        #expect(try verify(fixture, key: publicKeyFile.path, copy: fixture.output.appendingPathComponent("portal").path).status == 0)

        // Pointed at the whole output instead of the site's folder, it says where to point rather than list every file.
        let wrong = try verify(fixture, key: publicKey, copy: fixture.output.path)
        #expect(wrong.status == 2 && wrong.stdout == "")
        #expect(wrong.stderr == "sitegroup: \(fixture.output.path)：这是整个输出文件夹，不是网站 portal 的副本；请改为核验 \(fixture.output.path)/portal\n")

        // A build that changes nothing writes the same manifest and signature.
        let key = fixture.root.appendingPathComponent("signing.key").path
        #expect(try run(["build", "--root", fixture.root.path, "--signing-key", key]).status == 0)
        #expect(fixture.output("portal.manifest.json") == manifest && fixture.output("portal.manifest.sig") == signature)
        #expect(try run(["key", "public", key]).stdout == publicKey + "\n")
        // A key is never replaced.
        let again = try run(["key", "new", key])
        #expect(again.status == 2 && again.stderr.contains("it exists already; a key is never replaced"))
    }

    @Test func aFolderCopyWithAChangedAMissingAndAnAddedFileGetsOneLineEach() throws {
        let (fixture, publicKey) = try signedBuild()
        let copy = fixture.root.appendingPathComponent("deployed")
        try FileManager.default.copyItem(at: fixture.output.appendingPathComponent("portal"), to: copy)
        try Data("<p>已被篡改</p>".utf8).write(to: copy.appendingPathComponent("news/a/index.html"))
        try FileManager.default.removeItem(at: copy.appendingPathComponent("news/b/index.html"))
        try Data("<?php eval($_POST[1]);".utf8).write(to: copy.appendingPathComponent("news/shell.php"))
        let found = try verify(fixture, key: publicKey, copy: copy.path)
        #expect(found.status == 1)
        #expect(found.stdout == """
            news/a/index.html: 已被改动：内容与清单中的 SHA-256 不符
            news/b/index.html: 缺失：清单中有此文件，副本中没有
            news/shell.php: 多出：副本中有此文件，清单中没有

            """)
        #expect(try verify(fixture, key: publicKey, copy: copy.path, ["--lang", "en"]).stdout.hasPrefix(
            "news/a/index.html: modified: its SHA-256 is not the manifest's\n"))
    }

    @Test func aManifestSignedWithAnotherKeyOrNotAtAllFails() throws {
        let (fixture, _) = try signedBuild()
        let other = fixture.root.appendingPathComponent("other.key").path
        let otherPublic = try run(["key", "new", other]).stdout.trimmingCharacters(in: .newlines)
        let site = fixture.output.appendingPathComponent("portal").path
        let wrong = try verify(fixture, key: otherPublic, copy: site)
        #expect(wrong.status == 1)
        #expect(wrong.stdout == "\(fixture.output.path)/portal.manifest.json：签名无效：清单不是用此公钥对应的私钥签名的，或签名后被改动过\n")

        // Built again without a key: the stale signature goes, the build says so, and a verifier holding the key is told.
        let unsigned = try run(["build", "--root", fixture.root.path])
        #expect(unsigned.stdout.contains("清单未签名：用 --signing-key 文件或环境变量 SITEGROUP_SIGNING_KEY 提供私钥（由 sitegroup key new 生成）即可签名\n"))
        #expect(fixture.output("portal.manifest.sig") == nil)
        let told = try verify(fixture, key: otherPublic, copy: site)
        #expect(told.status == 1 && told.stdout.contains("portal.manifest.sig：没有签名文件"))
        #expect(try verify(fixture, key: nil, copy: site).status == 0)
    }

    @Test func aKeyFromTheEnvironmentSignsAndABadKeyStopsTheBuildBeforeItWrites() throws {
        let fixture = try FixtureGroup(Self.documents)
        let keyFile = fixture.root.appendingPathComponent("k").path
        let publicKey = try run(["key", "new", keyFile]).stdout.trimmingCharacters(in: .newlines)
        let keyText = try String(contentsOfFile: keyFile, encoding: .utf8)
        let built = try run(["build", "--root", fixture.root.path], environment: ["SITEGROUP_SIGNING_KEY": keyText])
        #expect(built.status == 0 && !built.stdout.contains("清单未签名"))
        #expect(try verify(fixture, key: publicKey, copy: fixture.output.appendingPathComponent("portal").path).status == 0)

        let bad = try FixtureGroup(Self.documents)
        let refused = try run(["build", "--root", bad.root.path], environment: ["SITEGROUP_SIGNING_KEY": "not-a-key"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("sitegroup: SITEGROUP_SIGNING_KEY: 它不是签名私钥"))
        #expect(bad.outputFiles() == [])
        let missing = try run(["build", "--root", bad.root.path, "--signing-key", bad.root.appendingPathComponent("no-such.key").path])
        #expect(missing.status == 2 && missing.stderr.contains("no-such.key: 该文件或其路径中的文件夹不存在；"))
        let noManifest = try run(["verify", "--manifest", bad.root.appendingPathComponent("none.manifest.json").path, "--unsigned", "/tmp"])
        #expect(noManifest.status == 2 && noManifest.stderr.hasSuffix("none.manifest.json: it does not exist, or a folder of its path does not; check the path and run again\n"))
        #expect(bad.outputFiles() == [])
    }

    @Test func aServedCopyWithAChangedAMissingAndAnAddedFileGetsOneLineEach() async throws {
        let (fixture, publicKey) = try signedBuild()
        let served = fixture.root.appendingPathComponent("served")
        try FileManager.default.copyItem(at: fixture.output.appendingPathComponent("portal"), to: served)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
        await server.appendRoute("GET *", to: DirectoryHTTPHandler(root: served))
        let (serving, base) = try await start(server)
        defer { serving.cancel() }
        let manifest = fixture.output.appendingPathComponent("portal.manifest.json").path

        let clean = try await runDetached { try self.verify(manifest: manifest, key: publicKey, copy: base) }
        #expect(clean.status == 0 && clean.stdout == "" && clean.stderr == "")

        // Defaced: a page changed to link to a file slipped in beside it, and another page deleted.
        let page = served.appendingPathComponent("news/a/index.html")
        let defaced = try String(contentsOf: page, encoding: .utf8) + #"<a href="../../notice.html">通知</a>"#
        try Data(defaced.utf8).write(to: page)
        try Data("<p>假通知</p>".utf8).write(to: served.appendingPathComponent("notice.html"))
        try FileManager.default.removeItem(at: served.appendingPathComponent("news/b/index.html"))
        let found = try await runDetached { try self.verify(manifest: manifest, key: publicKey, copy: base, ["--concurrency", "2"]) }
        #expect(found.status == 1)
        #expect(found.stdout == """
            news/a/index.html: 已被改动：内容与清单中的 SHA-256 不符
            news/b/index.html: 缺失：清单中有此文件，副本中没有
            notice.html: 多出：副本中有此文件，清单中没有

            """)
    }

    @Test func aFileTheServerWillNotGiveIsToldWithItsAnswer() async throws {
        let (fixture, publicKey) = try signedBuild()
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
        await server.appendRoute("GET /news/a/index.html") { _ in HTTPResponse(statusCode: .serviceUnavailable) }
        await server.appendRoute("GET *", to: DirectoryHTTPHandler(root: fixture.output.appendingPathComponent("portal")))
        let (serving, base) = try await start(server)
        defer { serving.cancel() }
        let manifest = fixture.output.appendingPathComponent("portal.manifest.json").path
        let told = try await runDetached { try self.verify(manifest: manifest, key: publicKey, copy: base) }
        #expect(told.status == 1)
        #expect(told.stdout == "news/a/index.html: 无法核验：服务器返回 503\n")
    }

    /// Starts a test's server on 127.0.0.1 and gives its address. A loaded machine's test run can take more than
    /// FlyingFox's default 5 s to let it listen.
    private func start(_ server: HTTPServer) async throws -> (Task<Void, Error>, String) {
        let serving = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 60)
        guard case .ip4(_, let port) = await server.listeningAddress else {
            serving.cancel()
            throw URLError(.cannotConnectToHost)
        }
        return (serving, "http://127.0.0.1:\(port)/")
    }

    /// Runs a blocking command off the cooperative threads the test's server answers on.
    private func runDetached(_ body: @escaping @Sendable () throws -> Run) async throws -> Run {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
