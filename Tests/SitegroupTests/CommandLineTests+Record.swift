import Foundation
import Testing
import TestSupport

/// `check --record DIR`: the record of each self-inspection (自查).
extension CommandLineTests {
    @Test func eachCheckWithRecordKeepsItsOwnDatedJSONFile() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "[坏](x.md)")])
        let folder = fixture.root.appendingPathComponent("records")
        let first = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--record", folder.path, "--lang", "en"])
        let second = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--record", folder.path, "--lang", "en"])
        #expect(first.status == 1 && second.status == 1, "the record changes nothing of the exit status")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 2, "a second run of the same second or day does not overwrite the first")
        #expect(files.allSatisfy { $0.range(of: #"^check-\d{4}-\d{2}-\d{2}-\d{6}(-2)?\.json$"#, options: .regularExpression) != nil })
        #expect(first.stderr.contains("inspection record kept: \(folder.path)/check-"))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(files[0]))) as? [String: Any])
        #expect(record["group"] as? String == "测试网站群" && record["inspected_day"] as? String == "2024-05-02")
        #expect((record["recorded_at"] as? String)?.hasSuffix("+08:00") == true)
        #expect((record["summary"] as? [String: Any])?["errors"] as? Int == 9)
        #expect((record["diagnostics"] as? [[String: Any]])?.contains { $0["rule"] as? String == "link.broken" } == true)
    }

    @Test func aRecordFolderThatCannotBeMadeExitsWithTwo() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01")])
        let folder = fixture.root.appendingPathComponent("sitegroup.yaml/records").path
        let result = try run(["check", "--root", fixture.root.path, "--record", folder, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "sitegroup: cannot keep the inspection record in \(folder): the folder cannot be made; choose a writable folder for --record\n")
        let chinese = try run(["check", "--root", fixture.root.path, "--record", folder])
        #expect(chinese.stderr == "sitegroup: 无法在 \(folder) 中保存自查记录：无法建立该文件夹；请为 --record 选择可写入的文件夹\n")
    }

    @Test func whatCheckCouldNotJudgeIsANoteInTextAndJSON() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01")])
        let note = "back-dated documents were not looked for: the group is not in a git repository (or git is not installed)"
        let text = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--lang", "en"])
        #expect(text.stdout.contains("\nnote: \(note)\n== by rule ==\n"))
        let chinese = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02"])
        #expect(chinese.stdout.contains("\n说明：未检查伪造发稿日期：网站群不在 git 仓库中（或未安装 git）\n"))
        let json = try run(["check", "--root", fixture.root.path, "--today", "2024-05-02", "--lang", "en", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["notes"] as? [String] == [note])
    }
}
