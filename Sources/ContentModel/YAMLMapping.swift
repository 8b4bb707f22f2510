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
        source.log.error(at: source.location(of: node), code: code, Wording("'\(key)' must be text", "“\(key)”应为文字"),
                         fix: Wording("write `\(key): …` on one line", "在一行内写 `\(key): …`"))
        return nil
    }

    func requiredString(_ key: String, code: String, example: String) -> String? {
        requiredString(key, code: code, example: Wording(example, example))
    }

    /// - Parameter example: the value the fix shows, in each language.
    func requiredString(_ key: String, code: String, example: Wording) -> String? {
        guard value(key) != nil else {
            source.log.error(at: location, code: code, Wording("'\(key)' is missing", "缺少“\(key)”"),
                             fix: Wording("add `\(key): \(example.english)`", "请添加 `\(key): \(example.chinese)`"))
            return nil
        }
        guard let text = string(key, code: code) else { return nil }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            source.log.error(at: location(of: key), code: code, Wording("'\(key)' is empty", "“\(key)”为空"),
                             fix: Wording("write `\(key): \(example.english)`", "请填写 `\(key): \(example.chinese)`"))
            return nil
        }
        return text
    }

    func bool(_ key: String, code: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let flag = Self.booleans[text.lowercased()] else {
            source.log.error(at: source.location(of: node), code: code, Wording("'\(key)' must be true or false", "“\(key)”应为 true 或 false"),
                             fix: Wording("write `\(key): true` or `\(key): false`", "写成 `\(key): true` 或 `\(key): false`"))
            return nil
        }
        return flag
    }

    func int(_ key: String, code: String, minimum: Int = Int.min) -> Int? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let number = Int(text), number >= minimum else {
            let range = minimum > Int.min ? " of at least \(minimum)" : ""
            let rangeChinese = minimum > Int.min ? "（不小于 \(minimum)）" : ""
            source.log.error(at: source.location(of: node), code: code, Wording("'\(key)' must be a whole number\(range)", "“\(key)”应为整数\(rangeChinese)"),
                             fix: Wording("write it as digits, such as `\(key): \(max(minimum, 10))`", "用数字填写，例如 `\(key): \(max(minimum, 10))`"))
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
                    source.log.error(at: source.location(of: item), code: code, Wording("each entry of '\(key)' must be text", "“\(key)”的每一项都应为文字"))
                    return nil
                }
                return text
            }
        default:
            source.log.error(at: source.location(of: node), code: code, Wording("'\(key)' must be a list", "“\(key)”应为列表"),
                             fix: Wording("write `\(key): [a, b]`", "写成 `\(key): [a, b]`"))
            return nil
        }
    }

    func mapping(_ key: String, code: String) -> YAMLMapping? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            source.log.error(at: source.location(of: node), code: code, Wording("'\(key)' must hold `key: value` entries", "“\(key)”下应为“键: 值”形式的设置"),
                             fix: Wording("indent its entries below `\(key):`", "在 `\(key):` 下方缩进书写各项"))
            return nil
        }
        return YAMLMapping(mapping, source: source)
    }

    func sequence(_ key: String, code: String) -> [Node]? {
        guard let node = value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            source.log.error(at: source.location(of: node), code: code, Wording("'\(key)' must be a list", "“\(key)”应为列表"),
                             fix: Wording("write each entry on its own line starting with `- `", "每项单独一行，以 `- ` 开头"))
            return nil
        }
        return Array(sequence)
    }

    /// Warns about keys the reader does not know, naming the ones it does.
    func warnUnknownKeys(allowed: [String], code: String) {
        for entry in entries where !allowed.contains(entry.key) {
            source.log.warning(at: source.location(of: entry.keyNode), code: code,
                               Wording("'\(entry.key)' is not a known setting and is ignored", "“\(entry.key)”不是可识别的设置，已忽略"),
                               fix: Wording("use one of: \(allowed.joined(separator: ", "))", "可用的设置有：\(allowed.joined(separator: "、"))"))
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
