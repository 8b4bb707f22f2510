import Foundation

/// The rules of the public information-disclosure catalog: each item needs 索引号, 名称, 内容概述 and
/// 生成日期 (条例 §12); 索引号 is unique in the group and follows its pattern; 主题分类, 体裁 and 有效性
/// come from their vocabularies.
extension Validator {
    func disclosureProblems(_ group: SiteGroup) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let pattern = try? NSRegularExpression(pattern: group.indexPattern) else {
            return [.error(at: group.indexPatternLocation, code: "group.invalid-index-pattern",
                           "'index_pattern' is not a valid regular expression",
                           fix: "write it like '^[0-9A-Z-]{9,18}/[0-9]{4}-[0-9]{5}$', in single quotes")]
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
                    problems.append(.error(at: disclosure.location(of: "index_no"), code: "disclosure.duplicate-index",
                                           "the 索引号 \(number) is already used by \(first.path)",
                                           fix: "give this document the next free number of its year"))
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
        func error(_ key: String, _ code: String, _ message: String, fix: String) {
            problems.append(.error(at: disclosure.location(of: key), code: code, message, fix: fix))
        }
        let number = disclosure.indexNumber
        if number.isEmpty {
            error("index_no", "disclosure.missing-index", "a disclosed document needs 'index_no' (索引号)",
                  fix: "add `index_no: <organisation code>/<year>-<five-digit number>` under `disclosure:`")
        } else if pattern.firstMatch(in: number, range: NSRange(number.startIndex..., in: number)) == nil {
            error("index_no", "disclosure.invalid-index", "the 索引号 \"\(number)\" does not follow the group's pattern",
                  fix: "write it like 000014349/2017-00110 (organisation code / year - five digits)")
        }
        if document.frontMatter.summary.isEmpty {
            problems.append(.error(at: disclosure.location, code: "disclosure.missing-summary",
                                   "a disclosed document needs 'summary' (内容概述) in its front matter",
                                   fix: "add `summary:` with one or two sentences on what the document is about"))
        }
        if let written = disclosure.written {
            if written > document.frontMatter.date {
                error("written", "disclosure.written-after-date", "the 成文日期 is later than the publication date",
                      fix: "check both dates: a document is written before it is published")
            }
        } else {
            error("written", "disclosure.missing-written", "a disclosed document needs 'written' (成文日期, 生成日期)",
                  fix: "add `written: 2024-05-01` under `disclosure:`")
        }
        if !disclosure.topic.isEmpty, !topics.contains(disclosure.topic) {
            error("topic", "disclosure.unknown-topic", "the 主题分类 \"\(disclosure.topic)\" is not in the vocabulary",
                  fix: "use one such as 综合政务\\政务公开, or add it under `disclosure: { topics: [...] }` in site.yaml")
        }
        if !disclosure.genre.isEmpty, !DisclosureVocabulary.genres.contains(disclosure.genre) {
            error("genre", "disclosure.unknown-genre", "the 体裁 \"\(disclosure.genre)\" is not a statutory document type",
                  fix: "use one of: \(DisclosureVocabulary.genres.joined(separator: "、"))")
        }
        if !disclosure.validity.isEmpty, !DisclosureVocabulary.validities.contains(disclosure.validity) {
            error("validity", "disclosure.unknown-validity", "the 有效性 \"\(disclosure.validity)\" is unknown",
                  fix: "use 有效, 失效 or 废止")
        }
        return problems
    }
}
