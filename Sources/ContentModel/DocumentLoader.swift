import Foundation

/// Reads one Markdown file: splits the front matter from the body and reads its fields. Its rules for names are
/// public: `sitegroup new` names sites, columns and files by them.
public struct DocumentLoader {
    let dates: DateReader
    let log: DiagnosticLog

    static let frontMatterKeys = ["title", "date", "slug", "summary", "author", "source", "tags", "draft", "weight",
                                  "expires", "classification", "disclosure", "replied", "letter", "origin", "format", "review", "retracted",
                                  "image"]
    static let disclosureKeys = ["index_no", "doc_no", "publisher", "written", "topic", "genre", "validity"]
    static let letterKeys = ["received", "from", "content", "office"]
    static let originKeys = ["site", "site_name", "url", "id", "revision", "synced_at", "hash", "rule", "base", "path"]

    /// - Parameter path: the group-relative path, used in diagnostics and kept on the document.
    /// - Parameter revision: the fingerprint of `data`, kept as the document's revision.
    func load(contents data: Data, path: String, siteID: String, columnID: String?, revision: String) -> Document? {
        let fileStart = SourceLocation(path: path)
        guard var text = String(data: data, encoding: .utf8) else {
            log.add(.documentEncoding, at: fileStart, Wording("the file is not UTF-8 text", "文件不是 UTF-8 编码的文本"),
                    fix: Wording("save it as UTF-8 (in most editors: Save with Encoding → UTF-8)", "请另存为 UTF-8 编码（多数编辑器：另存为 → 编码选 UTF-8）"))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Lines are cut on UTF-8 bytes: splitting a String walks its grapheme clusters, which is slow for CJK text.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            log.add(.frontMatterMissing, at: fileStart, Wording("the file does not start with front matter", "文件开头缺少前置信息（front matter）"),
                    fix: Wording("begin it with a `---` line, then `title:` and `date:` lines, then another `---` line", "文件第一行写 `---`，接着写 `title:` 和 `date:` 两行，再写一行 `---`"))
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
            log.add(.frontMatterUnclosed, at: fileStart, Wording("the front matter has no closing `---` line", "前置信息缺少结尾的 `---` 行"),
                    fix: Wording("add a line `---` after the last front-matter field", "在最后一项设置之后加一行 `---`"))
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        let source = YAMLSource(path: path, lineOffset: 1, log: log)
        warnPrivateUseCharacters(in: lines, path: path)
        guard let fields = source.composeMapping(yaml.isEmpty ? "{}" : yaml, rule: .frontMatterSyntax),
              let matter = frontMatter(fields) else { return nil }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let slug = matter.slug ?? stem
        let slugLocation = matter.slug == nil ? fileStart : fields.valueLocation(of: "slug")
        // A file name behind a `slug:` is not published, but a device name still cannot be checked out on Windows.
        guard checkSlug(slug, given: matter.slug != nil, at: slugLocation),
              matter.slug == nil || isOrdinary(stem, given: false, at: fileStart) else { return nil }
        return Document(path: path, siteID: siteID, columnID: columnID, slug: slug, slugLocation: slugLocation,
                        titleLocation: fields.textLocation(of: "title"), dateLocation: fields.valueLocation(of: "date"), frontMatter: matter, body: body, bodyLine: close + 2, revision: revision)
    }

    /// A slug becomes one folder of the output: lower-case ASCII letters, digits, `-` and `_`, starting with a letter
    /// or digit. Capitals would make two addresses that Linux servers tell apart and Windows and macOS disks do not.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return slug.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Names Windows gives to devices: no file or folder can have them, whatever the case or extension, so a
    /// checkout of the group or a copy of its output would fail there.
    public static func isReservedOnWindows(_ name: String) -> Bool {
        let base = name.lowercased()
        if ["con", "prn", "aux", "nul"].contains(base) { return true }
        guard base.count == 4, let digit = base.last, ("1"..."9").contains(digit) else { return false }
        return ["com", "lpt"].contains(String(base.prefix(3)))
    }

    /// The name to propose for one that cannot be used: lower case, runs of other characters as one '-', and a
    /// Windows device name made ordinary. Nil when nothing usable is left (a name in Chinese, say).
    public static func proposedName(for name: String) -> String? {
        var proposal = ""
        for scalar in name.lowercased().unicodeScalars {
            if isLowerAlphanumeric(scalar) || scalar == "_" || scalar == "-" {
                proposal.unicodeScalars.append(scalar)
            } else if !proposal.isEmpty, !proposal.hasSuffix("-") {
                proposal += "-"
            }
        }
        while proposal.hasSuffix("-") || proposal.hasSuffix("_") { proposal.removeLast() }
        while let first = proposal.unicodeScalars.first, !isLowerAlphanumeric(first) { proposal.removeFirst() }
        guard !proposal.isEmpty else { return nil }
        return isReservedOnWindows(proposal) ? proposal + "-1" : proposal
    }

    /// Whether a slug can be published; if not, says so with the name to use instead.
    /// - Parameter given: whether the slug was written as `slug:` (else it is the file's name).
    private func checkSlug(_ name: String, given: Bool, at location: SourceLocation) -> Bool {
        let proposal = Self.proposedName(for: name)
        guard Self.isValidSlug(name) else {
            let fix = switch (given, proposal) {
            case (false, let proposal?):
                Wording("rename the file to \(proposal).md (only a-z, 0-9, '-' and '_'), or add `slug: \(proposal)` to the front matter",
                        "请把文件改名为 \(proposal).md（只用 a-z、0-9、'-' 和 '_'），或在前置信息中添加 `slug: \(proposal)`")
            case (false, nil):
                Wording("rename the file using a-z, 0-9 and '-', or add `slug: a-short-name` to the front matter", "文件名只用 a-z、0-9 和 '-'，或在前置信息中添加 `slug: 英文短名`")
            case (true, let proposal?):
                Wording("write `slug: \(proposal)` (only a-z, 0-9, '-' and '_')", "请写成 `slug: \(proposal)`（只用 a-z、0-9、'-' 和 '_'）")
            case (true, nil):
                Wording("use only a-z, 0-9, '-' and '_' in the slug", "slug 只能使用 a-z、0-9、'-' 和 '_'")
            }
            log.add(.documentInvalidSlug, at: location, Wording("the slug \"\(name)\" cannot be used in a web address", "“\(name)”不能用作网址"), fix: fix)
            return false
        }
        return isOrdinary(name, given: given, at: location)
    }

    /// Whether a name is not a Windows device name; if it is, says so with the name to use instead.
    private func isOrdinary(_ name: String, given: Bool, at location: SourceLocation) -> Bool {
        guard Self.isReservedOnWindows(name), let proposal = Self.proposedName(for: name) else { return true }
        log.add(.documentReservedName, at: location,
                Wording("\"\(name)\" is a device name on Windows, where no file or folder may be called so", "“\(name)”是 Windows 的设备名，Windows 上的文件和文件夹都不能使用"),
                  fix: given ? Wording("write `slug: \(proposal)`", "请写成 `slug: \(proposal)`")
                             : Wording("rename the file to \(proposal).md", "请把文件改名为 \(proposal).md"))
        return false
    }

    private func frontMatter(_ fields: YAMLMapping) -> FrontMatter? {
        let rule = Rule.frontMatterInvalid
        let title = fields.requiredString("title", rule: .frontMatterMissingTitle, example: "关于…的通知")
        let date = requiredDate("date", in: fields)
        guard let title, let date else { return nil }
        var extra: [String: FrontMatterValue] = [:]
        for key in fields.keys where !Self.frontMatterKeys.contains(key) {
            extra[key] = fields.plainValue(key)
        }
        return FrontMatter(
            title: title, date: date,
            slug: fields.string("slug", rule: rule),
            summary: fields.string("summary", rule: rule) ?? "",
            author: fields.string("author", rule: rule) ?? "",
            source: fields.string("source", rule: rule) ?? "",
            tags: fields.strings("tags", rule: rule) ?? [],
            draft: fields.bool("draft", rule: rule) ?? false,
            weight: fields.int("weight", rule: rule) ?? 0,
            expires: optionalDate("expires", in: fields),
            classification: fields.string("classification", rule: rule) ?? FrontMatter.publicClassification,
            disclosure: fields.mapping("disclosure", rule: rule).map(disclosure),
            replied: optionalDate("replied", in: fields),
            letter: fields.mapping("letter", rule: rule).map(letter),
            origin: fields.mapping("origin", rule: rule).map(origin),
            format: choice("format", in: fields, default: BodyFormat.markdown) ?? .markdown,
            review: choice("review", in: fields, default: nil),
            retracted: optionalDate("retracted", in: fields),
            image: fields.value("image") == nil ? nil : fields.image("image", invalid: rule),
            extra: extra)
    }

    private func disclosure(_ fields: YAMLMapping) -> Disclosure {
        let rule = Rule.disclosureInvalid
        fields.warnUnknownKeys(allowed: Self.disclosureKeys, rule: .disclosureUnknownKey)
        return Disclosure(
            indexNumber: fields.string("index_no", rule: rule) ?? "",
            documentNumber: fields.string("doc_no", rule: rule) ?? "",
            publisher: fields.string("publisher", rule: rule) ?? "",
            written: optionalDate("written", in: fields),
            topic: fields.string("topic", rule: rule) ?? "",
            genre: fields.string("genre", rule: rule) ?? "",
            validity: fields.string("validity", rule: rule) ?? "",
            location: fields.location,
            keyLocations: Dictionary(fields.keys.map { ($0, fields.valueLocation(of: $0)) }, uniquingKeysWith: { first, _ in first }))
    }

    private func letter(_ fields: YAMLMapping) -> Letter {
        let rule = Rule.letterInvalid
        fields.warnUnknownKeys(allowed: Self.letterKeys, rule: .letterUnknownKey)
        return Letter(received: optionalDate("received", in: fields), sender: fields.string("from", rule: rule) ?? "",
                      content: fields.string("content", rule: rule) ?? "", office: fields.string("office", rule: rule) ?? "")
    }

    private func origin(_ fields: YAMLMapping) -> Origin {
        let rule = Rule.originInvalid
        fields.warnUnknownKeys(allowed: Self.originKeys, rule: .originUnknownKey)
        func text(_ key: String) -> String { fields.string(key, rule: rule) ?? "" }
        return Origin(site: text("site"), siteName: text("site_name"), url: webAddress("url", in: fields), id: text("id"), revision: text("revision"),
                      syncedAt: text("synced_at"), hash: text("hash"), rule: text("rule"), base: webAddress("base", in: fields), path: text("path"))
    }

    /// `url` is shown as 信息来源's link and exported in feeds, and a Markdown body's links lead under `base`: a
    /// `javascript:` address in either would run on the group's pages, so only http(s) addresses are kept.
    private func webAddress(_ key: String, in fields: YAMLMapping) -> String {
        let address = fields.string(key, rule: .originInvalid) ?? ""
        guard !address.isEmpty, !Origin.isWebAddress(address) else { return address }
        log.add(.originUnsafeURL, at: fields.valueLocation(of: key),
                Wording("the origin address \"\(address)\" is not an http(s) address and is not used", "来源地址“\(address)”不是 http(s) 地址，不予使用"),
                    fix: Wording("delete it, or write the origin's http(s) address", "请删除，或填写来源的 http(s) 地址"))
        return ""
    }

    /// One of a fixed set of words, such as `format: html`; anything else is an error naming the choices.
    private func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, in fields: YAMLMapping, default: Choice?) -> Choice?
        where Choice.RawValue == String {
        guard let text = fields.string(key, rule: .frontMatterInvalid) else { return `default` }
        if let value = Choice(rawValue: text) { return value }
        let choices = Choice.allCases.map(\.rawValue)
        log.add(.frontMatterInvalid, at: fields.valueLocation(of: key), Wording("'\(key)' cannot be \"\(text)\"", "“\(key)”不能是“\(text)”"),
                fix: Wording("write one of: \(choices.joined(separator: ", "))", "请填写以下之一：\(choices.joined(separator: "、"))"))
        return `default`
    }

