import Foundation
import Testing
import TestSupport

/// A real browser: a page open in headless Chromium reloads by itself after a save. Needs Debian's `chromium` and
/// `chromium-driver` (`.ci/run` installs them).
@Suite("Live reload in Chromium")
struct ChromiumReloadTests {
    /// chromedriver on a port it chose, its and Chromium's files in a folder of the test's own.
    final class Driver {
        let process = Process()
        /// Short: Chromium puts a Unix socket in it, and a socket path longer than 107 bytes makes it exit at start.
        let temporary = TemporaryFolder("sgc")
        private(set) var client = LoopbackClient(port: 0)

        init() throws {
            try FileManager.default.createDirectory(at: temporary.url, withIntermediateDirectories: true)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
            process.arguments = ["--port=0"]
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.url.path]) { _, new in new }
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            var printed = ""
            let deadline = Date().addingTimeInterval(30)
            while !printed.contains("started successfully on port"), Date() < deadline {
                printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            }
            let port = printed.components(separatedBy: "on port ").last?.prefix { $0.isNumber } ?? ""
            client = LoopbackClient(port: UInt16(port) ?? 0)
        }

        func command(_ method: String, _ path: String, _ json: [String: Any] = [:]) throws -> Any? {
            let answer = try client.request(method, path, json: method == "POST" ? json : nil)
            let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
            return object?["value"]
        }

        deinit {
            // chromedriver may wait on SIGTERM for ever; its Chromium has already quit with the session.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
                   "needs chromium-driver: apt-get install -y chromium chromium-driver"))
    func anOpenPageReloadsByItselfAfterASave() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: "第一版正文。")])
        let server = try ServeCommandTests.Server(fixture)
        defer { _ = server.stop() }
        let driver = try Driver()
        let session = try #require(try driver.command("POST", "/session", ["capabilities": ["alwaysMatch": ["goog:chromeOptions": [
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--user-data-dir=\(driver.temporary.url.appendingPathComponent("profile").path)"],
        ]]]]) as? [String: Any])
        let id = try #require(session["sessionId"] as? String, "chromedriver: \(session)")
        defer { _ = try? driver.command("DELETE", "/session/\(id)") }
        _ = try driver.command("POST", "/session/\(id)/url", ["url": "http://127.0.0.1:\(server.port)/portal/news/a/"])
        // A mark set in the open page: only a reload, which no one but the page's script asks for here, clears it.
        let marked = try driver.command("POST", "/session/\(id)/execute/sync",
                                        ["script": "window.sitegroupMark = 1; return document.body.innerText;", "args": []]) as? String
        #expect(marked?.contains("第一版正文。") == true)

        try fixture.write(["sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: "第二版正文。")])
        let deadline = Date().addingTimeInterval(20)
        var shown: [Any] = []
        repeat {
            Thread.sleep(forTimeInterval: 0.1)
            shown = try driver.command("POST", "/session/\(id)/execute/sync",
                                       ["script": "return [window.sitegroupMark === undefined, document.body.innerText];", "args": []]) as? [Any] ?? []
        } while !(shown.first as? Bool ?? false) && Date() < deadline
        #expect(shown.first as? Bool == true)
        #expect((shown.last as? String)?.contains("第二版正文。") == true)
    }
}
