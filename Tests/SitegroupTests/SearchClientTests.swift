import Foundation
import Testing

/// The search page's script, tested for real: Node's test runner runs Tests/SearchClient/ against indexes that the
/// built `sitegroup` writes, for a small group and for the sample group, and in headless Chromium on the sample group.
@Suite("The search client")
struct SearchClientTests {
    @Test func nodeTestsOfTheSearchScriptPass() throws {
        let run = try NodeTestRun(folder: "Tests/SearchClient")
        #expect(run.status == 0, "node --test failed:\n\(run.output)")
        #expect(run.output.contains("# fail 0"))
    }
}
