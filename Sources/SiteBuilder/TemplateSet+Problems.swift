import ContentModel
import Foundation
import Mustache

/// Template mistakes told as an editor of templates needs them: where, and what to write instead.
extension TemplateSet {
    /// Values no page provides and partials no template of the chain is named, at the tag that names them.
    static func nameProblems(_ parsed: ParsedTemplate, path: String, partials registered: Set<String>) -> [Diagnostic] {
        let names = parsed.names
        let unknown = names.unknownValues, absent = names.partials.subtracting(registered)
        guard !unknown.isEmpty || !absent.isEmpty else { return [] }
        let text = parsed.text
        let values = unknown.map { name in
            Diagnostic(.templateUnknownName, at: TemplateNames.location(of: name, in: text, path: path, sigils: "#^/&"),
                       Wording("no page provides '\(name)', so it would always show nothing",
                               "没有任何页面提供“\(name)”，它将始终显示为空"),
                       fix: Wording("use a key of the README's table of what templates see, such as document.title",
                                    "请使用 README 中“What templates see”表里的名称，例如 document.title"))
        }
        let missing = absent.sorted().map { name in
            Diagnostic(.templateUnknownPartial, at: TemplateNames.location(of: name, in: text, path: path, sigils: "><"),
                       Wording("there is no template '\(name)' to include", "没有可引用的模板“\(name)”"),
                       fix: Wording("add layouts/\(name).mustache to the theme or the site, or correct the name",
                                    "请在主题或网站的 layouts/ 中添加 \(name).mustache，或更正名称"))
        }
        return values + missing
    }

    /// A template swift-mustache cannot parse. Its parser stops at the end of the file when a section is never
    /// closed; the section meant is the last one that a closing tag at the end would close, which the parser
    /// itself is asked about, so the diagnostic points at the line that opened it.
    static func syntaxProblem(_ error: MustacheTemplate.ParserError, text: String, path: String) -> Diagnostic {
        let at = SourceLocation(path: path, line: TemplateEscaping.fileLine(error.context.lineNumber), column: error.context.columnNumber)
        switch error.error as? MustacheTemplate.Error {
        case .expectedSectionEnd:
            if let (name, opened) = unclosedSection(in: text, path: path) {
                return Diagnostic(.templateSyntax, at: opened,
                                  Wording("the section {{\(name)}} opened here is never closed", "此处开始的区块 {{\(name)}} 没有结束"),
                                  fix: Wording("add {{/\(name.dropFirst())}} where the section ends", "请在区块结束处添加 {{/\(name.dropFirst())}}"))
            }
            return Diagnostic(.templateSyntax, at: at, Wording("a section is never closed", "有区块没有结束"),
                              fix: Wording("close every {{#…}}, {{^…}}, {{$…}} and {{<…}} with its {{/…}}", "每个 {{#…}}、{{^…}}、{{$…}}、{{<…}} 都要有对应的 {{/…}}"))
        case .sectionCloseNameIncorrect:
            return Diagnostic(.templateSyntax, at: at,
                              Wording("this closing tag does not match the section open here", "此结束标签与当前打开的区块不对应"),
                              fix: Wording("close the innermost section first, with its own name", "请先用同名标签结束最内层的区块"))
        default:
            return Diagnostic(.templateSyntax, at: at, Wording("the template cannot be read: \(error.error)", "无法读取模板：\(error.error)"),
                              fix: Wording("check the {{…}} tag on this line", "请检查本行的 {{…}} 标签"))
        }
    }

    /// The last opening tag (`{{#name}}` and its kin) that, closed at the end of the text, lets the template parse.
    private static func unclosedSection(in text: String, path: String) -> (String, SourceLocation)? {
        guard let openings = try? NSRegularExpression(pattern: "\\{\\{\\s*([#^$<])\\s*([^}\\s]+)\\s*\\}\\}") else { return nil }
        let matches = openings.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches.reversed() {
            guard let sigil = Range(match.range(at: 1), in: text), let name = Range(match.range(at: 2), in: text) else { continue }
            guard (try? MustacheTemplate(string: text + "{{/\(text[name])}}")) != nil else { continue }
            let tag = "\(text[sigil])\(text[name])"
            return (tag, TemplateNames.location(of: String(text[name]), in: text, path: path, sigils: String(text[sigil])))
        }
        return nil
    }
}
