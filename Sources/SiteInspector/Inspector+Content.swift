import ContentModel
import Foundation
import SiteBuilder

/// Rules over documents: the secrecy gate (涉密信息不上网), accessible content, and policy documents published with
/// their interpretation (解读). Sensitive words are the pipeline's secrecy gate, which `build` runs too.
extension Inspector {
    static let vagueLinkTexts: Set<String> = ["点击这里", "点击此处", "点这里", "这里", "此处", "点击", "详情", "更多", "click here", "here", "more", "link"]

    func contentFindings(_ site: Site) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for document in site.documents + site.pages {
            let classification = document.frontMatter.classification
            if classification != FrontMatter.publicClassification {
                findings.append(Diagnostic(.secrecyNotPublished, at: SourceLocation(path: document.path),
                                           Wording("never published: its classification is \(classification)", "不公开：密级为“\(classification)”，不会发布"),
                                           fix: Wording("nothing to do if that is right; only `classification: public` documents are published",
                                                        "如无误则无需处理；只有 `classification: public` 的文件才会发布")))
                continue
            }
            guard let report = rendered.documents[document.path] else { continue }
            findings += accessibility(report)
            if let problem = missingInterpretation(report, site: site) { findings.append(problem) }
        }
        return findings
    }

    private func accessibility(_ report: RenderedDocument) -> [Diagnostic] {
        let document = report.document, outline = report.outline
        var findings: [Diagnostic] = []
        for image in outline.images where image.alt.trimmingCharacters(in: .whitespaces).isEmpty {
            findings.append(Diagnostic(.contentImageAlt, at: document.location(of: image.position),
                                       Wording("the image has no alt text, so screen readers cannot describe it", "图片缺少替代文字，读屏软件无法描述"),
                                       fix: Wording("describe it between the brackets: ![示例市地图](…)", "在方括号中写明图片内容：![示例市地图](…)")))
        }
        for table in outline.tables where !table.hasHeader {
            findings.append(Diagnostic(.contentTableHeader, at: document.location(of: table.position),
                                       Wording("the table's header row is empty", "表格的表头行为空"),
                                       fix: Wording("name each column in the first row", "请在第一行写明各列名称")))
        }
        var previous = 1
        for heading in outline.headings {
            if heading.level == 1 {
                findings.append(Diagnostic(.contentHeadingLevel, at: document.location(of: heading.position),
                                           Wording("a level-1 heading repeats the page title's level", "正文中的一级标题与页面标题同级"),
                                           fix: Wording("start sections with ## instead of #", "章节标题请用 ## 开头")))
            } else if heading.level > previous + 1 {
                findings.append(Diagnostic(.contentHeadingLevel, at: document.location(of: heading.position),
                                           Wording("the heading jumps from level \(previous) to level \(heading.level)", "标题层级从 \(previous) 级跳到了 \(heading.level) 级"),
                                           fix: Wording("use one # more than the heading above it", "比上一级标题多用一个 #")))
            }
            previous = heading.level
        }
        for link in outline.links where Self.vagueLinkTexts.contains(link.text.trimmingCharacters(in: .whitespaces).lowercased()) {
            findings.append(Diagnostic(.contentLinkText, at: document.location(of: link.position),
                                       Wording("the link text “\(link.text)” does not say where it leads", "链接文字“\(link.text)”没有说明链接去向"),
                                       fix: Wording("use the title of what it links to as the link text", "请用链接目标的标题作为链接文字")))
        }
        return findings
    }

    /// 政策文件 and their 解读 are published together: a policy document links to its interpretation.
    private func missingInterpretation(_ report: RenderedDocument, site: Site) -> Diagnostic? {
        let document = report.document
        guard let column = document.columnID.flatMap(site.column), column.kind == .policy, !document.isInterpretation else { return nil }
        let linked = report.linkedDocuments.compactMap { path in rendered.documents[path]?.document }
        guard !linked.contains(where: \.isInterpretation) else { return nil }
        return Diagnostic(.policyInterpretation, at: document.titleLocation,
                          Wording("the policy document does not link to its interpretation (解读)", "政策文件未链接其政策解读"),
                          fix: Wording("publish the 解读 and link to it, e.g. [政策解读](2024-policy-02.md)",
                                       "请同步发布政策解读并在文中链接，例如 [政策解读](2024-policy-02.md)"))
    }
}
