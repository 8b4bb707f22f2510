import ContentModel
import Foundation

/// Applies one listing to one target column: decides for each item whether it is new, changed, unchanged,
/// edited here (a conflict) or not to be taken, and marks as retracted what a complete listing no longer has.
struct Importer {
    let rule: SyncRule
    /// The target site, kept up to date with what this importer writes.
    private(set) var site: Site
    let timeZone: TimeZone
    let now: Date
    let root: URL
    /// nil in a dry run: decisions are reported, nothing is written.
    let store: FileStore?
    private(set) var report: RuleReport
    /// Whether a file was written, which the run then flushes to the disk.
    private(set) var wrote = false
    private let text: DocumentText
    /// Where each imported document of the site is in `site.documents`, by origin id.
    private var importedAt: [String: Int]
    /// Slugs and file names used in the target column.
    private var takenNames: Set<String>

    init(rule: SyncRule, site: Site, timeZone: TimeZone, now: Date, root: URL, dryRun: Bool, report: RuleReport) {
        self.rule = rule
        self.site = site
        self.timeZone = timeZone
        self.now = now
        self.root = root
        self.store = dryRun ? nil : FileStore(root: root)
        self.report = report
        self.text = DocumentText(timeZone: timeZone)
        importedAt = [:]
        for (index, document) in site.documents.enumerated() {
            if let id = document.frontMatter.origin?.id, !id.isEmpty { importedAt[id] = index }
        }
        takenNames = Set(site.documents.filter { $0.columnID == rule.targetColumn }.flatMap { [$0.slug, Self.stem($0.path)] })
    }

    private var folder: String { "sites/\(rule.targetSite)/content/\(rule.targetColumn)" }

    mutating func apply(_ listing: SourceListing) {
        var offered = Set<String>()
        for item in listing.items where rule.filter.accepts(tags: item.tags, field: { item.fields[$0] }) {
            offered.insert(item.id)
            do {
                try take(item)
            } catch {
                report.failure = Wording("cannot write into \(folder): \(error.localizedDescription)", "无法写入 \(folder)：\(error.localizedDescription)")
                return
            }
        }
        if listing.items.isEmpty {
            report.notes.append(Wording("the source has no items; nothing was changed", "来源中没有条目；未作任何改动"))
            return
        }
        guard listing.complete else {
            report.withheld += listing.gaps
            return
        }
        for document in site.documents where document.columnID == rule.targetColumn && document.frontMatter.retracted == nil {
            guard let origin = document.frontMatter.origin, origin.rule == rule.name, !offered.contains(origin.id) else { continue }
            var matter = document.frontMatter
            matter.retracted = now
            do {
                try write(matter, body: document.body, to: document.path)
                report.retracted.append(.init(path: document.path, title: matter.title))
            } catch {
                report.failure = Wording("cannot write \(document.path): \(error.localizedDescription)", "无法写入 \(document.path)：\(error.localizedDescription)")
                return
            }
        }
    }

    private mutating func take(_ item: SourceItem) throws {
        guard item.originSite != rule.targetSite else {
            return skip(item, Wording("it was first published on \(rule.targetSite) itself", "该条目最初就发布于 \(rule.targetSite)"))
        }
        guard let date = item.date, !item.title.isEmpty else {
            return skip(item, item.problems.first ?? Wording("it has no title or date", "缺少标题或日期"))
        }
        // A Markdown body's relative links lead under the origin's address: any other scheme would make them scripts.
        guard item.base.isEmpty || Origin.isWebAddress(item.base) else {
            return skip(item, Wording("the origin site's address \"\(item.base)\" is not an http(s) address", "来源网站地址“\(item.base)”不是 http(s) 地址"))
        }
        let imported = ImportedContent(item, date: date)
        guard let existing = importedAt[item.id].map({ site.documents[$0] }) else {
            return try create(item, imported)
        }
        let origin = existing.frontMatter.origin!
        guard existing.columnID == rule.targetColumn else {
            return skip(item, Wording("it is already here as \(existing.path)", "已存在于 \(existing.path)"))
        }
        guard origin.rule.isEmpty || origin.rule == rule.name else {
            return skip(item, Wording("the rule \(origin.rule) already brought it here as \(existing.path)", "规则 \(origin.rule) 已将其导入为 \(existing.path)"))
        }
        let upstreamPath = String(existing.path.dropLast(".md".count)) + GroupLoader.upstreamSuffix
        let editedHere = ImportedContent(existing).fingerprint != origin.hash
        let changedThere = item.revision != origin.revision
        switch (changedThere, editedHere) {
        case (false, _) where existing.frontMatter.retracted == nil:
            if exists(upstreamPath) {
                report.conflicts.append(.init(path: existing.path, upstreamPath: upstreamPath))
            } else {
                report.unchanged += 1
            }
        case (_, true):
            // The editor's version stays; the source's waits beside it until someone merges it, and the origin
            // notes the revision already offered, so later runs do not write it again.
            let upstream = try text.text(frontMatter(for: item, imported, slug: existing.frontMatter.slug, keeping: existing.frontMatter), body: imported.body)
            if try store?.write(Data(upstream.utf8), to: upstreamPath) == true { wrote = true }
            var matter = existing.frontMatter
            matter.origin?.revision = item.revision
            try write(matter, body: existing.body, to: existing.path)
            report.conflicts.append(.init(path: existing.path, upstreamPath: upstreamPath))
        case (_, false):
            let matter = frontMatter(for: item, imported, slug: existing.frontMatter.slug, keeping: existing.frontMatter)
            try write(matter, body: imported.body, to: existing.path)
            report.updated.append(.init(path: existing.path, title: item.title))
            reportDroppedLink(of: item)
        }
    }

