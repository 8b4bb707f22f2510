import ContentModel
import Foundation
import Mustache

/// What a parsed template names — the values it shows and the partials it includes — and the mistakes among them:
/// a name no page context provides (`{{document.titel}}`) or a partial the theme chain lacks. swift-mustache renders
/// both as nothing, silently, so they are found here, with the template's file and line.
struct TemplateNames {
    private(set) var values: Set<String> = []
    private(set) var partials: Set<String> = []

    /// Read from swift-mustache's own parse of the template. Its tokens are not public, so they are read by
    /// reflection; a token of a shape this does not know names nothing, so a newer swift-mustache can only make
    /// this find less, never report a mistake that is not there.
    init(_ template: MustacheTemplate) {
        collect(template)
    }

    private mutating func collect(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any] else { return }
        for token in tokens {
            guard let (kind, fields) = Self.token(token) else { continue }
            switch kind {
            case "variable", "unescapedVariable", "section", "invertedSection":
                if let name = fields["name"] as? String { values.insert(name) }
            case "partial":
                if let name = fields[".0"] as? String { partials.insert(name) }
                if let inherits = fields["inherits"] as? [String: MustacheTemplate] { inherits.values.forEach { collect($0) } }
            default:
                break
            }
            for case let inner as MustacheTemplate in fields.values { collect(inner) }
        }
    }

    /// An enum case's name and its associated values by label.
    private static func token(_ token: Any) -> (String, [String: Any])? {
        guard let child = Mirror(reflecting: token).children.first, let kind = child.label else { return nil }
        let fields = Mirror(reflecting: child.value).children.map { ($0.label ?? "", $0.value) }
        return (kind, Dictionary(fields.isEmpty ? [(".0", child.value)] : fields, uniquingKeysWith: { first, _ in first }))
    }

    /// Names of values no page context provides; a name is checked part by part (`document.titel`), and what
    /// follows `extra.` is the editors' own front matter, which templates may name freely.
    var unknownValues: [String] {
        values.filter { name in
            let parts = name.split(separator: ".").map(String.init)
            let checked = parts.firstIndex(of: "extra").map { parts[...$0] } ?? parts[...]
            return checked.contains { !Self.vocabulary.contains($0) }
        }.sorted()
    }

    /// Every key a page context holds at any depth (see SiteRenderer+Context and the README's table of what
    /// templates see); a test holds this to the contexts the renderer makes.
    static let vocabulary: Set<String> = [
        "address", "all_url", "alt", "annual_reports", "answered", "assets", "author", "banners", "blocks", "breadcrumbs", "canonical",
        "caption", "catalog", "catalog_url", "chrome", "column", "columns", "conac_url", "contact", "content", "count", "csv_url",
        "current", "date", "date_minute", "dated", "department_news", "department_reports", "departments", "description", "disclosure",
        "doc_no", "document", "domain", "empty", "entries", "error_report_url", "extra", "feeds", "figures", "footer", "gap", "genre",
        "genres", "group", "group_index", "header", "heading", "home", "icp", "id", "identity", "image", "index_no", "interaction",
        "interpretation", "is_all", "is_home", "is_portal", "items", "json_url", "keywords", "kind", "kind_name", "label", "lang", "lead",
        "letter", "lists", "map_columns", "map_pages", "meta", "missing", "name", "nav", "next", "next_url", "number", "office", "og_type",
        "origin", "page_title", "pages", "pagination", "pending", "pictures", "pinned", "police", "police_number", "policy", "portal",
        "prev_url", "previous", "published", "publisher", "publishers", "rate", "received", "replied", "report", "root", "rows", "scope",
        "search", "search_url", "sections", "sender", "sent", "sequence", "services", "site", "site_code", "site_index", "site_name",
        "sitemap_url", "sites", "source", "sponsor", "src", "statistics", "statistics_url", "status", "submissions", "submissions_url",
        "summary", "tables", "tags", "text", "title", "topic", "topics", "total", "url", "validity", "written", "year", "years",
    ]

    /// Where `name` is first written as a tag in `text`, or the file's start if it cannot be found.
    static func location(of name: String, in text: String, path: String, sigils: String) -> SourceLocation {
        let pattern = "\\{\\{\\{?\\s*[\(NSRegularExpression.escapedPattern(for: sigils))]?\\s*\(NSRegularExpression.escapedPattern(for: name))\\s*\\}"
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return SourceLocation(path: path) }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
