import ContentModel
import Foundation
import Pipeline
import SiteBuilder
import Testing
import TestSupport

@Suite("Parallel and cached builds make exactly the bytes of a serial cold build")
struct IncrementalBuildTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's default theme, so the chrome, meta tags and catalog pages are the real ones; its text files only
    /// (`favicon.ico` is the one that is not).
    static func defaultTheme() throws -> [String: String] {
        let folder = repository.appendingPathComponent("themes/default")
        var files: [String: String] = [:]
        for path in try #require(FileManager.default.subpaths(atPath: folder.path)) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else { continue }
            files["themes/default/\(path)"] = text
        }
        return files
    }

    private static let identity = "identity: { sponsor: 示例市人民政府办公室, site_code: \"5001000001\", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }"

    /// A portal and a department site on the default theme: paginated news, a policy column in the catalog,
    /// a standalone page, links between documents and across sites.
    static func group() throws -> [String: String] {
        var files = try defaultTheme()
        files["sitegroup.yaml"] = "name: 示例市网站群\nportal: portal\ntimezone: Asia/Shanghai\n"
        files["sites/portal/site.yaml"] = """
            name: 示例市人民政府
            base_url: https://www.example.gov.cn/
            theme: default
            \(identity)
            columns:
              - { id: news, title: 政务要闻, kind: news, page_size: 2 }
              - { id: policy, title: 政策文件, kind: policy }
            nav: [news, policy]
            """
        files["sites/forestry/site.yaml"] = """
            name: 示例市林业局
            base_url: https://lyj.example.gov.cn/
            theme: default
            \(identity)
            columns:
              - { id: news, title: 林业要闻, kind: news, page_size: 2 }
            nav: [news]
            """
        for day in 1...5 {
            files["sites/portal/content/news/n\(day).md"] = FixtureGroup.document(
                "title: 全市政务公开工作会议召开（\(day)）\ndate: 2025-03-0\(day) 09:30",
                body: "会议强调，要深化政务公开，优化政务服务。\n\n详见[工作要点](../policy/p1.md)和[林业动态](../../../forestry/content/news/f1.md)。")
            files["sites/forestry/content/news/f\(day).md"] = FixtureGroup.document(
                "title: 森林防火检查（\(day)）\ndate: 2025-04-0\(day) 10:00", body: "全面开展森林防火隐患排查。\n\n| 区县 | 检查次数 |\n| --- | ---: |\n| 甲区 | \(day * 3) |")
        }
        for number in 1...3 {
            files["sites/portal/content/policy/p\(number).md"] = FixtureGroup.document("""
                title: 关于做好2025年政务公开工作的通知（\(number)）
                date: 2025-02-1\(number) 09:00
                summary: 部署2025年政务公开重点工作。
                disclosure:
                  index_no: 500100001/2025-0000\(number)
                  doc_no: 示府办发〔2025〕\(number)号
                  publisher: 示例市人民政府办公室
                  written: 2025-02-1\(number)
                  topic: 综合政务\\政务公开
                  genre: 通知
                  validity: 有效
                """, body: "各区县人民政府，市政府各部门：现就做好政务公开工作通知如下。")
        }
        files["sites/portal/pages/about.md"] = FixtureGroup.document("title: 网站介绍\ndate: 2025-01-01", body: "本网站是示例市人民政府门户网站。")
        return files
    }

    /// Every file under a folder with its bytes.
    private func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    /// The paths where two snapshots differ.
    private func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    /// Builds with the cache, then serially without it into a fresh folder, and expects the same files and bytes.
    @discardableResult
    private func buildAndCompare(_ fixture: FixtureGroup, _ step: Comment) throws -> BuildOutcome {
        let cached = try fixture.build()
        #expect(cached.errors == [], step)
        let cold = fixture.root.appendingPathComponent("cold")
        try? FileManager.default.removeItem(at: cold)
        #expect(try fixture.build(cached: false, parallel: false, into: cold).errors == [], step)
        #expect(differences(snapshot(fixture.output), snapshot(cold)) == [], step)
        return cached
    }

    @Test func parallelBuildOfTheSampleGroupMatchesASerialOne() throws {
        let root = Self.repository.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegroup-parallel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let parallel = folder.appendingPathComponent("parallel"), serial = folder.appendingPathComponent("serial")
        for (output, isParallel) in [(parallel, true), (serial, false)] {
            let pipeline = Pipeline.build(root: root, output: output.path, now: .at(SampleGroupTests.publishedBy), cache: .none, claim: false,
                                          parallel: isParallel)
            #expect(try pipeline.run().problems.hasErrors == false)
        }
        let made = snapshot(parallel)
        #expect(made.count > 200)
        #expect(differences(made, snapshot(serial)) == [])
    }

    @Test func everyKindOfChangeRebuildsToTheBytesOfAColdBuild() throws {
        let fixture = try FixtureGroup(try Self.group())
        let first = try buildAndCompare(fixture, "first build")
        #expect(first.summaries.map(\.unchanged) == [0, 0])

        let nothing = try buildAndCompare(fixture, "nothing changed")
        #expect(nothing.summaries.map { $0.rendered - $0.assetCount } == [0, 0], "only the assets are read again")
        #expect(nothing.summaries.map(\.written) == [0, 0])

        // An old document's body: its page, and its list page, which shows no body, so only the article is written.
        try fixture.write(["sites/forestry/content/news/f1.md": FixtureGroup.document(
            "title: 森林防火检查（1）\ndate: 2025-04-01 10:00", body: "全面开展森林防火隐患排查，消除隐患。")])
        let edit = try buildAndCompare(fixture, "one body edited")
        // Sites in order: forestry, portal. Remade: the article, its list page, the home page and both feeds, and of the
        // site's search index, patched, its manifest, the chunk and the shard that hold the body, and its column and site
        // lists; on the portal the group feed, its own index's manifest and lists, and the group index's manifest, chunk,
        // shard and lists — not the character table, and not the home page, whose 部门动态 shows forestry's four newest,
        // not this one. Written: only those whose bytes changed (lists show no body; of the search files, the chunk, the
        // shard and the manifest, which counts the postings, on forestry and in the group index).
        #expect(edit.summaries.map { $0.rendered - $0.assetCount } == [10, 13])
        #expect(edit.summaries.map(\.written) == [6, 4])

        try fixture.write(["sites/portal/content/news/n6.md": FixtureGroup.document("title: 新的要闻\ndate: 2025-03-09 08:00")])
        try buildAndCompare(fixture, "a document added: every list page moves")
        try fixture.remove("sites/portal/content/news/n2.md")
        let removed = try buildAndCompare(fixture, "a document removed")
        #expect(removed.summaries.map(\.removed) == [0, 1])
        try fixture.write(["sites/portal/content/news/n1.md": FixtureGroup.document(
            "title: 全市政务公开工作会议召开（1）\ndate: 2025-03-10 09:30", body: "会议强调，要深化政务公开。")])
        try buildAndCompare(fixture, "a date changed: the document moves to the top")
        try fixture.write(["sites/forestry/layouts/footer.mustache": "<footer>林业局页脚 {{site.name}}</footer>\n"])
        let template = try buildAndCompare(fixture, "a template overridden for one site")
        #expect(template.summaries.map { $0.written > 0 } == [true, false])
        try fixture.write(["sites/forestry/site.yaml": try #require(fixture.text("sites/forestry/site.yaml")).replacingOccurrences(of: "示例市林业局", with: "示例市林业和草原局")])
        let renamed = try buildAndCompare(fixture, "a site renamed: every site's menus change")
        #expect(renamed.summaries.map { $0.written > 0 } == [true, true])
        try fixture.write(["sites/portal/content/policy/p1.md": try #require(fixture.text("sites/portal/content/policy/p1.md"))
            .replacingOccurrences(of: "validity: 有效", with: "validity: 失效")])
        try buildAndCompare(fixture, "a catalog entry changed")
    }

    /// Files older than a moment are known unchanged by their size, times and inode, without reading them;
    /// their bodies are read only when a page shows them.
    @Test func documentsKnownByTheirFileStampsRenderTheSame() throws {
        let fixture = try FixtureGroup(try Self.group())
        try fixture.build()
        Thread.sleep(forTimeInterval: 2.1)
        try buildAndCompare(fixture, "stamps now trusted")
        try fixture.write(["sites/forestry/layouts/article.mustache": try #require(fixture.text("themes/default/layouts/article.mustache"))
            .replacingOccurrences(of: "<article class=\"article\">", with: "<article class=\"article forestry\">")])
        let remade = try buildAndCompare(fixture, "every forestry article remade from bodies left in their files")
        #expect(remade.summaries.first?.written ?? 0 >= 5)
        try fixture.write(["sites/portal/content/news/n3.md": FixtureGroup.document("title: 全市政务公开工作会议召开（3）\ndate: 2025-03-03 09:30")])
        try buildAndCompare(fixture, "one document edited among documents known by their stamps")
    }

    @Test func aLinkTargetWithdrawnIsFoundThoughTheLinkingDocumentIsUnchanged() throws {
        let fixture = try FixtureGroup(try Self.group())
        try fixture.build()
        let before = snapshot(fixture.output)
        try fixture.write(["sites/portal/content/policy/p1.md": try #require(fixture.text("sites/portal/content/policy/p1.md"))
            .replacingOccurrences(of: "title:", with: "draft: true\ntitle:")])
        #expect(Set(try fixture.build().errorCodes) == ["link.unpublished"])
        #expect(differences(snapshot(fixture.output), before) == [])
    }

    @Test func outputChangedByHandIsRebuilt() throws {
        let fixture = try FixtureGroup(try Self.group())
        try fixture.build()
        try fixture.remove("public/portal/news/n3/index.html")
        try fixture.write(["public/portal/news/index.html": "edited by hand"])
        try buildAndCompare(fixture, "two files changed by hand")
        try FileManager.default.removeItem(at: fixture.output.appendingPathComponent("forestry"))
        try buildAndCompare(fixture, "a site's folder deleted")
        try FileManager.default.removeItem(at: BuildCache.folder(forOutput: fixture.output.path))
        try buildAndCompare(fixture, "the cache deleted")
    }

    /// A CI runner restores the output and its cache from an archive: every file and folder has a new inode. The
    /// cache still serves: each file is confirmed by its bytes, nothing is made again, and a file the build did not
    /// write is removed as a one-machine build would.
    @Test func anOutputRestoredFromACICacheIsNotMadeAgain() throws {
        let fixture = try FixtureGroup(try Self.group())
        try fixture.build()
        let copy = fixture.root.appendingPathComponent("restored")
        let copying = Process()
        copying.executableURL = URL(fileURLWithPath: "/bin/cp")
        copying.arguments = ["-a", fixture.output.path, copy.path]
        try copying.run()
        copying.waitUntilExit()
        try FileManager.default.removeItem(at: fixture.output)
        try FileManager.default.moveItem(at: copy, to: fixture.output)
        try fixture.write(["public/portal/left-behind.html": "not written by a build"])
        let restored = try buildAndCompare(fixture, "restored with new inodes")
        #expect(restored.summaries.map { $0.rendered - $0.assetCount } == [0, 0], "only the assets are read again")
        #expect(restored.summaries.map(\.written) == [0, 0])
        #expect(restored.summaries.map(\.removed) == [0, 1])
    }
}