    private mutating func create(_ item: SourceItem, _ imported: ImportedContent) throws {
        guard let slug = freeSlug(for: item) else {
            return skip(item, Wording("no free file name for it in \(folder)", "在 \(folder) 中找不到可用的文件名"))
        }
        let path = "\(folder)/\(slug).md"
        var matter = frontMatter(for: item, imported, slug: nil, keeping: nil)
        if rule.review { matter.review = .pending }
        try write(matter, body: imported.body, to: path)
        report.created.append(.init(path: path, title: item.title))
        reportDroppedLink(of: item)
    }

    /// 信息来源 links only to http(s) pages: any other address from a feed could run a script on the group's pages.
    private mutating func reportDroppedLink(of item: SourceItem) {
        guard !item.link.isEmpty, !Origin.isWebAddress(item.link) else { return }
        report.notes.append(Wording("\(item.title): the link \"\(item.link)\" is not an http(s) address; it was dropped",
                                    "\(item.title)：链接“\(item.link)”不是 http(s) 地址，已舍弃"))
    }

    private mutating func skip(_ item: SourceItem, _ reason: Wording) {
        report.skipped.append(.init(id: item.id, title: item.title, reason: reason))
    }

    /// The front matter of an import: the item's own fields, plus what an editor set here (review, weight,
    /// disclosure, keys sitegroup does not interpret), which an update never takes away.
    private func frontMatter(for item: SourceItem, _ imported: ImportedContent, slug: String?, keeping local: FrontMatter?) -> FrontMatter {
        var matter = local ?? FrontMatter(title: imported.title, date: imported.date)
        matter.title = imported.title
        matter.date = imported.date
        matter.slug = slug
        matter.summary = imported.summary
        matter.author = imported.author
        matter.source = imported.source
        matter.tags = imported.tags
        matter.format = imported.format
        matter.replied = item.replied ?? local?.replied
        matter.retracted = nil
        matter.origin = Origin(site: item.originSite, siteName: item.originSiteName, url: Origin.isWebAddress(item.link) ? item.link : "",
                               id: item.id, revision: item.revision, syncedAt: text.date(now), hash: imported.fingerprint, rule: rule.name,
                               base: item.base, path: item.path)
        return matter
    }

    /// The item's own name where it is free, else the name with a part of its id's fingerprint, so the same item
    /// always gets the same name. Only a-z, 0-9, `-` and `_` survive: a name from a feed never leaves the column.
    private func freeSlug(for item: SourceItem) -> String? {
        let hash = Fingerprint.hex(Array(item.id.utf8))
        var slug = ""
        for scalar in item.slugHint.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-_"))
        if slug.isEmpty { slug = "item-\(hash.prefix(8))" }
        func isFree(_ candidate: String) -> Bool {
            !takenNames.contains(candidate) && !exists("\(folder)/\(candidate).md")
        }
        let site = String(item.originSite.lowercased().unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" })
        return [slug, "\(site)-\(slug)", "\(site)-\(slug)-\(hash.prefix(6))"].first(where: isFree)
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    private static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Writes the document and keeps the in-memory site in step, so later items and rules see it.
    private mutating func write(_ matter: FrontMatter, body: String, to path: String) throws {
        let contents = try text.text(matter, body: body)
        if try store?.write(Data(contents.utf8), to: path) == true { wrote = true }
        let document = Document(path: path, siteID: site.id, columnID: rule.targetColumn, slug: matter.slug ?? Self.stem(path),
                                slugLocation: SourceLocation(path: path), frontMatter: matter, body: body, bodyLine: 1,
                                revision: Fingerprint.hex(Array(contents.utf8)))
        if let id = matter.origin?.id, let index = importedAt[id], site.documents[index].path == path {
            site.documents[index] = document
        } else if let index = site.documents.firstIndex(where: { $0.path == path }) {
            site.documents[index] = document
        } else {
            site.documents.append(document)
            takenNames.formUnion([document.slug, Self.stem(path)])
            if let id = matter.origin?.id { importedAt[id] = site.documents.count - 1 }
        }
    }
}

/// The fields an import takes from its source, normalised as they will read back from the file.
/// Their fingerprint, kept as `origin.hash`, shows later whether an editor changed the document here.
struct ImportedContent {
    var title: String
    var date: Date
    var summary: String
    var author: String
    var source: String
    var tags: [String]
    var format: BodyFormat
    var body: String

    init(_ item: SourceItem, date: Date) {
        title = Self.line(item.title)
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        summary = Self.line(item.summary)
        author = Self.line(item.author)
        source = Self.line(item.source)
        tags = item.tags.map(Self.line).filter { !$0.isEmpty }
        format = item.format
        // Most bodies have no carriage return, and looking for one is far cheaper than replacing.
        body = item.body.utf8.contains(0x0D) ? item.body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : item.body
    }

    init(_ document: Document) {
        let matter = document.frontMatter
        title = matter.title
        date = matter.date
        summary = matter.summary
        author = matter.author
        source = matter.source
        tags = matter.tags
        format = matter.format
        body = document.body
    }

    var fingerprint: String {
        let fields = [title, String(Int(date.timeIntervalSince1970)), summary, author, source, tags.joined(separator: "\u{1F}"), format.rawValue, body]
        return Fingerprint.hex(Array(fields.joined(separator: "\u{1E}").utf8))
    }

    private static func line(_ text: String) -> String {
        text.collapsingWhitespace
    }
}
