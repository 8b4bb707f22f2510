import Foundation
import Yams

/// A YAML mapping read key by key. Scalars are taken as the text the editor wrote, so that
/// YAML 1.1 never turns a code such as `0123` or `12:30` into a number.
struct YAMLMapping {
    let source: YAMLSource
    let location: SourceLocation
    private let entries: [(key: String, keyNode: Node, value: Node)]

    init(_ mapping: Node.Mapping, source: YAMLSource) {
        self.source = source
        self.location = source.location(of: mapping.mark)
        self.entries = mapping.map { pair in (pair.key.scalar?.string ?? "", pair.key, pair.value) }
    }

    var keys: [String] { entries.map(\.key) }

    func value(_ key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// Where `key` is written, or the mapping itself when it is absent.
    func location(of key: String) -> SourceLocation {
        entries.first { $0.key == key }.map { source.location(of: $0.keyNode) } ?? location
    }

    func valueLocation(of key: String) -> SourceLocation {
        value(key).map { source.location(of: $0) } ?? location
    }

    func string(_ key: String, code: String) -> String? {
        guard let node = value(key) else { return nil }
        if case .scalar(let scalar) = node { return scalar.string }
        source.log.error(at: source.location(of: node), code: code, "'\(key)' must be text",
                         fix: "write `\(key): …` on one line")
        return nil
    }

    func requiredString(_ key: String, code: String, example: String) -> String? {
        guard value(key) != nil else {
            source.log.error(at: location, code: code, "'\(key)' is missing", fix: "add `\(key): \(example)`")
            return nil
        }
        guard let text = string(key, code: code) else { return nil }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            source.log.error(at: location(of: key), code: code, "'\(key)' is empty", fix: "write `\(key): \(example)`")
            return nil
        }
        return text
    }

    func bool(_ key: String, code: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let flag = Self.booleans[text.lowercased()] else {
            source.log.error(at: source.location(of: node), code: code, "'\(key)' must be true or false",
                             fix: "write `\(key): true` or `\(key): false`")
            return nil
        }
        return flag
    }

    func int(_ key: String, code: String, minimum: Int = Int.min) -> Int? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let number = Int(text), number >= minimum else {
            let range = minimum > Int.min ? " of at least \(minimum)" : ""
            source.log.error(at: source.location(of: node), code: code, "'\(key)' must be a whole number\(range)",
                             fix: "write it as digits, such as `\(key): \(max(minimum, 10))`")
            return nil
        }
        return number
    }

    /// A list of texts; a single text counts as a list of one.
    func strings(_ key: String, code: String) -> [String]? {
        guard let node = value(key) else { return nil }
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard let text = item.scalar?.string else {
                    source.log.error(at: source.location(of: item), code: code, "each entry of '\(key)' must be text")
                    return nil
                }
                return text
            }
        default:
            source.log.error(at: source.location(of: node), code: code, "'\(key)' must be a list",
                             fix: "write `\(key): [a, b]`")
            return nil
        }
    }

    func mapping(_ key: String, code: String) -> YAMLMapping? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            source.log.error(at: source.location(of: node), code: code, "'\(key)' must hold `key: value` entries",
                             fix: "indent its entries below `\(key):`")
            return nil
        }
        return YAMLMapping(mapping, source: source)
    }

    func sequence(_ key: String, code: String) -> [Node]? {
        guard let node = value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            source.log.error(at: source.location(of: node), code: code, "'\(key)' must be a list",
                             fix: "write each entry on its own line starting with `- `")
            return nil
        }
        return Array(sequence)
    }

    /// Warns about keys the reader does not know, naming the ones it does.
    func warnUnknownKeys(allowed: [String], code: String) {
        for entry in entries where !allowed.contains(entry.key) {
            source.log.warning(at: source.location(of: entry.keyNode), code: code,
                               "'\(entry.key)' is not a known setting and is ignored",
                               fix: "use one of: \(allowed.joined(separator: ", "))")
        }
    }

    /// Every value kept as plain data, for keys sitegroup does not interpret.
    func plainValue(_ key: String) -> FrontMatterValue? {
        value(key).map(Self.plain)
    }

    private static func plain(_ node: Node) -> FrontMatterValue {
        switch node {
        case .scalar(let scalar): .text(scalar.string)
        case .sequence(let sequence): .list(sequence.map(plain))
        case .mapping(let mapping):
            .mapping(Dictionary(mapping.map { ($0.key.scalar?.string ?? "", plain($0.value)) }, uniquingKeysWith: { a, _ in a }))
        case .alias: .text("")
        }
    }

    private static let booleans = ["true": true, "false": false, "yes": true, "no": false, "on": true, "off": false]
}
