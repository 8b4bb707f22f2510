import Foundation
import Testing
import TestSupport

/// The README's promise that an import's files reach the disk with one flush, after the documents and before
/// `sync/state.json`: the system calls of a real run, as strace records them, come in that order.
@Suite("The disk is flushed once per sync run", .serialized)
struct SyncFlushTests {
    @Test func oneFlushAfterTheDocumentsAndBeforeTheState() throws {
        let feeds = TemporaryFolder("sitegroup-feed")
        try FileManager.default.createDirectory(at: feeds.url, withIntermediateDirectories: true)
        try Data("""
            <rss version="2.0"><channel><title>市政府</title><link>https://www.example.gov.cn/</link>
            <item><title>答复一</title><guid>https://www.example.gov.cn/r/1.html</guid><pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate></item>
            <item><title>答复二</title><guid>https://www.example.gov.cn/r/2.html</guid><pubDate>Thu, 02 May 2024 09:30:00 +0800</pubDate></item>
            </channel></rss>
            """.utf8).write(to: feeds.url.appendingPathComponent("rss.xml"))
        let server = try TestHTTPServer(folder: feeds.url)
        defer { server.stop() }
        let fixture = try FixtureGroup(["sitegroup.yaml": "name: 网站群\nportal: portal\nlanguage: en\nsync:\n  - { name: city, from_url: \(server.baseURL)rss.xml, to: portal, into: notices }\n"])
        let trace = feeds.url.appendingPathComponent("trace.txt")
        let run = try CommandLineTests().run(["sync", "--root", fixture.root.path], through: [
            "/usr/bin/strace", "-f", "-qq", "-o", trace.path, "-e", "trace=syncfs,fsync,fdatasync,rename,renameat,renameat2",
        ])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let calls = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
            if line.contains("syncfs(") || line.contains("fsync(") || line.contains("fdatasync(") { return "flush" }
            guard line.contains("rename") else { return nil }
            return line.contains("sync/state.json") ? "state" : line.contains("content/notices/") ? "document" : "other"
        }
        #expect(calls == ["document", "document", "flush", "state"])
    }
}
