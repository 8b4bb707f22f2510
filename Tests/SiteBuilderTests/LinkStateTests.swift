import ContentModel
import Foundation
import Testing
import TestSupport

/// Only an editor's change may stop a build: a link whose target the clock (or its source) takes away or has not
/// yet brought is shown as its text, with a warning, and comes back by itself.
@Suite("A link's target changing with the clock never stops a build")
struct LinkStateTests {
    private static let news = "sites/portal/content/news"
    private static let notices = "sites/portal/content/notices"

    /// The end of a day in the group's time zone (Asia/Shanghai), as `--now` gives it.
    static func endOf(_ day: String) -> Date {
        ISO8601DateFormatter().date(from: "\(day)T23:59:59+08:00")!
    }

    private func fixture(target frontMatter: String, extra: [String: String] = [:]) throws -> FixtureGroup {
        try FixtureGroup([
            "\(Self.news)/a.md": FixtureGroup.document("title: 要闻\ndate: 2024-05-01", body: "见[防火通知](../notices/fire.md)。"),
            "\(Self.notices)/fire.md": FixtureGroup.document("title: 防火通知\n\(frontMatter)"),
        ].merging(extra) { $1 })
    }

    private func warnings(_ outcome: BuildOutcome) -> [String] {
        outcome.diagnostics.filter { $0.severity == .warning }.map(\.description)
    }

