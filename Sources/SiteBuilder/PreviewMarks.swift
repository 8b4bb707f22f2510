import ContentModel
import Foundation

/// What a preview for review adds to every page it makes: `noindex`, so that no search engine lists a page before it
/// is published, and a banner saying the page is a preview, with the state of a document readers cannot see yet
/// (草稿, 待审核, 定时发布). A local preview showing drafts (`serve --drafts`) marks only the pages of such documents,
/// with their state. The marks are put into what the templates made rather than left to them, so a site's own `base`
/// template cannot make a preview page that looks published or that search engines take.
struct PreviewMarks {
    let language: Language
    let dates: DateText
    let isForReview: Bool

    static let noindex = #"<meta name="robots" content="noindex">"#

    func marked(_ html: String, hold: LinkIndex.Withholding?) -> String {
        let state = hold.flatMap(state(of:))
        guard isForReview || state != nil else { return html }
        var html = html
        insert(bannerHTML(state), after: "<body", in: &html)
        if isForReview { insert(Self.noindex, after: "<head", in: &html) }
        return html
    }

    /// Puts `mark` on its own line after the opening tag named `tag`, or at the start of a page that has no such tag.
    private func insert(_ mark: String, after tag: String, in html: inout String) {
        var search = html.startIndex
        while let start = html.range(of: tag, options: .caseInsensitive, range: search..<html.endIndex) {
            search = start.upperBound
            // `<head` also starts `<header`: only a tag that ends here is the one.
            guard let next = html[start.upperBound...].first, next == ">" || next.isWhitespace,
                  let close = html[start.upperBound...].firstIndex(of: ">") else { continue }
            html.insert(contentsOf: "\n" + mark, at: html.index(after: close))
            return
        }
        html = mark + "\n" + html
    }

    private func bannerHTML(_ state: (name: Wording, detail: Wording)?) -> String {
        let style = "margin:0;padding:.5rem 1rem;background:#fff3cd;color:#4d3800;border-bottom:2px solid #b58100;text-align:center"
        // A landmark of its own, so every part of a previewed page is in one (axe's `region`).
        let label = language == .chinese ? "预览说明" : "Preview"
        var lines = [#"<aside class="sg-preview" aria-label="\#(label)" style="\#(style)">"#]
        if isForReview { lines.append("<p>\(Self.preview.text(in: language))</p>") }
        if let state {
            lines.append(#"<p class="sg-preview-state"><strong>\#(state.name.text(in: language))</strong>\#(language == .chinese ? "：" : ": ")\#(state.detail.text(in: language))</p>"#)
        }
        lines.append("</aside>")
        return lines.joined(separator: "\n")
    }

    private static let preview = Wording("Preview for review: this version is not published, and may change before it is.",
                                         "预览：此版本仅供审核，尚未发布，发布前可能修改。")

    /// The banner's name for why a document is held back, and what publishes it.
    private func state(of hold: LinkIndex.Withholding) -> (name: Wording, detail: Wording)? {
        switch hold {
        case .draft:
            (Wording("Draft", "草稿"), Wording("published once <code>draft: true</code> is taken out of its front matter", "删除前置信息中的 <code>draft: true</code> 后发布"))
        case .awaitingReview:
            (Wording("Awaiting review", "待审核"), Wording("published once approved (<code>sitegroup sync approve</code>)", "审核通过（<code>sitegroup sync approve</code>）后发布"))
        case .scheduled(let date):
            (Wording("Scheduled", "定时发布"), Wording("published on \(dates.minute(date))", "将于 \(dates.minute(date)) 发布"))
        case .nonPublic, .rejected, .expired, .retracted, .pageNotMade:
            nil
        }
    }
}
