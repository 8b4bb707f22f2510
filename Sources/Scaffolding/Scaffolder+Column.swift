import ContentModel
import Foundation

extension Scaffolder {
    /// Adds the column to the site's `columns:` and, when the site lists its menu, to the end of `nav:`.
    public func newColumn(site siteID: String, id: String, title: String, kind kindName: String) throws -> ScaffoldResult {
        let site = try site(siteID)
        try checkName(id, what: Wording("column id", "栏目 id"))
        guard site.column(id) == nil else {
            throw ScaffoldRefusal(Wording("the site \(siteID) already has a column \(id)", "网站 \(siteID) 已有栏目 \(id)"))
        }
        guard !Validator.reservedSlugs.contains(id), !site.pages.contains(where: { $0.slug == id }) else {
            throw ScaffoldRefusal(Wording("the address \(id)/ of the site \(siteID) is taken by sitegroup's own pages or a page of the site; choose another id",
                                          "网站 \(siteID) 的网址 \(id)/ 已被 sitegroup 自身的页面或本网站的页面占用；请换一个 id"))
        }
        guard let kind = ColumnKind(rawValue: kindName) else {
            let kinds = ColumnKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ScaffoldRefusal(Wording("the column kind \"\(kindName)\" is unknown (kinds: \(kinds))", "栏目类型“\(kindName)”无法识别（可用的类型：\(kinds)）"))
        }
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, !title.contains("\n") else {
            throw ScaffoldRefusal(Wording("give the column's title with --title", "请用 --title 写明栏目名称"))
        }
        var text = ConfigText(try read(site.configPath), path: site.configPath)
        try text.append(item: ["{ id: \(id), title: \(YAMLText.scalar(title)), kind: \(kind.rawValue) }"], toList: "columns")
        try text.append(name: id, toNames: "nav")
        try write([(site.configPath, text.text)])
        return ScaffoldResult(created: [], changed: [site.configPath],
                              next: Wording("write its first document with `sitegroup new doc \(siteID)/\(id) \"<title>\"`",
                                            "用 `sitegroup new doc \(siteID)/\(id) \"标题\"` 撰写该栏目的第一篇文件"))
    }
}
