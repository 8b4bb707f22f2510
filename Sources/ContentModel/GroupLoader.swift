import Foundation

/// Reads a site group from disk: `sitegroup.yaml`, `themes/*`, `sites/*/site.yaml` and every document.
/// Problems in the files become diagnostics; only an unreadable group throws.
public struct GroupLoader {
    public let root: URL
    /// Documents as last loaded, so unchanged files are not parsed again; nil reads every file in full.
    public let cache: DocumentMemory?
    /// The sites whose documents and pages are read; nil reads every site's. The others are read as configured
    /// (site.yaml, report filings) with no documents: a shard built from facts (`build --facts`) knows them from there.
    public let documentsOf: Set<String>?

    static let groupKeys = ["name", "portal", "timezone", "language", "feed_length", "disclosure", "check", "sync"]

    /// Beside a document the sync agent would not overwrite, it saves the source's version under this suffix.
    public static let upstreamSuffix = ".md.upstream"

    public init(root: String, cache: DocumentMemory? = nil, documentsOf: Set<String>? = nil) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL
        self.cache = cache
        self.documentsOf = documentsOf
    }

    public func load() throws -> LoadedGroup {
        try load(documents: true)
    }

    /// The group's and every site's configuration, with no document read: the sites' documents, pages and filings
    /// are empty until `loadContent(of:in:)` reads them. For a command that may need only a few sites, or none.
    public func loadConfiguration() throws -> LoadedGroup {
        try load(documents: false)
    }

    /// A site's documents, pages and filings, read into the site as `loadConfiguration()` gave it, and what was wrong in them.
    public func loadContent(of site: Site, in group: SiteGroup) throws -> (Site, [Diagnostic]) {
        let log = DiagnosticLog()
        cache?.use(timeZone: group.timeZone)
        var site = site
        try loadContent(of: &site, timeZone: group.timeZone, log: log)
        return (site, log.diagnostics)
    }

    private func load(documents: Bool) throws -> LoadedGroup {
        let log = DiagnosticLog()
        guard isPresent("sitegroup.yaml") else {
            throw LoadError.notAGroup(root: root.path)
        }
        var group = readGroupConfig(try readGroupText(), log: log)
        group.themes = try loadThemes(log: log)
        cache?.use(timeZone: group.timeZone)
        for siteID in try folders(in: "sites") {
            if var site = loadSite(siteID, themes: group.themes, check: group.check, log: log) {
                if documents, documentsOf?.contains(siteID) != false {
                    try loadContent(of: &site, timeZone: group.timeZone, log: log)
                } else if documents {
                    site.filings = try loadFilings(in: "sites/\(siteID)/reports", log: log)
                }
                group.sites.append(site)
            }
        }
        SyncRuleReader.check(group.syncRules, sites: group.sites, log: log)
        return LoadedGroup(group: group, diagnostics: log.diagnostics)
    }

    private func readGroupConfig(_ text: String, log: DiagnosticLog) -> SiteGroup {
        let source = YAMLSource(path: "sitegroup.yaml", lineOffset: 0, log: log)
        let start = SourceLocation(path: "sitegroup.yaml")
        var group = SiteGroup(root: root.path, name: "", portal: "", portalLocation: start,
                              timeZone: TimeZone(identifier: "Asia/Shanghai")!, language: "zh-CN", sites: [], themes: [:])
        guard let fields = source.composeMapping(text, rule: .groupSyntax) else { return group }
        fields.warnUnknownKeys(allowed: Self.groupKeys, rule: .groupUnknownKey)
        let rule = Rule.groupInvalid
        group.name = fields.requiredString("name", rule: .groupMissingName, example: "示例市人民政府网站群") ?? ""
        group.portal = fields.requiredString("portal", rule: .groupMissingPortal, example: "portal") ?? ""
        group.portalLocation = fields.valueLocation(of: "portal")
        group.language = fields.string("language", rule: rule) ?? group.language
        group.feedLength = fields.int("feed_length", rule: rule, minimum: 1) ?? group.feedLength
        if let disclosure = fields.mapping("disclosure", rule: rule) {
            disclosure.warnUnknownKeys(allowed: ["index_pattern", "topics"], rule: .groupUnknownKey)
            group.indexPattern = disclosure.string("index_pattern", rule: rule) ?? group.indexPattern
            group.indexPatternLocation = disclosure.valueLocation(of: "index_pattern")
            group.extraTopics = disclosure.strings("topics", rule: rule) ?? []
        }
        if let rules = fields.sequence("sync", rule: rule) {
            group.syncRules = SyncRuleReader(source: source).read(rules)
        }
        if let check = fields.mapping("check", rule: rule) {
            group.check = group.check.reading(check)
        }
        if let zone = fields.string("timezone", rule: rule) {
            if let timeZone = TimeZone(identifier: zone) {
                group.timeZone = timeZone
            } else {
                log.add(.groupInvalidTimezone, at: fields.valueLocation(of: "timezone"),
                        Wording("the time zone '\(zone)' is unknown", "时区“\(zone)”无法识别"),
                          fix: Wording("use a name such as `Asia/Shanghai`", "请使用 `Asia/Shanghai` 这样的时区名"))
            }
        }
        return group
    }

    private func loadThemes(log: DiagnosticLog) throws -> [String: Theme] {
        var themes: [String: Theme] = [:]
        for id in try folders(in: "themes") {
            var theme = Theme(id: id, path: "themes/\(id)")
            let configPath = "themes/\(id)/theme.yaml"
            if isPresent(configPath) {
                let source = YAMLSource(path: configPath, lineOffset: 0, log: log)
                if let text = readText(configPath, log: log), let fields = source.composeMapping(text, rule: .themeSyntax) {
                    fields.warnUnknownKeys(allowed: ["name", "extends"], rule: .themeUnknownKey)
                    theme.parent = fields.string("extends", rule: .themeInvalid)
                }
            }
            themes[id] = theme
        }
        return themes
    }

    /// A site's `site.yaml`, checked against the themes there are.
    private func loadSite(_ id: String, themes: [String: Theme], check: CheckSettings, log: DiagnosticLog) -> Site? {
        let folder = "sites/\(id)"
        let configPath = "\(folder)/site.yaml"
        // The folder's name is the site's folder in the output, so it follows the rule of every address.
        guard DocumentLoader.isValidSlug(id), !DocumentLoader.isReservedOnWindows(id) else {
            let fix = DocumentLoader.proposedName(for: id).map { Wording("rename the folder to sites/\($0)", "请把文件夹改名为 sites/\($0)") }
                ?? Wording("rename the folder using only a-z, 0-9, '-' and '_'", "文件夹名只用 a-z、0-9、'-' 和 '_'")
            log.add(.siteInvalidId, at: SourceLocation(path: folder),
                    Wording("the site folder \"\(id)\" cannot be used in a web address (lower-case a-z, 0-9, '-' and '_', and no Windows device name)",
                              "网站文件夹名“\(id)”不能用作网址（只能用小写 a-z、0-9、'-' 和 '_'，且不能是 Windows 设备名）"),
                      fix: fix)
            return nil
        }
        guard isPresent(configPath) else {
            log.add(.siteMissingConfig, at: SourceLocation(path: folder), Wording("the site folder has no site.yaml", "网站文件夹中没有 site.yaml"),
                    fix: Wording("add \(configPath) with at least `name:` and `base_url:`, or remove the folder", "请添加 \(configPath)，至少写明 `name:` 和 `base_url:`，或删除该文件夹"))
            return nil
        }
        let source = YAMLSource(path: configPath, lineOffset: 0, log: log)
        let reader = SiteConfigReader(source: source, check: check)
        guard let text = readText(configPath, log: log), let site = reader.read(text, siteID: id) else {
            return nil
        }
        if themes[site.theme] == nil {
            log.add(.siteUnknownTheme, at: SourceLocation(path: configPath),
                    Wording("the theme '\(site.theme)' does not exist", "主题“\(site.theme)”不存在"),
                      fix: Wording("use one of the folders in themes/: \(themes.keys.sorted().joined(separator: ", "))",
                                   "请使用 themes/ 中的文件夹：\(themes.keys.sorted().joined(separator: "、"))"))
        }
        return site
    }

    /// The files of a site's columns, pages and reports, read into it.
    private func loadContent(of site: inout Site, timeZone: TimeZone, log: DiagnosticLog) throws {
        let id = site.id
        let folder = "sites/\(id)"
        let configPath = site.configPath
        var documentFiles: [DocumentFile] = []
        for columnID in try folders(in: "\(folder)/content") {
            guard site.column(columnID) != nil else {
                log.add(.siteUndeclaredColumn, at: SourceLocation(path: configPath),
                        Wording("the folder content/\(columnID) is not a column of this site", "文件夹 content/\(columnID) 不是本网站的栏目"),
                          fix: Wording("declare it under `columns:` (`- { id: \(columnID), title: …, kind: news }`) or move its files", "请在 `columns:` 下声明该栏目（`- { id: \(columnID), title: …, kind: news }`），或移走其中的文件"))
                continue
            }
            for file in try files(in: "\(folder)/content/\(columnID)") {
                if file.hasSuffix(Self.upstreamSuffix) {
                    let document = String(file.dropLast(Self.upstreamSuffix.count - ".md".count))
                    log.add(.syncConflict, at: SourceLocation(path: file),
                            Wording("the source changed \(document) after it was edited here; this is the source's version, waiting to be merged",
                                        "\(document) 在本地修改后，来源网站又作了更新；此文件是来源网站的版本，等待合并"),
                                fix: Wording("copy what should stay from this file into \(document), then delete this file", "请把需要保留的内容从此文件合并到 \(document)，然后删除此文件"))
                    continue
                }
                guard file.hasSuffix(".md") else {
                    log.add(.siteFileNotPublished, at: SourceLocation(path: file),
                            Wording("only Markdown files of a column are published", "栏目中只发布 Markdown 文件"),
                                fix: Wording("put attachments and images in \(folder)/assets/ and link to them from the document", "请把附件和图片放在 \(folder)/assets/ 中，并在文档中链接"))
                    continue
                }
                documentFiles.append(DocumentFile(path: file, columnID: columnID))
            }
        }
        for file in try files(in: "\(folder)/content") {
            log.add(.siteDocumentOutsideColumn, at: SourceLocation(path: file), Wording("this file is not inside a column folder", "此文件不在任何栏目文件夹中"),
                    fix: Wording("move it into content/<column>/ or into pages/", "请移到 content/<栏目>/ 或 pages/ 中"))
        }
        documentFiles += try files(in: "\(folder)/pages").filter { $0.hasSuffix(".md") }.map { DocumentFile(path: $0, columnID: nil) }
        reportCaseCollisions(documentFiles.map(\.path), log: log)
        site.filings = try loadFilings(in: "\(folder)/reports", log: log)
        for document in try loadDocuments(documentFiles, siteID: id, timeZone: timeZone, log: log) {
            if document.columnID == nil { site.pages.append(document) } else { site.documents.append(document) }
        }
    }

    /// The annual reports' figures editors filled in, `reports/<year>.yaml`.
    private func loadFilings(in folder: String, log: DiagnosticLog) throws -> [ReportFiling] {
        try files(in: folder).compactMap { path in
            guard let year = ReportFilingReader.year(ofFile: String(path.dropFirst(folder.count + 1))) else {
                log.add(.reportInvalidName, at: SourceLocation(path: path),
                        Wording("this file is not named for the year it reports", "此文件没有以所报年度命名"),
                        fix: Wording("name it like \(folder)/2026.yaml", "请命名为 \(folder)/2026.yaml 这样的形式"))
                return nil
            }
            guard let text = readText(path, log: log) else { return nil }
            return ReportFilingReader(source: YAMLSource(path: path, lineOffset: 0, log: log)).read(text, year: year)
        }
    }

    /// Names that differ only in capitals are one file on Windows and macOS disks, where a checkout keeps one of them.
    private func reportCaseCollisions(_ paths: [String], log: DiagnosticLog) {
        var seen: [String: String] = [:]
        for path in paths {
            guard let earlier = seen[path.lowercased()] else {
                seen[path.lowercased()] = path
                continue
            }
            log.add(.documentCaseCollision, at: SourceLocation(path: path),
                    Wording("the name differs from \(earlier) only in capitals, so on Windows and macOS both are the same file",
                              "文件名与 \(earlier) 仅大小写不同，在 Windows 和 macOS 上两者是同一个文件"),
                      fix: Wording("rename one of them, using only a-z, 0-9, '-' and '_'", "请重命名其中一个，只用 a-z、0-9、'-' 和 '_'"))
        }
    }

    /// A Markdown file to load, and the column it belongs to (nil for a standalone page).
    private struct DocumentFile: Sendable {
        let path: String
        let columnID: String?
    }

    /// Reads and parses documents in chunks across cores; each chunk has its own date reader and log,
    /// merged in file order so the result does not depend on scheduling.
    private func loadDocuments(_ files: [DocumentFile], siteID: String, timeZone: TimeZone, log: DiagnosticLog) throws -> [Document] {
        let chunkSize = 64
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { Array(files[$0..<min($0 + chunkSize, files.count)]) }
        let root = self.root, cache = self.cache
        let results = chunks.parallelMap { chunk -> ([Document], [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            let dates = DateReader(timeZone: timeZone)
            var documents: [Document] = []
            for file in chunk {
                let fullPath = root.path + "/" + file.path
                let stamp = cache == nil ? nil : FileStamp(path: fullPath)
                if let stamp, let (document, known) = cache?.document(at: file.path, stamp: stamp) {
                    documents.append(document)
                    diagnostics += known
                    continue
                }
                let data: Data
                do throws(UnreadableFile) {
                    data = try FileReader.read(fullPath)
                } catch {
                    diagnostics.append(error.diagnostic(at: file.path))
                    continue
                }
                let revision = Fingerprint.hex(data)
                if let stamp, let (document, known) = cache?.document(at: file.path, contents: data, revision: revision, stamp: stamp) {
                    documents.append(document)
                    diagnostics += known
                    continue
                }
                let fileLog = DiagnosticLog()
                let document = DocumentLoader(dates: dates, log: fileLog)
                    .load(contents: data, path: file.path, siteID: siteID, columnID: file.columnID, revision: revision)
                if let stamp { cache?.remember(document, diagnostics: fileLog.diagnostics, contents: data, stamp: stamp) }
                diagnostics += fileLog.diagnostics
                if let document { documents.append(document) }
            }
            return (documents, diagnostics)
        }
        var documents: [Document] = []
        for (loaded, diagnostics) in results {
            documents += loaded
            diagnostics.forEach(log.add)
        }
        return documents
    }

    /// Sorted names of the sub-folders of a group-relative folder; none if it does not exist.
    private func folders(in folder: String) throws -> [String] {
        try listing(of: folder).filter(\.isFolder).map(\.name)
    }

    /// Sorted group-relative paths of the regular files directly in a folder.
    private func files(in folder: String) throws -> [String] {
        try listing(of: folder).filter { !$0.isFolder }.map { "\(folder)/\($0.name)" }
    }

    /// The names in a folder, hidden ones left out, sorted, and which are folders. Read with `readdir`, whose entries
    /// say whether they are folders: asking the file system about each of a large group's files cost more than listing them.
    private func listing(of folder: String) throws -> [(name: String, isFolder: Bool)] {
        guard isDirectory(folder) else { return [] }
        guard let stream = opendir(root.path + "/" + folder) else {
            let failure = UnreadableFile(code: errno)
            throw LoadError.unreadable(path: folder, reason: "\(failure.reason.english); \(failure.fix.english)")
        }
        defer { closedir(stream) }
        var found: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let type = entry.pointee.d_type
            found.append((name, type == DT_DIR || (type == DT_UNKNOWN || type == DT_LNK) && isDirectory("\(folder)/\(name)")))
        }
        return found.sorted { $0.name < $1.name }
    }

    /// Whether a name is in its folder, even as a link that cannot be followed, which is then reported as unreadable.
    private func isPresent(_ path: String) -> Bool {
        var status = stat()
        return lstat(root.path + "/" + path, &status) == 0
    }

    /// With `stat` on a plain path: building a URL for each of a large group's files cost more than the check.
    private func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(root.path + "/" + path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// `sitegroup.yaml`, without which nothing else can be read.
    private func readGroupText() throws -> String {
        let data: Data
        do throws(UnreadableFile) {
            data = try FileReader.read(root.path + "/sitegroup.yaml")
        } catch {
            throw LoadError.unreadable(path: "sitegroup.yaml", reason: "\(error.reason.english); \(error.fix.english)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError.unreadable(path: "sitegroup.yaml", reason: "the file is not UTF-8 text")
        }
        return text
    }

    /// A configuration file's text, or nil after reporting why it cannot be read.
    private func readText(_ path: String, log: DiagnosticLog) -> String? {
        let data: Data
        do throws(UnreadableFile) {
            data = try FileReader.read(root.path + "/" + path)
        } catch {
            log.add(error.diagnostic(at: path))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.add(.fileEncoding, at: SourceLocation(path: path), Wording("the file is not UTF-8 text", "文件不是 UTF-8 编码的文本"),
                    fix: Wording("save it as UTF-8 (in most editors: Save with Encoding → UTF-8)", "请另存为 UTF-8 编码（多数编辑器：另存为 → 编码选 UTF-8）"))
            return nil
        }
        return text
    }
}
