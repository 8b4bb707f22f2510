import ContentModel
import Foundation
import Mustache

/// The parsed templates of one site. Each template is registered under its name, and the theme's own
/// version also as `theme.<name>`, so a site can extend the theme's template and replace one block:
/// `{{<theme.base}}{{$banner}}…{{/banner}}{{/theme.base}}`.
struct TemplateSet: Sendable {
    /// A template file parsed once per build with the names it uses, for every site whose chain holds it.
    struct ParsedTemplate {
        let template: MustacheTemplate
        let names: TemplateNames
        /// The file's text as the editor wrote it, for the lines of diagnostics.
        let text: String
    }

    private let library: MustacheLibrary
    private let names: Set<String>

    /// The layout of `404.html`; optional, so a theme without it makes no such page.
    static let notFound = "404"

    static let required = ["base", "home", "list", "article", "page", "sitemap", "catalog", "catalog-statistics", "submissions", "search", "annual-report"]

    /// - Parameter parsed: templates already parsed for other sites, by file; shared so each file is parsed and read
    ///   for its names once.
    init(chain: ThemeChain, files: FileLister, parsed: inout [String: ParsedTemplate], diagnostics: inout [Diagnostic]) {
        var library = MustacheLibrary()
        func template(_ path: String) -> MustacheTemplate? {
            if let known = parsed[path] { return known.template }
            do {
                guard let text = String(data: try files.read(path), encoding: .utf8) else {
                    diagnostics.append(Diagnostic(.templateEncoding, at: SourceLocation(path: path),
                                                  Wording("the template is not UTF-8 text", "模板不是 UTF-8 编码的文本"),
                                                  fix: Wording("save it as UTF-8", "请另存为 UTF-8 编码")))
                    return nil
                }
                let template = try MustacheTemplate(string: TemplateEscaping.parsed(text))
                parsed[path] = ParsedTemplate(template: template, names: TemplateNames(template), text: text)
                return template
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Self.syntaxProblem(error, text: (try? files.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? "", path: path))
            } catch {
                diagnostics.append(Diagnostic(.templateUnreadable, at: SourceLocation(path: path),
                                              Wording("the template cannot be read: \(error)", "无法读取模板：\(error)")))
            }
            return nil
        }
        for (name, path) in chain.themeLayouts {
            if let parsedTemplate = template(path) { library.register(parsedTemplate, named: "theme.\(name)") }
        }
        for (name, path) in chain.layouts {
            if let parsedTemplate = template(path) { library.register(parsedTemplate, named: name) }
        }
        self.library = library
        self.names = Set(chain.layouts.keys)
        let registered = Set(chain.layouts.keys).union(chain.themeLayouts.keys.map { "theme.\($0)" })
        for path in Set(chain.layouts.values).union(chain.themeLayouts.values).sorted() {
            if let known = parsed[path] { diagnostics += Self.nameProblems(known, path: path, partials: registered) }
        }
    }

    func missingRequired() -> [String] {
        Self.required.filter { !names.contains($0) }
    }

    /// Renders with the first of `names` the site has, such as `list-notice` before `list`.
    func render(_ context: [String: Any], preferring names: [String]) -> String {
        guard let name = names.first(where: self.names.contains) else { return "" }
        return library.render(context, withTemplate: name) ?? ""
    }
}
