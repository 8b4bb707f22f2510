import CacheStore
import ContentModel
import Foundation
import Pipeline
import SiteBuilder
import SiteInspector
import Testing

/// A site group written by a test from `[path: contents]` into a fresh temporary folder, removed when the
/// test's last copy of the group goes (output and build cache included, when they are built inside it).
public struct FixtureGroup {
    private let folder: TemporaryFolder
    public var root: URL { folder.url }
    public var output: URL { root.appendingPathComponent("public") }

    /// A minimal group config, theme and site that tests extend or replace file by file.
    public static let basics: [String: String] = [
        "sitegroup.yaml": "name: 测试网站群\nportal: portal\ntimezone: Asia/Shanghai\n",
        "themes/t/layouts/base.mustache": "{{$main}}{{/main}}",
        "themes/t/layouts/home.mustache": "{{<base}}{{$main}}home|{{site.name}}\n{{#sections}}{{id}}:{{#items}}{{title}},{{/items}}\n{{/sections}}{{/main}}{{/base}}",
        "themes/t/layouts/list.mustache": "{{<base}}{{$main}}list|{{column.title}}|{{#pagination}}{{current}}/{{total}}{{/pagination}}\n{{#items}}{{title}}|{{date}}\n{{/items}}{{/main}}{{/base}}",
        "themes/t/layouts/article.mustache": "{{<base}}{{$main}}article|{{#document}}{{title}}|{{date_minute}}\n{{{content}}}{{/document}}{{/main}}{{/base}}",
        "themes/t/layouts/page.mustache": "{{<base}}{{$main}}page|{{#document}}{{title}}\n{{{content}}}{{/document}}{{/main}}{{/base}}",
        "themes/t/layouts/sitemap.mustache": "{{<base}}{{$main}}map|{{#map_columns}}{{id}},{{/map_columns}}{{/main}}{{/base}}",
        "themes/t/layouts/catalog.mustache": "catalog|{{#catalog}}{{heading}}|{{count}}\n{{#rows}}{{index_no}}|{{title}}|{{url}}\n{{/rows}}{{/catalog}}",
        "themes/t/layouts/submissions.mustache": "submissions|{{#submissions.years}}{{year}}:{{sent}}/{{published}};{{#departments}}{{name}}={{sent}}/{{published}}/{{pending}},{{/departments}}\n{{/submissions.years}}",
        "themes/t/layouts/search.mustache": "{{<base}}{{$main}}search|{{#search}}{{site_index}}|{{#group_index}}group{{/group_index}}{{/search}}{{/main}}{{/base}}",
        "themes/t/layouts/catalog-statistics.mustache": "statistics|{{#statistics.years}}{{year}}:{{total}};{{#topics}}{{name}}={{count}},{{/topics}};{{#genres}}{{name}}={{count}},{{/genres}}\n{{/statistics.years}}",
        "themes/t/layouts/annual-report.mustache": "report|{{#report}}{{heading}}|{{scope}}\n{{#tables}}{{caption}}:{{#rows}}{{label}}={{#figures}}{{text}};{{/figures}}{{/rows}}\n{{/tables}}{{/report}}",
        "sites/portal/site.yaml": """
            name: 门户
            base_url: https://www.example.gov.cn/
            theme: t
            identity: { sponsor: 示例市人民政府办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }
            columns:
              - { id: news, title: 要闻, kind: news, page_size: 2 }
              - { id: notices, title: 通知公告, kind: notice }
            """,
    ]

    /// Templates for groups that `check` inspects: a base with every identity element in its footer, as the default
    /// theme has, and the catalog and submissions pages in it.
    public static let footerTheme: [String: String] = [
        "themes/t/layouts/base.mustache": """
            {{$main}}{{/main}}<footer><a href="{{site.identity.conac_url}}">标识</a>{{site.identity.sponsor}} {{site.identity.site_code}} \
            {{site.identity.icp}} {{site.identity.police}} {{site.identity.contact}} <a href="{{site.sitemap_url}}">网站地图</a> \
            <a href="{{site.identity.error_report_url}}">找错</a></footer>
            """,
        "themes/t/layouts/catalog.mustache": "{{<base}}{{$main}}catalog{{/main}}{{/base}}",
        "themes/t/layouts/catalog-statistics.mustache": "{{<base}}{{$main}}statistics{{/main}}{{/base}}",
        "themes/t/layouts/submissions.mustache": "{{<base}}{{$main}}submissions{{/main}}{{/base}}",
        "themes/t/layouts/annual-report.mustache": "{{<base}}{{$main}}report{{/main}}{{/base}}",
    ]

    public init(_ files: [String: String], basics: [String: String] = FixtureGroup.basics) throws {
        folder = TemporaryFolder()
        try write(basics.merging(files) { _, new in new })
    }

    public func write(_ files: [String: String]) throws {
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    /// A file of the group as text, or nil if it is not there.
    public func text(_ path: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Loads and validates, as `sitegroup check` starts.
    public func diagnostics() throws -> [Diagnostic] {
        Validator.standard.validate(try GroupLoader(root: root.path).load())
    }

    /// The diagnostics as printed, one string each.
    public func printedDiagnostics() throws -> [String] {
        try diagnostics().map(\.description)
    }

    /// Runs the build pipeline as `sitegroup build` does, without claiming the output folder; writes only when there
    /// are no errors. With `cached`, pages and documents unchanged since the last cached build are not made again.
    @discardableResult
    public func build(now: Date = Date(timeIntervalSince1970: 1_790_000_000), sites: [String] = [], cached: Bool = true,
                      parallel: Bool = true, into folder: URL? = nil, preview: Preview? = nil) throws -> BuildOutcome {
        let pipeline = Pipeline.build(root: root.path, output: (folder ?? output).path, now: .at(now), sites: sites,
                                      cache: cached ? .reuse : .none, claim: false, parallel: parallel, preview: preview)
        let run = try pipeline.run()
        return BuildOutcome(diagnostics: run.problems, summaries: run.written ?? [])
    }

    /// Runs `sitegroup check` as of the end of `today` (YYYY-MM-DD in the group's time zone).
    public func inspect(today: String, sites: [String] = [], external: ExternalLinkChecker? = nil) throws -> InspectionReport {
        try #require(try Pipeline.check(root: root.path, today: .endOfDay(today), sites: sites, external: external).run().inspection)
    }

    /// A file of the output as text, or nil if it was not written.
    public func output(_ path: String) -> String? {
        (try? Data(contentsOf: output.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file written under `public/`, sorted.
    public func outputFiles() -> [String] {
        let base = output.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(base)/\(path)", isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// The `site.yaml` of a department site with one news column, for groups that need a second site.
    public static let forestrySite = """
        name: 示例市林业局
        base_url: https://lyj.example.gov.cn/
        theme: t
        identity: { sponsor: 示例市林业局, site_code: "5001000012", icp: 渝ICP备2号, police: 渝公网安备 50010302000002号, contact: 023-2 }
        columns:
          - { id: news, title: 工作动态, kind: news }
        """

    /// A Markdown document with the given front-matter lines.
    public static func document(_ frontMatter: String, body: String = "正文。") -> String {
        "---\n\(frontMatter)\n---\n\n\(body)\n"
    }
}

public struct BuildOutcome {
    public let diagnostics: [Diagnostic]
    public let summaries: [WriteSummary]

    public var errors: [String] { diagnostics.filter { $0.severity == .error }.map(\.description) }
    public var errorCodes: [String] { diagnostics.filter { $0.severity == .error }.map(\.code) }
}
