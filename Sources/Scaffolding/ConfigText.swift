import Foundation
import ContentModel
import Yams

/// A YAML configuration file as its author wrote it, changed only by inserting lines where Yams locates the keys,
/// so its comments, order, quoting and blank lines stay as they were; serialising it anew would lose all of them.
struct ConfigText {
    /// Group-relative, for messages.
    let path: String
    private(set) var lines: [String]
    /// `\r` when the file's lines end in CRLF, so inserted lines end as the others do.
    private let carriageReturn: String

    init(_ text: String, path: String) {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        carriageReturn = lines.first?.hasSuffix("\r") == true ? "\r" : ""
    }

    var text: String { lines.joined(separator: "\n") }

    /// The file's top-level `key: value` lines, as Yams reads them.
    func mapping() throws(ScaffoldRefusal) -> Node.Mapping {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch {
            throw ScaffoldRefusal(Wording("\(path) is not valid YAML; run `sitegroup check` to see where",
                                          "\(path) 不是有效的 YAML；请运行 `sitegroup check` 查看出错位置"))
        }
        guard let node else { return Node.Mapping([]) }
        guard case .mapping(let mapping) = node else {
            throw ScaffoldRefusal(Wording("\(path) does not hold `key: value` lines", "\(path) 中应是“键: 值”形式的设置行"))
        }
        return mapping
    }

    /// Adds `item` (its lines, the first without the `- `) as the last entry of the top-level list `key`, indented as
    /// the entries before it; a file without the key gets it at its end.
    mutating func append(item: [String], toList key: String) throws(ScaffoldRefusal) {
        try changing(key) { (text: inout ConfigText) throws(ScaffoldRefusal) in try text.insert(item: item, toList: key) }
    }

    /// Adds `name` as the last entry of the top-level list `key` of plain names, written `[a, b]` or as `- a` lines.
    /// Nothing is done when the file has no such key.
    mutating func append(name: String, toNames key: String) throws(ScaffoldRefusal) {
        try changing(key) { (text: inout ConfigText) throws(ScaffoldRefusal) in try text.insert(name: name, toNames: key) }
    }

    /// Keeps `change` only if Yams reads the result as the file was with one more entry at the end of the list `key`
    /// (or as it was, when nothing was changed): a layout the insertion did not foresee is refused, never broken.
    private mutating func changing(_ key: String, _ change: (inout ConfigText) throws(ScaffoldRefusal) -> Void) throws(ScaffoldRefusal) {
        var changed = self
        try change(&changed)
        guard changed.text != text else { return }
        let unsafe = ScaffoldRefusal(Wording("\(path) is laid out in a way `sitegroup new` cannot add to `\(key):` safely; add the entry by hand",
                                             "\(path) 的写法使 `sitegroup new` 无法安全地在 `\(key):` 中添加；请手工添加"))
        let before = try mapping()
        guard let after = try? changed.mapping() else { throw unsafe }
        func entries(_ mapping: Node.Mapping) -> [Node] {
            guard case .sequence(let list)? = mapping.first(where: { $0.key.scalar?.string == key })?.value else { return [] }
            return Array(list)
        }
        func others(_ mapping: Node.Mapping) -> [Node.Mapping.Element] {
            mapping.filter { $0.key.scalar?.string != key }
        }
        guard others(after).elementsEqual(others(before), by: ==), entries(after).dropLast().elementsEqual(entries(before)),
              entries(after).count == entries(before).count + 1 else { throw unsafe }
        self = changed
    }

    private mutating func insert(item: [String], toList key: String) throws(ScaffoldRefusal) {
        let mapping = try mapping()
        guard let index = mapping.firstIndex(where: { $0.key.scalar?.string == key }) else {
            appendAtEnd(["\(key):"] + entry(item, dash: "  - "))
            return
        }
        let value = mapping[index].value
        let keyLine = mapping[index].key.mark?.line ?? 1
        switch value {
        case .sequence(let sequence) where !opensWithBracket(value):
            guard let last = sequence.last, let mark = last.mark else { throw notAList(key) }
            let end = lastLine(from: mark.line, before: nextKeyLine(after: index, in: mapping))
            insert(entry(item, dash: String(lines[mark.line - 1].unicodeScalars.prefix(mark.column - 1))), after: end)
        case .sequence(let sequence) where sequence.isEmpty:
            // `key: []` becomes `key:` with the entry below it; a comment after the brackets stays on the line.
            try removeEmptyBrackets(on: keyLine, key: key)
            insert(entry(item, dash: "  - "), after: keyLine)
        case .scalar(let scalar) where scalar.string.isEmpty && scalar.style == .plain:
            insert(entry(item, dash: "  - "), after: keyLine)
        default:
            throw notAList(key)
        }
    }

