import ContentModel
import Foundation

extension Scaffolder {
    /// A draft document in the column, dated now, named as government sites name files (`t20261201_1.md`); in a
    /// disclosure column (a `policy` column, or one whose documents are in the catalog) with its 信息公开 fields:
    /// the next free 索引号, 发布机构 and 成文日期 filled in, the rest marked to fill.
    public func newDocument(site siteID: String, column columnID: String, title: String) throws -> ScaffoldResult {
        let site = try site(siteID)
        guard let column = site.column(columnID) else {
            let known = site.columns.map(\.id).joined(separator: ", ")
            throw ScaffoldRefusal(Wording("the site \(siteID) has no column \"\(columnID)\" (columns: \(known))",
                                          "网站 \(siteID) 没有栏目“\(columnID)”（现有栏目：\(known)）"))
        }
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, !title.contains("\n") else {
            throw ScaffoldRefusal(Wording("give the document's title, such as \"关于做好森林防火工作的通知\"", "请写明文件标题，例如“关于做好森林防火工作的通知”"))
        }
        let documents = site.documents.filter { $0.columnID == columnID }
        let folder = "sites/\(siteID)/content/\(columnID)"
        let path = "\(folder)/\(fileName(in: folder, taken: Set(documents.map(\.slug)))).md"
        let disclosed = column.kind == .policy || documents.contains { $0.frontMatter.disclosure != nil }
        var lines = ["---", "title: \(YAMLText.scalar(title))", "date: \(text(of: now, minutes: true))", "source: \(YAMLText.scalar(site.name))",
                     "draft: true                      # \(comment("a draft: delete this line to publish, once reviewed", "草稿：审核通过后删除此行即发布"))"]
        if disclosed { lines += disclosureLines(site, latest: documents.max { $0.frontMatter.date < $1.frontMatter.date }) }
        lines += ["---", "", ""]
        try write([(path, lines.joined(separator: "\n"))])
        return ScaffoldResult(created: [path], changed: [],
                              next: disclosed
                                ? Wording("write the text below the front matter and fill in what is marked \(toFill); `sitegroup build --preview URL` shows the draft",
                                          "请在前置信息下方撰写正文，并填写标有“\(toFill)”的各项；`sitegroup build --preview 网址` 可预览草稿")
                                : Wording("write the text below the front matter; `sitegroup build --preview URL` shows the draft",
                                          "请在前置信息下方撰写正文；`sitegroup build --preview 网址` 可预览草稿"))
    }

    /// `t<yyyymmdd>_<n>` with the day in the group's time zone and `n` one above any of that day's in the column,
    /// as a file name or a slug.
    private func fileName(in folder: String, taken: Set<String>) -> String {
        let day = "t" + text(of: now, minutes: false).replacingOccurrences(of: "-", with: "") + "_"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        let used = (names.map { ($0 as NSString).deletingPathExtension } + taken)
            .compactMap { $0.hasPrefix(day) ? Int($0.dropFirst(day.count)) : nil }
        return day + String((used.max() ?? 0) + 1)
    }

    /// `summary:` and the `disclosure:` block. What the column's latest document wrote serves as example.
    private func disclosureLines(_ site: Site, latest: Document?) -> [String] {
        let year = Calendar(identifier: .gregorian).dateComponents(in: group.timeZone, from: now).year ?? 0
        let docNumber = latest?.frontMatter.disclosure.flatMap { $0.documentNumber.isEmpty ? nil : $0.documentNumber } ?? "示林发〔2026〕12号"
        let topic = latest?.frontMatter.disclosure.flatMap { $0.topic.isEmpty ? nil : $0.topic } ?? "综合政务\\政务公开"
        let index = IndexNumber.next(for: site, in: group, year: year).map {
            "index_no: \($0.text)   # \(comment("索引号: the next free number", "索引号：按已有编号顺延"))"
        } ?? "index_no: \"\"   # \(toFill)\(comment(": 索引号, <organisation code>/\(year)-00001", "：索引号，写成 机构代码/\(year)-00001"))"
        let publisher = site.identity.sponsor.isEmpty ? site.name : site.identity.sponsor
        return [
            "summary: \"\"                      # \(toFill)\(comment(": 内容概述, one or two sentences (the catalog requires it)", "：内容概述，一两句话（信息公开目录必填）"))",
            "disclosure:",
            "  \(index)",
            "  doc_no: \"\"                     # \(toFill)\(comment(": 文号, such as \(docNumber); delete the line if it has none", "：文号，如 \(docNumber)；没有文号可删除此行"))",
            "  publisher: \(YAMLText.scalar(publisher))   # 发布机构",
            "  written: \(text(of: now, minutes: false))            # \(comment("成文日期: correct it if it is not today", "成文日期：如不是今天请改正"))",
            "  topic: \"\"                      # \(toFill)\(comment(": 主题分类, such as \(topic)", "：主题分类，如 \(topic)"))",
            "  genre: \"\"                      # \(toFill)\(comment(": 体裁, such as 通知", "：体裁，如 通知"))",
            "  validity: 有效                   # 有效性",
        ]
    }
}
