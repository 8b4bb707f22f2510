import ContentModel
import Foundation
import Testing
import TestSupport

/// Addresses are lower-case a-z, 0-9, '-' and '_', the same on every disk (issue 11, item 14).
@Suite("File names and slugs that cannot be published are refused with the name to use")
struct FileNameTests {
    private let news = "sites/portal/content/news"
    private static let matter = "title: 通知\ndate: 2024-05-01"

    @Test func capitalsInAFileName() throws {
        let group = try FixtureGroup(["\(news)/Foo-Bar.md": FixtureGroup.document(Self.matter)])
        #expect(try group.printedDiagnostics() == [
            "\(news)/Foo-Bar.md:1:1: error: document.invalid-slug: the slug \"Foo-Bar\" cannot be used in a web address; "
                + "rename the file to foo-bar.md (only a-z, 0-9, '-' and '_'), or add `slug: foo-bar` to the front matter",
        ])
    }

    @Test func capitalsInASlug() throws {
        let group = try FixtureGroup(["\(news)/a.md": FixtureGroup.document(Self.matter + "\nslug: MixedCase")])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:4:7: error: document.invalid-slug: the slug \"MixedCase\" cannot be used in a web address; write `slug: mixedcase` (only a-z, 0-9, '-' and '_')",
        ])
    }

    @Test func aWindowsDeviceNameInCapitals() throws {
        let group = try FixtureGroup(["\(news)/CON.md": FixtureGroup.document(Self.matter)])
        #expect(try group.printedDiagnostics() == [
            "\(news)/CON.md:1:1: error: document.invalid-slug: the slug \"CON\" cannot be used in a web address; "
                + "rename the file to con-1.md (only a-z, 0-9, '-' and '_'), or add `slug: con-1` to the front matter",
        ])
    }

    @Test(arguments: ["con", "prn", "aux", "nul", "com1", "lpt9"])
    func windowsDeviceNames(_ name: String) throws {
        let group = try FixtureGroup(["\(news)/\(name).md": FixtureGroup.document(Self.matter)])
        #expect(try group.printedDiagnostics() == [
            "\(news)/\(name).md:1:1: error: document.reserved-name: \"\(name)\" is a device name on Windows, where no file or folder may be called so; rename the file to \(name)-1.md",
        ])
    }

    @Test func aDeviceNameAsSlugOrBehindOne() throws {
        let group = try FixtureGroup([
            "\(news)/a.md": FixtureGroup.document(Self.matter + "\nslug: nul"),
            "\(news)/aux.md": FixtureGroup.document(Self.matter + "\nslug: notice"),
        ])
        #expect(try group.printedDiagnostics() == [
            "\(news)/a.md:4:7: error: document.reserved-name: \"nul\" is a device name on Windows, where no file or folder may be called so; write `slug: nul-1`",
            "\(news)/aux.md:1:1: error: document.reserved-name: \"aux\" is a device name on Windows, where no file or folder may be called so; rename the file to aux-1.md",
        ])
    }

    @Test func namesThatDifferOnlyInCapitals() throws {
        let group = try FixtureGroup([
            "\(news)/Foo-Bar.md": FixtureGroup.document(Self.matter + "\nslug: foo-bar-2"),
            "\(news)/foo-bar.md": FixtureGroup.document(Self.matter),
        ])
        #expect(try group.printedDiagnostics() == [
            "\(news)/foo-bar.md:1:1: error: document.case-collision: the name differs from \(news)/Foo-Bar.md only in capitals, "
                + "so on Windows and macOS both are the same file; rename one of them, using only a-z, 0-9, '-' and '_'",
        ])
    }

    @Test func aChineseFileNameBehindASlugIsFine() throws {
        let group = try FixtureGroup(["\(news)/关于通知.md": FixtureGroup.document(Self.matter + "\nslug: notice-1")])
        #expect(try group.printedDiagnostics() == [])
    }

    @Test func theDiagnosticIsInChineseForAChineseGroup() throws {
        let group = try FixtureGroup(["\(news)/Foo Bar.md": FixtureGroup.document(Self.matter)])
        #expect(try group.diagnostics().map { $0.line(in: .chinese) } == [
            "\(news)/Foo Bar.md:1:1: 错误: document.invalid-slug: “Foo Bar”不能用作网址；请把文件改名为 foo-bar.md（只用 a-z、0-9、'-' 和 '_'），或在前置信息中添加 `slug: foo-bar`",
        ])
    }
}
