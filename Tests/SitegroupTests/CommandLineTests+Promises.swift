import Foundation
import Testing
import TestSupport

/// README promises of the command line that had no test.
extension CommandLineTests {
    @Test func checkJSONGivesEachSitesVerdictAndASummary() throws {
        let fixture = try FixtureGroup(["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "[坏](x.md)")])
        let result = try run(["check", "--root", fixture.root.path, "--format", "json", "--today", "2024-05-02", "--lang", "en"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let site = try #require((json["sites"] as? [[String: Any]])?.first)
        #expect(site["id"] as? String == "portal" && site["name"] as? String == "门户")
        #expect(site["verdict"] as? String == "pass" && (site["reasons"] as? [String]) == [])
        #expect(site["errors"] as? Int == 9 && site["warnings"] as? Int == 1)
        #expect(site["stale_columns"] as? Int == 0 && site["empty_columns"] as? Int == 1)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 9 && summary["warnings"] as? Int == 1)
        #expect(summary["by_rule"] as? [String: Int] == ["column.empty": 1, "identity.footer": 8, "link.broken": 1])
    }

    @Test(arguments: [
        (["build", "--now", "2024-13-45"], "--now must look like 2024-05-01 (found \"2024-13-45\")"),
        (["check", "--today", "yesterday"], "--today must look like 2024-05-01 (found \"yesterday\")"),
        (["check", "--format", "xml"], "--format must be text or json (found \"xml\")"),
        (["build", "--lang", "fr"], "--lang must be zh or en (found \"fr\")"),
        (["build", "--shard", "3/2"], "--shard must look like 2/4: part I of N, with 1 ≤ I ≤ N (found \"3/2\")"),
        (["build", "--shard", "1/2", "--site", "portal"], "--shard and --site exclude each other"),
        (["build", "--facts", "facts"], "--facts is read by a shard: give --shard I/N with it"),
        (["build", "--shard", "1/2", "--facts", "facts", "--preview", "https://preview.example.gov.cn/"], "--facts and --preview exclude each other"),
        (["facts", "--out", "facts", "--site", "portal"], "facts are written for every site: --site does not apply"),
        (["verify", "--manifest", "m.json"], "give --public-key KEY to check the signature, or --unsigned to check files only"),
    ])
    func badOptionValuesExitWithTwoBeforeReadingAnything(arguments: [String], message: String) throws {
        let result = try run(arguments + ["--root", "/nonexistent-group"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
    }

    @Test func aSensitiveWordStopsTheBuildWithOne() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  sensitive_words: [绝密]\n",
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "绝**密**文件。"),
        ])
        let result = try run(["build", "--root", fixture.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sites/portal/content/news/a.md:6:1: 错误: secrecy.sensitive-word: 此处出现敏感词“绝密”；请删除或改写，并在发布前进行保密审查\n"))
        #expect(fixture.outputFiles() == [])
    }

    @Test func nowPublishesAsOfTheEndOfThatDayInTheGroupsTimeZone() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01"),
            "sites/portal/content/news/late.md": FixtureGroup.document("title: 晚\ndate: 2024-06-01 23:30"),
        ])
        #expect(try run(["build", "--root", fixture.root.path, "--now", "2024-05-31"]).status == 0)
        #expect(fixture.output("portal/news/late/index.html") == nil)
        #expect(try run(["build", "--root", fixture.root.path, "--now", "2024-06-01"]).status == 0)
        #expect(fixture.output("portal/news/late/index.html") != nil)
    }
}
