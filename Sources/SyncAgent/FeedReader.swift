import ContentModel
import Foundation
import Markup

/// Reads RSS 2.0 and Atom 1.0 from any CMS with libxml2, in the encodings such sites use.
/// sitegroup's own feeds are read through its namespace, so their items arrive as they were written:
/// stable id, revision, origin and Markdown body. Other feeds' HTML bodies are sanitized and their links made absolute.
public struct FeedReader {
    /// Where the feed was read from; relative item links resolve against it.
    public let address: URL?
    /// Reads dates; those written without a zone are in the group's.
    private let dates: FeedDate

    static let sitegroup = "urn:sitegroup:feed:1"
    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    /// Labels sites give GB2312 text that often holds GBK characters too; GB18030 reads them all.
    static let gbFamily: Set<String> = ["GB2312", "GBK", "GB_2312-80", "EUC-CN", "CP936"]

    public init(address: URL?, timeZone: TimeZone) {
        self.address = address
        self.dates = FeedDate(timeZone: timeZone)
    }

    /// - Parameter contentType: the HTTP `Content-Type`, whose charset wins for XML media types.
    public func read(_ data: Data, contentType: String? = nil) -> Result<SourceListing, SourceFailure> {
        guard !data.isEmpty else {
            return .failure(SourceFailure(Wording("the response is empty", "响应内容为空")))
        }
        let tree: XMLTree, encoding: String
        switch parse(data, httpCharset: HTTPCharset(contentType: contentType)?.name) {
        case .success(let parsed): (tree, encoding) = parsed
        case .failure(let error):
            return .failure(SourceFailure(Wording("not well-formed XML (line \(error.line): \(error.message)); a truncated or broken feed is skipped whole",
                                                  "不是格式正确的 XML（第 \(error.line) 行：\(error.message)）；残缺或损坏的订阅整体跳过")))
        }
        guard let root = tree.root else {
            return .failure(SourceFailure(Wording("the document has no root element", "文档没有根元素")))
        }
        var listing: SourceListing
        switch (root.name, root.namespace) {
        case ("rss", nil):
            guard let channel = root.first("channel") else {
                return .failure(SourceFailure(Wording("the RSS document has no <channel>", "RSS 文档缺少 <channel>")))
            }
            listing = rss(channel)
        case ("feed", Self.atom?):
            listing = atom(root)
        case ("RDF", _):
            return .failure(SourceFailure(Wording("RSS 1.0 (RDF) is not read; ask the site for its RSS 2.0 or Atom feed", "不支持 RSS 1.0（RDF）；请向该网站索取 RSS 2.0 或 Atom 订阅")))
        default:
            return .failure(SourceFailure(Wording("not a feed: the document is <\(root.name)>, not <rss> or Atom's <feed>", "不是订阅：文档根元素为 <\(root.name)>，而非 <rss> 或 Atom 的 <feed>")))
        }
        listing.encoding = encoding
        if listing.items.isEmpty {
            listing.problems.append(Wording("the feed has no items", "订阅中没有任何条目"))
        }
        return .success(listing)
    }

    /// Parses in the HTTP charset when there is one (RFC 7303: the server's word outranks the document's, as
    /// feedparser reads feeds), else as declared. A GB2312 label often hides GBK characters, so a failed reading
    /// is retried as GB18030 (which contains both), then as UTF-8 (a label copied from an old template).
    private func parse(_ data: Data, httpCharset: String?) -> Result<(XMLTree, String), XMLTree.ParseError> {
        // A byte-order mark outranks every label.
        if let charset = httpCharset, !data.starts(with: [0xEF, 0xBB, 0xBF]) {
            for encoding in [charset] + (Self.gbFamily.contains(charset) ? ["GB18030"] : []) {
                if case .success(let tree) = XMLTree.parse(data, encoding: encoding) {
                    return .success((tree, encoding == charset ? "\(charset) (HTTP charset)" : "\(charset) (HTTP charset, read as \(encoding))"))
                }
            }
        }
        let error: XMLTree.ParseError
        switch XMLTree.parse(data) {
        case .success(let tree): return .success((tree, tree.declaredEncoding?.uppercased() ?? "UTF-8"))
        case .failure(let failure): error = failure
        }
        let declared = error.declaredEncoding?.uppercased()
        var retries = ["UTF-8"]
        if let declared, Self.gbFamily.contains(declared) { retries.insert("GB18030", at: 0) }
        for encoding in retries where encoding != declared {
            if case .success(let tree) = XMLTree.parse(data, encoding: encoding) {
                return .success((tree, "\(declared ?? "UTF-8") (read as \(encoding))"))
            }
        }
        return .failure(error)
    }

