import Foundation
import Yams

/// Writes a document back as the file an editor would write: front matter between `---` lines, then the body.
/// Used by the sync agent, so that imported documents read like any other and load back to the same values.
public struct DocumentText {
    private let dates: DateFormatter
    private let datesWithSeconds: DateFormatter
    /// Given to every scalar, so Yams does not resolve each one's tag from its text with regular expressions (most of
    /// the cost of writing a document): the emitter marks every scalar's tag implicit and never writes it, so the
    /// bytes are the same. One instance, because making a tag builds Yams' table of constructors anew.
    private let stringTag = Tag(.str)

    public init(timeZone: TimeZone) {
        func formatter(_ format: String) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = format
            return formatter
        }
        dates = formatter("yyyy-MM-dd HH:mm")
        datesWithSeconds = formatter("yyyy-MM-dd HH:mm:ss")
    }

    /// A date as editors write it, in the group's time zone; seconds only when there are any.
    public func date(_ date: Date) -> String {
        let text = datesWithSeconds.string(from: date)
        return text.hasSuffix(":00") ? dates.string(from: date) : text
    }

    public func text(_ matter: FrontMatter, body: String) throws -> String {
        var pairs: [(String, Node)] = [("title", scalar(matter.title)), ("date", plain(date(matter.date)))]
        func add(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { pairs.append((key, scalar(value))) }
        }
        add("slug", matter.slug)
        add("summary", matter.summary)
        add("author", matter.author)
        add("source", matter.source)
        if !matter.tags.isEmpty { pairs.append(("tags", Node.sequence(.init(matter.tags.map(scalar), .implicit, .flow)))) }
        if matter.draft { pairs.append(("draft", plain("true"))) }
        if matter.weight != 0 { pairs.append(("weight", plain(String(matter.weight)))) }
        add("expires", matter.expires.map(date))
        if matter.classification != FrontMatter.publicClassification { add("classification", matter.classification) }
        if let disclosure = matter.disclosure { pairs.append(("disclosure", self.disclosure(disclosure))) }
        add("replied", matter.replied.map(date))
        if let letter = matter.letter { pairs.append(("letter", self.letter(letter))) }
        if matter.format != .markdown { add("format", matter.format.rawValue) }
        add("review", matter.review?.rawValue)
        add("retracted", matter.retracted.map(date))
        if let origin = matter.origin { pairs.append(("origin", self.origin(origin))) }
        for key in matter.extra.keys.sorted() {
            pairs.append((key, node(matter.extra[key]!)))
        }
        let header = try Yams.serialize(node: mapping(pairs), width: -1, allowUnicode: true)
        return "---\n\(header)---\n\(body)"
    }

    private func disclosure(_ disclosure: Disclosure) -> Node {
        let pairs: [(String, String)] = [
            ("index_no", disclosure.indexNumber), ("doc_no", disclosure.documentNumber), ("publisher", disclosure.publisher),
            ("written", disclosure.written.map(date) ?? ""), ("topic", disclosure.topic), ("genre", disclosure.genre),
            ("validity", disclosure.validity),
        ]
        return mapping(pairs.filter { !$0.1.isEmpty }.map { ($0.0, scalar($0.1)) })
    }

    private func letter(_ letter: Letter) -> Node {
        let pairs: [(String, String)] = [
            ("received", letter.received.map(date) ?? ""), ("from", letter.sender), ("content", letter.content), ("office", letter.office),
        ]
        return mapping(pairs.filter { !$0.1.isEmpty }.map { ($0.0, scalar($0.1)) })
    }

    private func origin(_ origin: Origin) -> Node {
        let pairs: [(String, String)] = [
            ("site", origin.site), ("site_name", origin.siteName), ("url", origin.url), ("id", origin.id),
            ("revision", origin.revision), ("synced_at", origin.syncedAt), ("hash", origin.hash), ("rule", origin.rule),
            ("base", origin.base), ("path", origin.path),
        ]
        return mapping(pairs.filter { !$0.1.isEmpty }.map { ($0.0, scalar($0.1)) })
    }

    private func node(_ value: FrontMatterValue) -> Node {
        switch value {
        case .text(let text): scalar(text)
        case .list(let items): .sequence(.init(items.map(node)))
        case .mapping(let entries): mapping(entries.keys.sorted().map { ($0, node(entries[$0]!)) })
        }
    }

    private func mapping(_ pairs: [(String, Node)]) -> Node {
        .mapping(.init(pairs.map { (node($0.0, .any), $0.1) }))
    }

    private func plain(_ text: String) -> Node {
        node(text, .plain)
    }

    private func node(_ text: String, _ style: Node.Scalar.Style) -> Node {
        .scalar(.init(text, stringTag, style))
    }

    /// Text that YAML 1.1 readers would take for a number, a boolean or null is quoted, so every reader
    /// sees the same text sitegroup does; everything else is left to the emitter to write plainly where it can.
    private func scalar(_ text: String) -> Node {
        let coercible = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"].contains(text.lowercased())
            || (!text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || ".:+-_eE".contains($0)) })
        return node(text, coercible ? .singleQuoted : .any)
    }
}
