import Foundation

/// The rules of the public information-disclosure catalog: each item needs 索引号, 名称, 内容概述 and
/// 生成日期 (条例 §12); 索引号 is unique in the group and follows its pattern; 主题分类, 体裁 and 有效性
/// come from their vocabularies.
extension Validator {
    func disclosureProblems(_ group: SiteGroup) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let pattern = try? NSRegularExpression(pattern: group.indexPattern) else {
            return [Diagnostic(.groupInvalidIndexPattern, at: group.indexPatternLocation,
                               Wording("'index_pattern' is not a valid regular expression", "“index_pattern”不是有效的正则表达式"),
                               fix: Wording("write it like '^[0-9A-Z-]{9,18}/[0-9]{4}-[0-9]{5}$', in single quotes", "写成 '^[0-9A-Z-]{9,18}/[0-9]{4}-[0-9]{5}$' 的形式，并加单引号"))]
        }
        var seen: [String: Document] = [:]
        for site in group.sites {
            let topics = Set(DisclosureVocabulary.topics + group.extraTopics + site.extraTopics)
            for document in site.documents + site.pages {
                guard let disclosure = document.frontMatter.disclosure else { continue }
                problems += itemProblems(document, disclosure, pattern: pattern, topics: topics)
                let number = disclosure.indexNumber
                guard !number.isEmpty else { continue }
                if let first = seen[number] {
                    problems.append(Diagnostic(.disclosureDuplicateIndex, at: disclosure.location(of: "index_no"),
                                               Wording("the 索引号 \(number) is already used by \(first.path)", "索引号 \(number) 已被 \(first.path) 使用"),
                                               fix: Wording("give this document the next free number of its year", "请为本文件编写该年度下一个未用的序号")))
                } else {
                    seen[number] = document
                }
            }
        }
        return problems
    }

    private func itemProblems(_ document: Document, _ disclosure: Disclosure, pattern: NSRegularExpression,
                              topics: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func error(_ key: String, _ rule: Rule, _ message: Wording, fix: Wording) {
            problems.append(Diagnostic(rule, at: disclosure.location(of: key), message, fix: fix))
        }
        let number = disclosure.indexNumber
        if number.isEmpty {
            error("index_no", .disclosureMissingIndex, Wording("a disclosed document needs 'index_no' (索引号)", "公开目录中的文件须填写索引号（index_no）"),
                  fix: Wording("add `index_no: <organisation code>/<year>-<five-digit number>` under `disclosure:`", "在 `disclosure:` 下添加 `index_no: 机构代码/年份-五位序号`"))
        } else if pattern.firstMatch(in: number, range: NSRange(number.startIndex..., in: number)) == nil {
            error("index_no", .disclosureInvalidIndex, Wording("the 索引号 \"\(number)\" does not follow the group's pattern", "索引号“\(number)”不符合网站群规定的格式"),
                  fix: Wording("write it like 000014349/2017-00110 (organisation code / year - five digits)", "写成 000014349/2017-00110 的形式（机构代码/年份-五位序号）"))
        }
        if document.frontMatter.summary.isEmpty {
            problems.append(Diagnostic(.disclosureMissingSummary, at: disclosure.location,
                                       Wording("a disclosed document needs 'summary' (内容概述) in its front matter", "公开目录中的文件须在前置信息中填写内容概述（summary）"),
                                       fix: Wording("add `summary:` with one or two sentences on what the document is about", "添加 `summary:`，用一两句话概述文件内容")))
        }
        if let written = disclosure.written {
            if written > document.frontMatter.date {
                error("written", .disclosureWrittenAfterDate, Wording("the 成文日期 is later than the publication date", "成文日期晚于发布日期"),
                      fix: Wording("check both dates: a document is written before it is published", "请核对两个日期：文件应先成文后发布"))
            }
        } else {
            error("written", .disclosureMissingWritten, Wording("a disclosed document needs 'written' (成文日期, 生成日期)", "公开目录中的文件须填写成文日期（written）"),
                  fix: Wording("add `written: 2024-05-01` under `disclosure:`", "在 `disclosure:` 下添加 `written: 2024-05-01`"))
        }
        if !disclosure.topic.isEmpty, !topics.contains(disclosure.topic) {
            error("topic", .disclosureUnknownTopic, Wording("the 主题分类 \"\(disclosure.topic)\" is not in the vocabulary", "主题分类“\(disclosure.topic)”不在分类表中"),
                  fix: Wording("use one such as 综合政务\\政务公开, or add it under `disclosure: { topics: [...] }` in site.yaml", "请使用“综合政务\\政务公开”这样的分类，或在 site.yaml 的 `disclosure: { topics: [...] }` 中增加"))
        }
        if !disclosure.genre.isEmpty, !DisclosureVocabulary.genres.contains(disclosure.genre) {
            error("genre", .disclosureUnknownGenre, Wording("the 体裁 \"\(disclosure.genre)\" is not a statutory document type", "体裁“\(disclosure.genre)”不是法定公文文种"),
                  fix: Wording("use one of: \(DisclosureVocabulary.genres.joined(separator: "、"))",
                                "请使用以下之一：\(DisclosureVocabulary.genres.joined(separator: "、"))"))
        }
        if !disclosure.validity.isEmpty, !DisclosureVocabulary.validities.contains(disclosure.validity) {
            error("validity", .disclosureUnknownValidity, Wording("the 有效性 \"\(disclosure.validity)\" is unknown", "有效性“\(disclosure.validity)”无法识别"),
                  fix: Wording("use 有效, 失效 or 废止", "请填写有效、失效或废止"))
        }
        return problems
    }
}
