import Foundation
import Testing

/// The default theme's reading aids (a11y.js) and print button (site.js), tested for real: Node's test runner runs
/// Tests/ReadingAids/, which checks the script's settings, cookie and voice choice in Node, and every aid by keyboard
/// in headless Chromium on a group of two sites that the built `sitegroup` writes.
@Suite("The reading aids")
struct ReadingAidsTests {
    @Test func nodeTestsOfTheReadingAidsPass() throws {
        let run = try NodeTestRun(folder: "Tests/ReadingAids")
        #expect(run.status == 0, "node --test failed:\n\(run.output)")
        #expect(run.output.contains("# fail 0"))
    }
}
