import ContentModel
import Foundation
import Mustache
import Pipeline
@testable import SiteBuilder
import Testing
import TestSupport

/// Template mistakes are diagnostics with the template's file and line, never an empty page (issue 11, item 9).
@Suite("Template mistakes are found where they are written")
struct TemplateMistakeTests {
    static let article = "themes/t/layouts/article.mustache"
    static let files = ["sites/portal/content/news/a.md": FixtureGroup.document("title: 一\ndate: 2024-05-01")]

    func problems(_ templates: [String: String]) throws -> [String] {
        let fixture = try FixtureGroup(Self.files.merging(templates) { $1 })
        let outcome = try fixture.build()
        #expect(outcome.errors.isEmpty || fixture.outputFiles().isEmpty, "a template mistake stops the build")
        return outcome.diagnostics.map(\.description)
    }

    @Test func aNameNoPageProvidesIsAnError() throws {
        #expect(try problems([Self.article: "{{<base}}{{$main}}\n<h1>{{document.titel}}</h1>{{/main}}{{/base}}"]) == [
            "\(Self.article):2:5: error: template.unknown-name: no page provides 'document.titel', so it would always show nothing; use a key of the README's table of what templates see, such as document.title",
        ])
    }

    @Test func aPartialThatDoesNotExistIsAnError() throws {
        #expect(try problems([Self.article: "{{<base}}{{$main}}{{>sidebar}}{{/main}}{{/base}}"]) == [
            "\(Self.article):1:19: error: template.unknown-partial: there is no template 'sidebar' to include; add layouts/sidebar.mustache to the theme or the site, or correct the name",
        ])
    }

    @Test func optionalValuesInSectionsAndEditorsOwnKeysStayLegal() throws {
        let template = "{{#document}}{{#origin}}<a href=\"{{url}}\">{{site}}</a>{{/origin}}{{#disclosure}}{{index_no}}{{/disclosure}}"
            + "{{extra.anything.at_all}}{{/document}}{{#pagination}}{{prev_url}}{{/pagination}}{{.}}"
        #expect(try problems([Self.article: template]) == [])
    }

    @Test func aClosingTagForTheWrongSectionIsExplainedWhereItStands() throws {
        #expect(try problems([Self.article: "{{#document}}\n{{#tags}}\n{{/document}}"]) == [
            "\(Self.article):3:4: error: template.syntax: this closing tag does not match the section open here; close the innermost section first, with its own name",
        ])
    }

    @Test func checkReportsTemplateMistakesToo() throws {
        let fixture = try FixtureGroup(Self.files.merging([Self.article: "{{document.titel}}"]) { $1 })
        #expect(try fixture.inspect(today: "2024-05-02").diagnostics.contains { $0.rule == .templateUnknownName })
    }

    /// The vocabulary names are checked against is every key the renderer puts in a page's context, so it cannot
    /// fall behind the contexts: the sample group has every kind of page, disclosed and imported documents.
    @Test func theVocabularyHoldsEveryKeyOfEveryPageContext() throws {
        let run = try Pipeline.check(root: SampleGroupTests.repository.path, today: .at(SampleGroupTests.publishedBy)).run()
        let resolved = try #require(run.resolved)
        var keys = Set<String>()
        for site in resolved.sites {
            var parsed: [String: TemplateSet.ParsedTemplate] = [:]
            var problems: [Diagnostic] = []
            let templates = TemplateSet(chain: site.chain, files: FileLister(root: URL(fileURLWithPath: resolved.group.root)),
                                        parsed: &parsed, diagnostics: &problems)
            let catalog = CatalogIndex(site.catalog, dates: resolved.dates)
            let renderer = SiteRenderer(site: site, group: resolved, templates: templates, bodies: [:], summaries: [:], catalog: catalog)
            for job in PageJob.all(for: site, catalog: catalog) {
                Self.collect(renderer.prepare(job, path: renderer.address(of: job).path).0, into: &keys)
            }
        }
        #expect(keys.contains("origin") && keys.contains("disclosure") && keys.contains("department_news"))
        #expect(keys.subtracting(TemplateNames.vocabulary).sorted() == [])
    }

    /// Every name the README's table of what templates see lists may be written in a template.
    @Test func everyKeyTheReadmeListsIsInTheVocabulary() throws {
        let readme = try String(contentsOf: SampleGroupTests.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let table = readme.components(separatedBy: "\n| key | on | what |\n").dropFirst().first?.split(separator: "\n")
            .dropFirst().prefix { $0.hasPrefix("|") } ?? []
        let written = table.flatMap { ($0.split(separator: "|").first ?? "").split(separator: "`").enumerated().filter { $0.offset % 2 == 1 } }
        let keys = written.flatMap { $0.element.split(whereSeparator: { !($0.isLetter || $0 == "_") }).map(String.init) }
        #expect(keys.count > 100)
        #expect(Set(keys).subtracting(TemplateNames.vocabulary).sorted() == [])
    }

    /// Keys at every depth, except below `extra`, which holds the editors' own front matter.
    private static func collect(_ value: Any, into keys: inout Set<String>) {
        if let dictionary = value as? [String: Any] {
            for (key, inner) in dictionary {
                keys.insert(key)
                if key != "extra" { collect(inner, into: &keys) }
            }
        } else if let list = value as? [Any] {
            list.forEach { collect($0, into: &keys) }
        }
    }
}
