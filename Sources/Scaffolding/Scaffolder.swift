import ContentModel
import Foundation

/// `sitegroup new`: writes what an administrator or editor would otherwise copy by hand — a site, a column, a
/// document — with valid settings and front matter, and the fields left to fill marked, in the group's language.
/// Configuration files are changed by inserting lines (`ConfigText`), never written anew. A name that cannot be
/// used or a target that exists is refused (`ScaffoldRefusal`), and nothing is written.
public struct Scaffolder {
    let root: URL
    let group: SiteGroup
    /// The group's language: of the comments and marks written into files, and of messages unless told otherwise.
    public let language: Language
    /// When a document is dated.
    let now: Date

    /// Reads the group in `root`; throws `LoadError` when there is none.
    public init(root: String, now: Date = Date()) throws {
        self.root = URL(fileURLWithPath: root).standardizedFileURL
        group = try GroupLoader(root: root).load().group
        language = Language(groupLanguage: group.language)
        self.now = now
    }

    /// The mark of every value left for a person to fill in.
    var toFill: String { language == .chinese ? "待填写" : "TO FILL IN" }

    /// A comment in the group's language.
    func comment(_ english: String, _ chinese: String) -> String {
        language == .chinese ? chinese : english
    }

    /// Refuses a name that cannot be a folder of the output: `what` is the thing named, in both languages.
    func checkName(_ name: String, what: Wording) throws(ScaffoldRefusal) {
        guard !DocumentLoader.isValidSlug(name) || DocumentLoader.isReservedOnWindows(name) else { return }
        let proposal = DocumentLoader.proposedName(for: name).map { Wording(", such as \($0)", "，例如 \($0)") } ?? Wording("", "")
        throw ScaffoldRefusal(Wording("the \(what.english) \"\(name)\" cannot be used in a web address: use lower-case a-z, 0-9, '-' and '_'\(proposal.english), and no Windows device name",
                                      "\(what.chinese)“\(name)”不能用作网址：只能用小写 a-z、0-9、“-”和“_”\(proposal.chinese)，且不能是 Windows 设备名"))
    }

    func site(_ id: String) throws(ScaffoldRefusal) -> Site {
        guard let site = group.site(id) else {
            let known = group.sites.map(\.id).joined(separator: ", ")
            throw ScaffoldRefusal(Wording("there is no site \"\(id)\" (sites: \(known))", "没有网站“\(id)”（现有网站：\(known)）"))
        }
        return site
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func read(_ path: String) throws(ScaffoldRefusal) -> String {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
              let text = String(data: data, encoding: .utf8) else {
            throw ScaffoldRefusal(Wording("\(path) cannot be read as UTF-8 text", "无法以 UTF-8 文本读取 \(path)"))
        }
        return text
    }

    /// Writes each file whole or not at all (`FileSystem.replace`), once every change has been worked out.
    func write(_ files: [(path: String, text: String)]) throws {
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileSystem.createFolder(url.deletingLastPathComponent().path)
            try FileSystem.replace(url.path, with: Data(file.text.utf8))
        }
    }

    /// `date` as front matter writes it, in the group's time zone: `2026-12-01 09:30`, or the day alone.
    func text(of date: Date, minutes: Bool) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = group.timeZone
        formatter.dateFormat = minutes ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}

/// What `sitegroup new` did, for the command to tell.
public struct ScaffoldResult: Sendable {
    /// Group-relative paths of the files written for the first time.
    public let created: [String]
    /// Group-relative paths of the files changed.
    public let changed: [String]
    /// What the person has to do next.
    public let next: Wording
}