    @Test func linkToAScheduledDocumentIsItsTextUntilTheDocumentIsPublished() throws {
        let fixture = try fixture(target: "date: 2024-07-01 09:00")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let before = try fixture.build(now: Self.endOf("2024-06-01"))
        #expect(before.errors == [])
        #expect(warnings(before) == [
            "\(Self.news)/a.md:6:2: warning: link.scheduled: the link \"../notices/fire.md\" leads to \(Self.notices)/fire.md, which is published only from 2024-07-01 09:00; until then its text is shown without the link; nothing to do if that date is right (the link appears with the document); otherwise correct its date",
        ])
        #expect(fixture.output("portal/news/a/index.html") == "article|要闻|2024-05-01 00:00\n<p>见防火通知。</p>")
        let after = try fixture.build(now: Self.endOf("2024-07-01"))
        #expect(after.diagnostics == [])
        #expect(fixture.output("portal/news/a/index.html")?.contains("<a href=\"../../notices/fire/\">防火通知</a>") == true)
    }

    @Test func linkToAnExpiredDocumentIsItsTextWithAWarning() throws {
        let fixture = try fixture(target: "date: 2024-05-01\nexpires: 2024-06-01")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let outcome = try fixture.build(now: Self.endOf("2024-06-02"))
        #expect(outcome.errors == [])
        #expect(warnings(outcome) == [
            "\(Self.news)/a.md:6:2: warning: link.expired: the link \"../notices/fire.md\" leads to \(Self.notices)/fire.md, which expired on 2024-06-01 00:00; its text is shown without the link; remove the link, or link to the document that replaces it",
        ])
        #expect(fixture.output("portal/news/a/index.html")?.contains("<p>见防火通知。</p>") == true)
    }

    @Test func linkToADocumentRetractedAtItsSourceIsItsTextWithAWarning() throws {
        let fixture = try fixture(target: "date: 2024-05-01\nretracted: 2024-05-20")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let outcome = try fixture.build(now: Self.endOf("2024-06-02"))
        #expect(outcome.errors == [])
        #expect(outcome.diagnostics.map(\.code) == ["link.retracted"])
        #expect(fixture.output("portal/news/a/index.html")?.contains("<p>见防火通知。</p>") == true)
    }

    @Test func warningIsInTheGroupsLanguage() throws {
        let fixture = try fixture(target: "date: 2024-05-01\nexpires: 2024-06-01")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let outcome = try fixture.build(now: Self.endOf("2024-06-02"))
        #expect(outcome.diagnostics.map { $0.line(in: .chinese) } == [
            "\(Self.news)/a.md:6:2: 警告: link.expired: 链接“../notices/fire.md”指向的 \(Self.notices)/fire.md 已于 2024-06-01 00:00 过期，现只显示链接文字；请删除此链接，或改为链接替代它的文件",
        ])
    }

    /// The build cache keys an article by what its links lead to now, so the day after the target expires the
    /// unchanged article is made again, and the warning is told by every build while it holds.
    @Test func cachedBuildsAcrossTheExpiryDayMakeTheBytesOfAColdBuild() throws {
        let fixture = try fixture(target: "date: 2024-05-01\nexpires: 2024-06-01 12:00")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let linked = "<a href=\"../../notices/fire/\">防火通知</a>"
        for (day, showsLink) in [("2024-05-31", true), ("2024-06-01", false), ("2024-06-02", false), ("2024-05-31", true)] {
            let cached = try fixture.build(now: Self.endOf(day))
            #expect(cached.errors == [], "\(day)")
            #expect(cached.diagnostics.map(\.code) == (showsLink ? [] : ["link.expired"]), "\(day)")
            #expect(fixture.output("portal/news/a/index.html")?.contains(linked) == showsLink, "\(day)")
            let cold = fixture.root.appendingPathComponent("cold-\(day)")
            #expect(try fixture.build(now: Self.endOf(day), cached: false, into: cold).errors == [], "\(day)")
            #expect(Self.snapshot(cold) == Self.snapshot(fixture.output), "\(day)")
        }
    }

    @Test func feedsShowTheTextToo() throws {
        let fixture = try fixture(target: "date: 2024-05-01\nexpires: 2024-06-01")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try fixture.build(now: Self.endOf("2024-06-02"))
        #expect(XMLQuery.values("//item/content:encoded", in: fixture.output("portal/news/rss.xml")) == ["<p>见防火通知。</p>\n"])
    }

    @Test func checkReportsTheSameWarning() throws {
        let fixture = try fixture(target: "date: 2024-07-01 09:00")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let report = try fixture.inspect(today: "2024-06-01")
        #expect(report.diagnostics.filter { $0.code.hasPrefix("link.") }.map(\.description) == [
            "\(Self.news)/a.md:6:2: warning: link.scheduled: the link \"../notices/fire.md\" leads to \(Self.notices)/fire.md, which is published only from 2024-07-01 09:00; until then its text is shown without the link; nothing to do if that date is right (the link appears with the document); otherwise correct its date",
        ])
    }

    @Test func linkToANonPublicDocumentNeverSaysToPublishIt() throws {
        let fixture = try fixture(target: "date: 2024-05-01\nclassification: 机密")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let outcome = try fixture.build(now: Self.endOf("2024-06-02"))
        #expect(outcome.errors == [
            "\(Self.news)/a.md:6:2: error: secrecy.link-to-non-public: the link \"../notices/fire.md\" leads to \(Self.notices)/fire.md, which is not public (classification: 机密); a public page may not link to a document that is not public: remove the link",
        ])
        #expect(outcome.diagnostics.map { $0.line(in: .chinese) } == [
            "\(Self.news)/a.md:6:2: 错误: secrecy.link-to-non-public: 链接“../notices/fire.md”指向的 \(Self.notices)/fire.md 不公开（密级：机密）；公开页面不得链接不公开的文件，请删除此链接",
        ])
    }

    /// A scheduled document is published by the clock alone, so its links are checked from the day it is written,
    /// not found broken on the day it appears; links that only wait are its own day's business.
    @Test func linksOfAScheduledDocumentAreCheckedBeforeItsDay() throws {
        let fixture = try FixtureGroup([
            "\(Self.news)/later.md": FixtureGroup.document("title: 预告\ndate: 2024-07-01", body: "见[通知](../notices/gone.md)和[后续](../notices/next.md)。"),
            "\(Self.notices)/next.md": FixtureGroup.document("title: 后续\ndate: 2024-07-02"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let outcome = try fixture.build(now: Self.endOf("2024-06-01"))
        #expect(outcome.diagnostics.map(\.description) == [
            "\(Self.news)/later.md:6:2: error: link.broken: the link \"../notices/gone.md\" leads to \(Self.notices)/gone.md, which does not exist; check the file name and the number of ../ in the path",
        ])
        #expect(try fixture.inspect(today: "2024-06-01").diagnostics.filter { $0.code.hasPrefix("link.") }.map(\.description) == outcome.errors)
        try fixture.write(["\(Self.news)/later.md": FixtureGroup.document("title: 预告\ndate: 2024-07-01", body: "见[后续](../notices/next.md)。")])
        #expect(try fixture.build(now: Self.endOf("2024-06-01")).diagnostics == [])
        #expect(try fixture.build(now: Self.endOf("2024-07-01")).diagnostics.map(\.code) == ["link.scheduled"])
    }

    /// What an editor decides stops the build, and the message says what to do about it.
    @Test(arguments: [
        ("draft: true", "which is a draft; publish that document first (remove `draft: true`), or remove the link"),
        ("review: pending", "which is waiting for review; approve it first (`review: approved`, or sitegroup sync approve), or remove the link"),
        ("review: rejected", "which was rejected in review; remove the link"),
    ])
    func linkToADocumentAnEditorHoldsBackIsAnError(line: String, message: String) throws {
        let fixture = try fixture(target: "date: 2024-05-01\n\(line)")
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let outcome = try fixture.build(now: Self.endOf("2024-06-02"))
        #expect(outcome.errors == ["\(Self.news)/a.md:6:2: error: link.unpublished: the link \"../notices/fire.md\" leads to \(Self.notices)/fire.md, \(message)"])
    }

    /// Every file under a folder with its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }
}
