import ContentModel
import Foundation
import SiteInspector
import Testing
import TestSupport

@Suite("Back-dated documents (伪造发稿日期): a document's date against the commit that added it")
struct BackDatedTests {
    static let news = "sites/portal/content/news"

    /// Runs git in the group's folder as a test user, with author and committer date `date` (ISO 8601).
    @discardableResult
    func git(_ arguments: [String], in folder: URL, date: String = "2024-05-30T10:00:00+08:00", committed: String? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "-c", "user.name=编辑", "-c", "user.email=editor@example.gov.cn",
                             "-c", "commit.gpgsign=false"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": committed ?? date]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The current group of `InspectionRuleTests` with `files`, all committed on `date`.
    func committedGroup(_ files: [String: String], on date: String = "2024-05-30T10:00:00+08:00") throws -> FixtureGroup {
        let group = try FixtureGroup(InspectionRuleTests.current.merging(files) { $1 })
        try git(["init", "-q"], in: group.root)
        try commitAll(group, on: date)
        return group
    }

    func commitAll(_ group: FixtureGroup, on date: String) throws {
        try git(["add", "-A"], in: group.root)
        #expect(try git(["commit", "-q", "-m", "内容"], in: group.root, date: date) == 0)
    }

    func lines(_ group: FixtureGroup) throws -> [String] {
        try group.inspect(today: "2024-06-01").diagnostics.map(\.description)
    }

    @Test func aDocumentDatedWellBeforeItsCommitIsReportedAndOneWithinTheAllowanceIsNot() throws {
        let group = try committedGroup([
            "\(Self.news)/old.md": FixtureGroup.document("title: 补发的要闻\ndate: 2024-05-20 09:00"),
            "\(Self.news)/recent.md": FixtureGroup.document("title: 三天前的要闻\ndate: 2024-05-27"),
        ])
        #expect(try lines(group) == [
            "\(Self.news)/old.md:3:7: error: document.back-dated: dated 2024-05-20 but added to the repository on 2024-05-30, 10 days later (the allowance is 3); set `date` to the day it is published, and keep the day it was signed as `written:` under `disclosure:`",
        ])
        let report = try group.inspect(today: "2024-06-01")
        #expect(report.notes == [])
        #expect(report.diagnostics.map { $0.line(in: .chinese) }.first?.contains("发布日期为 2024-05-20，但 2024-05-30 才提交到仓库，晚了 10 天（允许 3 天）") == true)
    }

    @Test func theAllowanceAndTheFirstDayJudgedAreSettings() throws {
        let old = ["\(Self.news)/old.md": FixtureGroup.document("title: 补发的要闻\ndate: 2024-05-20")]
        var config = FixtureGroup.basics["sitegroup.yaml"]!
        #expect(try lines(committedGroup(old.merging(["sitegroup.yaml": config + "check:\n  back_dated_days: 10\n"]) { $1 })) == [])
        config += "check:\n  back_dated_from: 2024-05-31\n"
        #expect(try lines(committedGroup(old.merging(["sitegroup.yaml": config]) { $1 })) == [])
    }

    @Test func theCommitsAuthorDateCountsWhichARebaseKeeps() throws {
        let group = try FixtureGroup(InspectionRuleTests.current.merging([
            "\(Self.news)/old.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-20"),
        ]) { $1 })
        try git(["init", "-q"], in: group.root)
        try git(["add", "-A"], in: group.root)
        #expect(try git(["commit", "-q", "-m", "内容"], in: group.root, date: "2024-05-21T10:00:00+08:00", committed: "2024-05-30T10:00:00+08:00") == 0)
        #expect(try lines(group) == [])
    }

    @Test func anImportedDocumentKeepsItsSourcesDateAndIsNotJudged() throws {
        let imported = FixtureGroup.document("""
            title: 部门要闻
            date: 2024-05-01
            origin: { site: forestry, site_name: 示例市林业局, url: "https://lyj.example.gov.cn/news/a/", id: forestry/news/a, revision: "1", synced_at: "2024-05-30 10:00:00", hash: "2", rule: r }
            """)
        #expect(try lines(committedGroup(["\(Self.news)/imported.md": imported])) == [])
    }

    @Test func aFirstDayThatIsNoDayIsASettingError() throws {
        let config = FixtureGroup.basics["sitegroup.yaml"]! + "check:\n  back_dated_from: 去年\n"
        #expect(try FixtureGroup(["sitegroup.yaml": config]).printedDiagnostics() == [
            "sitegroup.yaml:5:20: error: check.invalid: 'back_dated_from' must look like 2024-05-01 (found \"去年\"); write the first day whose commits are judged",
        ])
    }

    @Test func aMovedDocumentKeepsTheDayItWasFirstAdded() throws {
        let group = try committedGroup(["\(Self.news)/moved.md": FixtureGroup.document("title: 转入通知公告的要闻\ndate: 2024-05-20")],
                                       on: "2024-05-20T10:00:00+08:00")
        try git(["mv", "\(Self.news)/moved.md", "sites/portal/content/notices/moved.md"], in: group.root)
        try commitAll(group, on: "2024-05-30T10:00:00+08:00")
        #expect(try lines(group) == [])
        #expect(try group.inspect(today: "2024-06-01").notes == [], "the moved file's day is known")
    }

    @Test func withoutHistoryNothingIsReportedAndANoteSaysWhy() throws {
        let old = ["\(Self.news)/old.md": FixtureGroup.document("title: 补发的要闻\ndate: 2024-05-20")]
        let plain = try FixtureGroup(InspectionRuleTests.current.merging(old) { $1 })
        let report = try plain.inspect(today: "2024-06-01")
        #expect(report.diagnostics == [])
        #expect(report.notes.map(\.english) == ["back-dated documents were not looked for: the group is not in a git repository (or git is not installed)"])

        let committed = try committedGroup([:])
        try committed.write(old)
        #expect(try committed.inspect(today: "2024-06-01").notes.map(\.english) == [
            "1 published documents are not committed yet, so their dates were not compared with a commit",
        ])
    }

    @Test func aShallowCloneIsNotJudged() throws {
        let origin = try committedGroup(["\(Self.news)/old.md": FixtureGroup.document("title: 补发的要闻\ndate: 2024-05-20")])
        try origin.write(["\(Self.news)/later.md": FixtureGroup.document("title: 新要闻\ndate: 2024-05-31")])
        try commitAll(origin, on: "2024-05-31T10:00:00+08:00")
        let clone = try FixtureGroup([:], basics: [:])
        try git(["clone", "-q", "--depth", "1", "file://\(origin.root.path)", clone.root.path], in: origin.root)
        let report = try clone.inspect(today: "2024-06-01")
        #expect(report.diagnostics.map(\.code) == [])
        #expect(report.notes.map(\.english) == ["back-dated documents were not looked for: the repository is a shallow clone, without the commits that added the files"])
    }
}
