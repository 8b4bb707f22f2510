import ContentModel
import Foundation
import Pipeline
import Testing

/// The sample's 森林防火 notice expires on 2027-05-01; three documents link to it (one of them a copy on the portal).
@Suite("The sample group builds on either side of its notice's expiry")
struct SampleClockTests {
    @Test func linksToTheExpiredNoticeBecomeTextWithWarnings() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegroup-sample-clock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var shown: [Bool] = []
        for day in ["2027-04-30", "2027-05-01"] {
            let run = try Pipeline.build(root: SampleGroupTests.repository.path, output: output.path, now: .endOfDay(day),
                                         cache: .reuse, claim: false).run()
            #expect(run.written != nil && run.problems.filter { $0.severity == .error } == [], "\(day)")
            #expect(run.problems.filter { $0.code.hasPrefix("link.") }.map(\.location.path) == (day == "2027-04-30" ? [] : [
                "sites/forestry/content/news/2026-news-03.md", "sites/portal/content/dept-news/2026-news-03.md", "sites/portal/content/news/2026-news-01.md",
            ]), "\(day)")
            let article = try String(contentsOf: output.appendingPathComponent("forestry/news/2026-news-03/index.html"), encoding: .utf8)
            shown.append(article.contains("href=\"../../notices/2026-notice-01/\""))
        }
        #expect(shown == [true, false])
    }
}
