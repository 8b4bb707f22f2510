import Foundation
import Testing
import TestSupport

/// `check --external`, from the command line.
extension CommandLineTests {
    @Test func checkExternalFollowsLinksAndPlainCheckDoesNot() throws {
        let pages = TemporaryFolder()
        try FileManager.default.createDirectory(at: pages.url, withIntermediateDirectories: true)
        let server = try TestHTTPServer(folder: pages.url)
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "[外部](\(server.baseURL)gone.html)")])
        let plain = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--lang", "en"])
        #expect(!plain.stdout.contains("link.external-dead") && server.statuses == [])
        let external = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--lang", "en", "--external"])
        #expect(external.stdout.contains("sites/portal/content/news/a.md:6:1: warning: link.external-dead: the link to \(server.baseURL)gone.html does not answer: HTTP 404; correct the address, or remove the link\n"))
        #expect(server.statuses == [404])
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(".sitegroup-cache/external-links.json").path))
    }
}
