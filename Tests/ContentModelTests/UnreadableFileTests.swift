@testable import ContentModel
import Foundation
import Testing
import TestSupport

/// A file that cannot be read is a diagnostic at its path, in words with advice, and the rest of the group is
/// still read (issue 11, misleading messages: no raw NSCocoaErrorDomain).
@Suite("Unreadable files are told in words, with what to do")
struct UnreadableFileTests {
    private let news = "sites/portal/content/news"

    @Test func aSymbolicLinkLoopAndALinkToNothing() throws {
        let group = try FixtureGroup(["\(news)/ok.md": FixtureGroup.document("title: 通知\ndate: 2024-05-01")])
        let folder = group.root.appendingPathComponent(news).path
        #expect(symlink("loop2.md", folder + "/loop1.md") == 0 && symlink("loop1.md", folder + "/loop2.md") == 0)
        #expect(symlink("/nonexistent/file.md", folder + "/dangling.md") == 0)
        let loaded = try GroupLoader(root: group.root.path).load()
        #expect(loaded.diagnostics.map(\.description) == [
            "\(news)/dangling.md:1:1: error: file.unreadable: the file cannot be read: it is gone, or is a symbolic link to a file that does not exist; "
                + "replace the link with the file it should lead to, or remove it",
            "\(news)/loop1.md:1:1: error: file.unreadable: the file cannot be read: it is a symbolic link that leads back to itself; "
                + "replace the link with the file it should lead to, or remove it",
            "\(news)/loop2.md:1:1: error: file.unreadable: the file cannot be read: it is a symbolic link that leads back to itself; "
                + "replace the link with the file it should lead to, or remove it",
        ])
        #expect(loaded.group.sites.first?.documents.map(\.path) == ["\(news)/ok.md"], "the rest of the group is read")
    }

    @Test func anUnreadableSiteConfigIsADiagnosticOfThatSite() throws {
        let group = try FixtureGroup([:])
        let config = group.root.appendingPathComponent("sites/portal/site.yaml").path
        try FileManager.default.removeItem(atPath: config)
        #expect(symlink("site.yaml", config) == 0)
        // The group's portal is then missing too, which is reported on its own.
        #expect(try group.diagnostics().filter { $0.location.path.hasPrefix("sites/") }.map { $0.line(in: .chinese) } == [
            "sites/portal/site.yaml:1:1: 错误: file.unreadable: 无法读取该文件：它是一个指回自身的符号链接（循环链接）；请用链接应指向的文件替换该链接，或将其删除",
        ])
    }

    /// Tests run as root here, which every file permits; the wording is checked on the error number itself.
    @Test func aPermissionErrorSaysWhatToDo() {
        #expect(UnreadableFile(code: EACCES).diagnostic(at: "sites/portal/content/news/a.md").line(in: .english)
            == "sites/portal/content/news/a.md:1:1: error: file.unreadable: the file cannot be read: sitegroup is not allowed to read it; "
            + "let the user who runs sitegroup read it (for example `chmod a+r` on the file and `a+x` on its folders)")
    }

    @Test func anUnreadableGroupConfigIsToldInWords() throws {
        let group = try FixtureGroup([:])
        let config = group.root.appendingPathComponent("sitegroup.yaml").path
        try FileManager.default.removeItem(atPath: config)
        #expect(symlink("sitegroup.yaml", config) == 0)
        #expect(throws: LoadError.self) { try GroupLoader(root: group.root.path).load() }
        do {
            _ = try GroupLoader(root: group.root.path).load()
        } catch {
            #expect("\(error)" == "cannot read sitegroup.yaml: it is a symbolic link that leads back to itself; replace the link with the file it should lead to, or remove it")
        }
    }
}
