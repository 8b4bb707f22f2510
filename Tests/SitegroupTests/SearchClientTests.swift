import Foundation
import Testing

/// The search page's script, tested for real: Node's test runner runs Tests/SearchClient/ against indexes that the
/// built `sitegroup` writes, for a small group and for the sample group, and in headless Chromium on the sample group.
@Suite("The search client")
struct SearchClientTests {
    @Test func nodeTestsOfTheSearchScriptPass() throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", "--test", package.appendingPathComponent("Tests/SearchClient").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["SITEGROUP": CommandLineTests.binary.path]) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "node --test failed:\n\(text)")
        #expect(text.contains("# fail 0"))
    }
}
