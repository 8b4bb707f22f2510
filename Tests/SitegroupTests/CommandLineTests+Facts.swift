import Foundation
import Testing
import TestSupport

/// `sitegroup facts` and `build --shard I/N --facts DIR` as a pipeline runs them.
extension CommandLineTests {
    @Test func aShardBuildsFromTheFactsAndRefusesAMissingFactsFileWithTwo() throws {
        let fixture = try FixtureGroup([
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 全市政务公开工作推进会召开\ndate: 2024-05-01"),
            "sites/forestry/site.yaml": FixtureGroup.forestrySite,
            "sites/forestry/content/news/f.md": FixtureGroup.document("title: 森林防火工作部署会召开\ndate: 2024-05-02"),
        ])
        let facts = fixture.root.appendingPathComponent("facts")
        let made = try run(["facts", "--root", fixture.root.path, "--out", facts.path])
        #expect(made.status == 0 && made.stdout == "wrote the facts of 2 sites into \(facts.path)\n", "\(made.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: facts.path).sorted()
            == ["forestry.bodies", "forestry.facts", "portal.bodies", "portal.facts"])
        for name in ["forestry.facts", "forestry.bodies"] {
            let first = try String(contentsOf: facts.appendingPathComponent(name), encoding: .isoLatin1).prefix { $0 != "\n" }
            #expect(first == "sitegroup-facts/1")
        }
        for index in 1...2 {
            let built = try run(["build", "--root", fixture.root.path, "--out", fixture.root.appendingPathComponent("shard-\(index)").path,
                                 "--shard", "\(index)/2", "--facts", facts.path])
            #expect(built.status == 0, "\(built.stderr)")
        }
        try FileManager.default.removeItem(at: facts.appendingPathComponent("forestry.facts"))
        let output = fixture.root.appendingPathComponent("refused")
        let refused = try run(["build", "--root", fixture.root.path, "--out", output.path, "--shard", "1/2", "--facts", facts.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasSuffix("sitegroup: \(facts.path)/forestry.facts: 没有该网站的事实文件；请在当前检出的版本上运行 "
                                         + "`sitegroup facts --out 文件夹`，再把该文件夹传给 --facts\n"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aGroupWithAnErrorWritesNoFactsAndExitsWithOne() throws {
        let fixture = try FixtureGroup([
            "sitegroup.yaml": "name: 测试网站群\nportal: portal\ncheck:\n  sensitive_words: [绝密]\n",
            "sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01", body: "绝**密**文件。"),
        ])
        let facts = fixture.root.appendingPathComponent("facts")
        let result = try run(["facts", "--root", fixture.root.path, "--out", facts.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sites/portal/content/news/a.md:6:1: 错误: secrecy.sensitive-word: 此处出现敏感词“绝密”；请删除或改写，并在发布前进行保密审查\n"))
        #expect(result.stderr.hasSuffix("事实文件未生成：1 个错误，0 个警告\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: facts.path))
    }
}
