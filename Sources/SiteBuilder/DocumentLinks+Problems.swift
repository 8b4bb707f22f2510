import ContentModel
import Foundation

/// What an editor is told of a link that leads nowhere now, in both languages, with what to do.
extension DocumentLinks {
    func broken(_ url: String, key: String, at location: SourceLocation) -> Diagnostic {
        guard let (siteID, path) = index.addresses.place(of: key) else {
            return Diagnostic(.linkBroken, at: location, Wording("the link \"\(url)\" leads to \(key), which does not exist", "链接“\(url)”指向的 \(key) 不存在"),
                          fix: key.hasSuffix(".md") ? Self.checkPath : Self.useAssets)
        }
        return Diagnostic(.linkBroken, at: location,
                      Wording("the link \"\(url)\" leads to \(key), which the site \(siteID) does not make", "链接“\(url)”指向的 \(key) 不是网站 \(siteID) 的页面或文件"),
                      fix: path.hasPrefix("assets/") ? Self.useAssets : Self.linkByFile)
    }

    /// A target that is not published: an error when an editor has to act, a warning when the link only waits.
    func withheld(_ url: String, why: LinkIndex.Withholding, file: String, at location: SourceLocation) -> Diagnostic {
        let leads = Wording("the link \"\(url)\" leads to", "链接“\(url)”指向的")
        switch why {
        case .nonPublic(let classification):
            return Diagnostic(.secrecyLinkToNonPublic, at: location,
                          Wording("\(leads.english) \(file), which is not public (classification: \(classification))",
                                  "\(leads.chinese) \(file) 不公开（密级：\(classification)）"),
                          fix: Wording("a public page may not link to a document that is not public: remove the link", "公开页面不得链接不公开的文件，请删除此链接"))
        case .draft:
            return Diagnostic(.linkUnpublished, at: location, Wording("\(leads.english) \(file), which is a draft", "\(leads.chinese) \(file) 是草稿"),
                          fix: Wording("publish that document first (remove `draft: true`), or remove the link", "请先发布该文件（删除 `draft: true`），或删除此链接"))
        case .awaitingReview:
            return Diagnostic(.linkUnpublished, at: location,
                          Wording("\(leads.english) \(file), which is waiting for review", "\(leads.chinese) \(file) 尚待审核"),
                          fix: Wording("approve it first (`review: approved`, or sitegroup sync approve), or remove the link",
                                       "请先审核通过该文件（`review: approved` 或 sitegroup sync approve），或删除此链接"))
        case .rejected:
            return Diagnostic(.linkUnpublished, at: location,
                          Wording("\(leads.english) \(file), which was rejected in review", "\(leads.chinese) \(file) 未通过审核"),
                          fix: Wording("remove the link", "请删除此链接"))
        case .scheduled(let date):
            let day = index.dates.minute(date)
            return Diagnostic(.linkScheduled, at: location,
                            Wording("\(leads.english) \(file), which is published only from \(day); until then its text is shown without the link",
                                    "\(leads.chinese) \(file) 将于 \(day) 发布，在此之前只显示链接文字"),
                            fix: Wording("nothing to do if that date is right (the link appears with the document); otherwise correct its date",
                                         "如发布日期无误则无需处理，文件发布后链接自动恢复；否则请更正该文件的日期"))
        case .expired(let date):
            let day = index.dates.minute(date)
            return Diagnostic(.linkExpired, at: location,
                            Wording("\(leads.english) \(file), which expired on \(day); its text is shown without the link",
                                    "\(leads.chinese) \(file) 已于 \(day) 过期，现只显示链接文字"),
                            fix: Wording("remove the link, or link to the document that replaces it", "请删除此链接，或改为链接替代它的文件"))
        case .retracted:
            return Diagnostic(.linkRetracted, at: location,
                            Wording("\(leads.english) \(file), which its source has withdrawn; its text is shown without the link",
                                    "\(leads.chinese) \(file) 已被来源网站撤回，现只显示链接文字"),
                            fix: Wording("remove the link", "请删除此链接"))
        case .pageNotMade:
            return Diagnostic(.linkPageNotMade, at: location,
                            Wording("\(leads.english) \(file), a page the site makes only while enough documents are published for it; its text is shown without the link",
                                    "\(leads.chinese) \(file) 只在有足够已发布文件时才生成，现只显示链接文字"),
                            fix: Wording("link to the first page of the list instead", "请改为链接栏目或目录的第一页"))
        }
    }

    private static let checkPath = Wording("check the file name and the number of ../ in the path", "请核对文件名和路径中 ../ 的个数")
    private static let useAssets = Wording("put the file under the site's assets/ folder and link to it there", "请把文件放到网站的 assets/ 文件夹中再链接")
    private static let linkByFile = Wording("link to a document by the relative path of its Markdown file, such as ../notices/a.md",
                                            "请按 Markdown 文件的相对路径链接文件，例如 ../notices/a.md")
}