    // MARK: RSS 2.0

    private func rss(_ channel: XMLElement) -> SourceListing {
        let link = resolve(clean(channel.first("link")?.text ?? ""), against: address) ?? address?.absoluteString ?? ""
        let title = clean((channel.first("title") ?? channel.first("title", in: Self.dublinCore))?.text ?? "")
        let isSitegroup = channel.first("complete", in: Self.sitegroup) != nil
        let items = channel.all("item").map { rssItem($0, channelLink: link, channelTitle: title) }
        return SourceListing(kind: .rss, encoding: "", isSitegroup: isSitegroup, title: title, link: link, items: items,
                             complete: channel.first("complete", in: Self.sitegroup)?.text == "true", problems: [])
    }

    private func rssItem(_ item: XMLElement, channelLink: String, channelTitle: String) -> SourceItem {
        var problems: [Wording] = []
        let guidElement = item.first("guid")
        let guid = clean(guidElement?.text ?? "")
        // A guid is the item's address unless it says otherwise (`isPermaLink` defaults to true).
        let permalink = guidElement?.attribute("isPermaLink")?.lowercased() == "false" ? "" : guid
        let given = clean(item.first("link")?.text ?? "")
        let link = resolve(given.isEmpty ? permalink : given, against: URL(string: channelLink) ?? address) ?? ""
        let dateText = [item.first("pubDate"), item.first("date", in: Self.dublinCore), item.first("issued", in: Self.dublinCoreTerms),
                        item.first("created", in: Self.dublinCoreTerms), item.first("modified", in: Self.dublinCoreTerms)]
            .lazy.compactMap { $0?.text }.first
        let categories = item.all("category")
        let tags = categories.filter { $0.attribute("domain") == "tag" }.map { clean($0.text) }
        let html = item.first("encoded", in: Self.content)?.text ?? item.first("description")?.text ?? ""
        var entry = FeedEntry(
            line: item.line, title: clean((item.first("title") ?? item.first("title", in: Self.dublinCore))?.text ?? ""), link: link, guid: guid,
            dateText: dateText, updatedText: item.first("modified", in: Self.dublinCoreTerms)?.text,
            author: clean(item.first("creator", in: Self.dublinCore)?.text ?? item.first("author")?.text ?? ""),
            tags: tags.isEmpty ? categories.map { clean($0.text) }.filter { !$0.isEmpty } : tags,
            html: html, summary: clean(item.first("description")?.text ?? ""))
        if guid.isEmpty { problems.append(Wording("no <guid>: the item is known by its link", "缺少 <guid>：以链接识别该条目")) }
        entry.problems = problems
        return sourceItem(entry, sitegroup: item, channelLink: channelLink, channelTitle: channelTitle)
    }

    // MARK: Atom 1.0

    private func atom(_ feed: XMLElement) -> SourceListing {
        let link = alternateLink(of: feed, base: address) ?? address?.absoluteString ?? ""
        let title = atomText(feed.first("title", in: Self.atom))
        let items = feed.all("entry", in: Self.atom).map { atomEntry($0, feedLink: link, feedTitle: title) }
        return SourceListing(kind: .atom, encoding: "", isSitegroup: false, title: title, link: link, items: items,
                             complete: false, problems: [])
    }