    private mutating func insert(name: String, toNames key: String) throws(ScaffoldRefusal) {
        let mapping = try mapping()
        guard let index = mapping.firstIndex(where: { $0.key.scalar?.string == key }),
              case .sequence(let sequence) = mapping[index].value else { return }
        if !opensWithBracket(mapping[index].value), let mark = sequence.last?.mark {
            let dash = String(lines[mark.line - 1].unicodeScalars.prefix(mark.column - 1))
            insert([dash + name], after: lastLine(from: mark.line, before: nextKeyLine(after: index, in: mapping)))
            return
        }
        // A flow list closes on the first `]` after its last entry: the entries are names, which hold no bracket.
        guard let start = (sequence.last ?? mapping[index].value).mark else { throw notAList(key) }
        for lineNumber in start.line...lines.count {
            var scalars = Array(lines[lineNumber - 1].unicodeScalars)
            let from = lineNumber == start.line ? start.column - 1 : 0
            guard let close = scalars.indices.dropFirst(from).first(where: { scalars[$0] == "]" }) else { continue }
            scalars.insert(contentsOf: ((sequence.isEmpty ? "" : ", ") + name).unicodeScalars, at: close)
            lines[lineNumber - 1] = String(String.UnicodeScalarView(scalars))
            return
        }
        throw notAList(key)
    }

    /// Whether a list is written `[…]`. Told by its first character: Yams 6.2.2 reports the style of the event that
    /// ends a sequence, not of the one that starts it, so `style` does not say.
    private func opensWithBracket(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line <= lines.count else { return false }
        return lines[mark.line - 1].unicodeScalars.dropFirst(mark.column - 1).first == "["
    }

    private func notAList(_ key: String) -> ScaffoldRefusal {
        ScaffoldRefusal(Wording("`\(key):` in \(path) is not a list of `- …` lines; write it as one, then run this again",
                                "\(path) 中的 `\(key):` 不是以“- ”开头的列表；请改成这种写法后再运行"))
    }

    /// The lines of a list entry: the first after `dash`, the others under it.
    private func entry(_ item: [String], dash: String) -> [String] {
        let indent = String(repeating: " ", count: dash.unicodeScalars.count)
        return item.enumerated().map { $0.offset == 0 ? dash + $0.element : indent + $0.element }
    }

    /// The line of the top-level key after the one at `index`, or one past the file's end.
    private func nextKeyLine(after index: Int, in mapping: Node.Mapping) -> Int {
        let keys = Array(mapping.map(\.key))
        return index + 1 < keys.count ? keys[index + 1].mark?.line ?? lines.count + 1 : lines.count + 1
    }

    /// The last line of an entry starting at `start`: the last line before `boundary` with something on it, so the
    /// blank lines and comments that introduce the next key stay with it.
    private func lastLine(from start: Int, before boundary: Int) -> Int {
        var last = start
        for number in start..<max(start, boundary) {
            let content = lines[number - 1].trimmingCharacters(in: .whitespaces)
            if !content.isEmpty, !content.hasPrefix("#") { last = number }
        }
        return last
    }

    private mutating func removeEmptyBrackets(on lineNumber: Int, key: String) throws(ScaffoldRefusal) {
        guard let range = lines[lineNumber - 1].range(of: "[]") else { throw notAList(key) }
        lines[lineNumber - 1].removeSubrange(range)
    }

    /// Inserts lines after the 1-based line `number` (0: at the top).
    private mutating func insert(_ new: [String], after number: Int) {
        lines.insert(contentsOf: new.map { $0 + carriageReturn }, at: number)
    }

    private mutating func appendAtEnd(_ new: [String]) {
        // A file ending in a newline splits into a last empty line, which stays last.
        let end = lines.last == "" || lines.last == carriageReturn ? lines.count - 1 : lines.count
        insert(new, after: end)
    }
}
