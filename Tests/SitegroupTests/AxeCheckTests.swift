import Foundation
import Testing
import TestSupport

/// `scripts/axe-check.js`, which `scripts/validate-output` runs when `AXE_JS` names axe-core: the built sample has no
/// violation, best practices included, and a page that breaks a rule fails the check. Needs node, chromium,
/// chromium-driver and axe.min.js (`.ci/run` fetches it), so it runs only where they are.
@Suite("The axe check of a built group")
struct AxeCheckTests {
    private static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let axe = ProcessInfo.processInfo.environment["AXE_JS"] ?? ""
    private static let available = !axe.isEmpty && FileManager.default.fileExists(atPath: axe)
        && FileManager.default.fileExists(atPath: "/usr/bin/chromedriver")

    private func check(_ output: URL) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", Self.package.appendingPathComponent("scripts/axe-check.js").path, output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(.enabled(if: available, "needs AXE_JS, chromium and chromium-driver"), .timeLimit(.minutes(10)))
    func theSampleHasNoViolationAndABrokenPageFailsTheCheck() throws {
        let folder = TemporaryFolder("sitegroup-axe-test")
        let output = folder.url.appendingPathComponent("public")
        let build = try CommandLineTests().run(["build", "--root", Self.package.path, "--out", output.path, "--now", "2026-11-23"])
        #expect(build.status == 0)
        let clean = try check(output)
        #expect(clean.status == 0, "\(clean.text)")
        #expect(clean.text.contains(" pages checked, 0 violations"))
        // The 404 page is checked as served for a missing address.
        #expect(!clean.text.contains("no-such-page"))

        let broken = output.appendingPathComponent("forestry/broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><html lang=\"zh-CN\"><title>x</title><main><img src=\"x.png\"></main></html>".utf8)
            .write(to: broken.appendingPathComponent("index.html"))
        let failed = try check(output)
        #expect(failed.status == 1)
        #expect(failed.text.contains("forestry/broken/: image-alt: "))
    }
}