    private func atomEntry(_ entry: XMLElement, feedLink: String, feedTitle: String) -> SourceItem {
        let base = entry.attribute("base").flatMap { URL(string: $0, relativeTo: address) } ?? URL(string: feedLink) ?? address
        let link = alternateLink(of: entry, base: base) ?? ""
        let content = entry.first("content", in: Self.atom)
        let summary = entry.first("summary", in: Self.atom)
        var item = FeedEntry(
            line: entry.line, title: atomText(entry.first("title", in: Self.atom)), link: link,
            guid: clean(entry.first("id", in: Self.atom)?.text ?? ""),
            dateText: [entry.first("published", in: Self.atom), entry.first("issued", in: Self.dublinCoreTerms), entry.first("updated", in: Self.atom)]
                .lazy.compactMap { $0?.text }.first,
            updatedText: entry.first("updated", in: Self.atom)?.text,
            author: clean(entry.first("author", in: Self.atom)?.first("name", in: Self.atom)?.text ?? ""),
            tags: entry.all("category", in: Self.atom).compactMap { $0.attribute("term") }.map(clean).filter { !$0.isEmpty },
            html: atomHTML(content ?? summary), summary: atomText(summary))
        if item.guid.isEmpty { item.problems.append(Wording("no <id>: the entry is known by its link", "缺少 <id>：以链接识别该条目")) }
        return sourceItem(item, sitegroup: nil, channelLink: feedLink, channelTitle: feedTitle)
    }

    private func alternateLink(of element: XMLElement, base: URL?) -> String? {
        let links = element.all("link", in: Self.atom)
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        return alternate?.attribute("href").flatMap { resolve($0, against: base) }
    }

    /// An Atom text construct as plain text.
    private func atomText(_ element: XMLElement?) -> String {
        guard let element else { return "" }
        switch element.attribute("type") {
        case "html": return clean(HTMLSanitizer(base: nil).sanitize(element.text).plainText)
        default: return clean(element.text)
        }
    }

    /// An Atom text construct as HTML.
    private func atomHTML(_ element: XMLElement?) -> String {
        guard let element else { return "" }
        switch element.attribute("type") {
        case "html": return element.text
        case "xhtml": return element.innerXML
        default: return element.text.split(separator: "\n\n").map { "<p>\(escape(String($0)))</p>" }.joined(separator: "\n")
        }
    }

    // MARK: Items

    /// What every feed format gives, before it becomes a `SourceItem`.
    private struct FeedEntry {
        var line: Int
        var title: String
        var link: String
        var guid: String
        var dateText: String?
        var updatedText: String?
        var author: String
        var tags: [String]
        var html: String
        var summary: String
        var problems: [Wording] = []
    }

    private func sourceItem(_ entry: FeedEntry, sitegroup fields: XMLElement?, channelLink: String, channelTitle: String) -> SourceItem {
        var entry = entry
        func sg(_ name: String) -> String? { fields?.first(name, in: Self.sitegroup)?.text }
        let host = URL(string: channelLink)?.host ?? address?.host ?? ""
        var date = entry.dateText.flatMap(dates.date)
        if let text = sg("date") { date = dates.date(text) ?? date }
        if date == nil {
            entry.problems.append(entry.dateText == nil
                ? Wording("no publication date: the item cannot be imported", "缺少发布日期：无法导入")
                : Wording("the date \"\(entry.dateText!)\" cannot be read: the item cannot be imported", "无法识别日期“\(entry.dateText!)”：无法导入"))
        }
        if entry.title.isEmpty { entry.problems.append(Wording("no title: the item cannot be imported", "缺少标题：无法导入")) }
        if let link = sg("origin-url") { entry.link = link }
        if !entry.link.isEmpty, !Origin.isWebAddress(entry.link) {
            entry.problems.append(Wording("the link \"\(entry.link)\" is not an http(s) address; it is dropped on import",
                                          "链接“\(entry.link)”不是 http(s) 地址，导入时将被舍弃"))
        }
        if let id = sg("id"), let markdown = sg("markdown") {
            return sitegroupItem(entry, id: id, body: markdown, date: date, sg: sg, host: host)
        }
        return htmlItem(entry, date: date, host: host, channelTitle: channelTitle)
    }