    private func requiredDate(_ key: String, in fields: YAMLMapping) -> Date? {
        guard fields.value(key) != nil else {
            log.add(.frontMatterMissingDate, at: fields.location, Wording("'\(key)' is missing", "缺少“\(key)”"),
                    fix: Wording("add `\(key): 2024-05-01` (the publication date)", "请添加发布日期 `\(key): 2024-05-01`"))
            return nil
        }
        return optionalDate(key, in: fields)
    }

    private func optionalDate(_ key: String, in fields: YAMLMapping) -> Date? {
        guard let text = fields.string(key, rule: .frontMatterInvalidDate) else { return nil }
        guard let date = dates.date(from: text) else {
            log.add(.frontMatterInvalidDate, at: fields.valueLocation(of: key),
                    Wording("'\(key)' must look like 2024-05-01 or 2024-05-01 09:30 (found \"\(text)\")", "“\(key)”应写成 2024-05-01 或 2024-05-01 09:30 的形式（现为“\(text)”）"),
                      fix: Wording("write the date with digits as year-month-day", "用数字按“年-月-日”填写日期"))
            return nil
        }
        return date
    }

    /// The three Private Use Areas of Unicode, compared directly: asking for each scalar's general category is slow.
    private static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value) || (0xF0000...0xFFFFD).contains(scalar.value) || (0x100000...0x10FFFD).contains(scalar.value)
    }

    /// Private Use Area characters come from copied documents' fonts; readers see empty boxes.
    private func warnPrivateUseCharacters(in lines: [Substring], path: String) {
        for (index, line) in lines.enumerated() {
            guard let scalar = line.unicodeScalars.first(where: Self.isPrivateUse) else { continue }
            let column = line.unicodeScalars.prefix { $0 != scalar }.count + 1
            let hex = String(scalar.value, radix: 16, uppercase: true)
            log.add(.documentPrivateUseCharacter, at: SourceLocation(path: path, line: index + 1, column: column),
                    Wording("the character U+\(hex) is from a private font and shows as an empty box to readers", "字符 U+\(hex) 来自私有字体，读者看到的是空白方框"),
                        fix: Wording("retype the character or delete it", "请重新输入该字符或将其删除"))
        }
    }
}