    /// An item of sitegroup's own feed, as its origin wrote it. A body that says it is HTML is cleaned like any
    /// other feed's: the namespace proves nothing about who wrote the feed.
    private func sitegroupItem(_ entry: FeedEntry, id: String, body: String, date: Date?, sg: (String) -> String?, host: String) -> SourceItem {
        var problems = entry.problems
        let format = BodyFormat(rawValue: sg("format") ?? "") ?? .markdown
        let origin = sg("site") ?? host
        if let base = sg("base"), !Origin.isWebAddress(base) {
            problems.append(Wording("the origin site's address \"\(base)\" is not an http(s) address: the item cannot be imported",
                                    "来源网站地址“\(base)”不是 http(s) 地址：无法导入"))
        }
        return SourceItem(
            id: id, title: entry.title, link: entry.link, date: date, updated: entry.updatedText.flatMap(dates.date), author: entry.author,
            summary: clean(sg("summary") ?? ""), source: clean(sg("source") ?? ""), tags: entry.tags,
            replied: sg("replied").flatMap(dates.date),
            body: format == .markdown ? body : sanitize(body, link: entry.link, problems: &problems).html, format: format,
            revision: sg("revision") ?? "", originSite: origin, originSiteName: sg("site-name") ?? origin, base: sg("base") ?? "", path: sg("path") ?? "",
            slugHint: String(id.split(separator: "/").last ?? ""),
            fields: ["author": entry.author, "source": clean(sg("source") ?? ""), "kind": sg("kind") ?? "", "column": sg("column") ?? ""],
            problems: problems)
    }

    /// An item of any other CMS's feed: its HTML body made safe, its links made absolute.
    private func htmlItem(_ entry: FeedEntry, date: Date?, host: String, channelTitle: String) -> SourceItem {
        var problems = entry.problems
        let clean = sanitize(entry.html, link: entry.link, problems: &problems)
        let id = itemID(entry, host: host, date: date)
        let summary = entry.summary == entry.html ? clean.firstParagraph : HTMLSanitizer(base: nil).sanitize(entry.summary).plainText
        let revision = Fingerprint.hex(Array([entry.title, date.map { String(Int($0.timeIntervalSince1970)) } ?? "", entry.author,
                                              entry.tags.joined(separator: "\u{1F}"), clean.html].joined(separator: "\u{1E}").utf8))
        let slugSource = webURL(entry.link)?.deletingPathExtension().lastPathComponent ?? ""
        return SourceItem(
            id: id, title: entry.title, link: entry.link, date: date, updated: entry.updatedText.flatMap(dates.date), author: entry.author,
            summary: String(self.clean(summary).prefix(200)), tags: entry.tags, body: clean.html, format: .html, revision: revision,
            originSite: host, originSiteName: channelTitle.isEmpty ? host : channelTitle,
            slugHint: slugSource.isEmpty || slugSource == "/" ? String(id.split(separator: "/").last ?? "") : slugSource,
            fields: ["author": entry.author], problems: problems)
    }

    /// The body made safe; relative addresses in it resolve against the item's page when that is a web address.
    private func sanitize(_ html: String, link: String, problems: inout [Wording]) -> HTMLSanitizer.Result {
        let clean = HTMLSanitizer(base: webURL(link)).sanitize(html)
        if !clean.removed.isEmpty {
            problems.append(Wording("removed from the body: \(clean.removed.joined(separator: ", "))", "已从正文中删除：\(clean.removed.joined(separator: "、"))"))
        }
        return clean
    }

    private func webURL(_ link: String) -> URL? {
        Origin.isWebAddress(link) ? URL(string: link) : nil
    }

    /// The guid as given when it is an address or a URN; otherwise it is only unique within its site, so the host goes in front.
    /// Without a guid, the link; without a link, a fingerprint of title and date.
    private func itemID(_ entry: FeedEntry, host: String, date: Date?) -> String {
        let given = entry.guid.isEmpty ? entry.link : entry.guid
        if given.isEmpty {
            return "\(host):" + Fingerprint.hex(Array((entry.title + (date.map { "\($0.timeIntervalSince1970)" } ?? "")).utf8))
        }
        if given.contains("://") || given.hasPrefix("urn:") || given.hasPrefix("tag:") { return given }
        return "\(host):\(given)"
    }

    private func resolve(_ link: String, against base: URL?) -> String? {
        guard !link.isEmpty else { return nil }
        return URL(string: link, relativeTo: base)?.absoluteString
    }

    private func clean(_ text: String) -> String {
        text.collapsingWhitespace
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
