import ContentModel
import Foundation
import SyncAgent

/// Prints sync reports and feed inspections for people, and inspections as JSON for scripts.
struct SyncPrinter {
    let language: Language
    /// Dates are shown in it.
    var timeZone = TimeZone(identifier: "Asia/Shanghai")!

    private func say(_ english: String, _ chinese: String) -> String {
        language == .chinese ? chinese : english
    }

    func report(_ report: SyncReport) -> String {
        var out = report.dryRun ? say("Dry run: nothing was written.\n", "试运行：未写入任何文件。\n") : ""
        for leftover in report.removedLeftovers {
            out += say("removed \(leftover.name), left in \(leftover.folder) by an interrupted run\n", "已删除中断的运行遗留在 \(leftover.folder) 中的 \(leftover.name)\n")
        }
        for rule in report.rules {
            out += "\n" + say("rule", "规则") + " \(rule.rule.name) (\(source(rule.rule)) → \(rule.rule.targetSite)/\(rule.rule.targetColumn))\n"
            if let failure = rule.failure {
                out += "  " + say("source skipped", "来源已跳过") + ": \(failure.text(in: language)); " + say("nothing local was changed", "本地内容未作改动") + "\n"
                continue
            }
            if rule.notModified { out += "  " + say("not modified since the last run (HTTP 304)", "自上次运行以来没有变化（HTTP 304）") + "\n" }
            for note in rule.notes { out += "  \(note.text(in: language))\n" }
            for reason in rule.withheld { out += "  " + say("no retractions: ", "不撤回：") + reason.text(in: language) + "\n" }
            for change in rule.created { out += "  " + say("created  ", "新建  ") + " \(change.path)  \(change.title)\n" }
            for change in rule.updated { out += "  " + say("updated  ", "更新  ") + " \(change.path)  \(change.title)\n" }
            for change in rule.retracted { out += "  " + say("retracted", "撤回  ") + " \(change.path)  \(change.title)\n" }
            for conflict in rule.conflicts {
                out += "  " + say("conflict ", "冲突  ") + " \(conflict.path): "
                    + say("edited here and changed at the source; the source's version is in \(conflict.upstreamPath)",
                          "本地已修改且来源已更新；来源版本保存在 \(conflict.upstreamPath)") + "\n"
            }
            for skip in rule.skipped { out += "  " + say("skipped  ", "跳过  ") + " \(skip.id) \(skip.title): \(skip.reason.text(in: language))\n" }
            if rule.unchanged > 0 { out += "  " + say("unchanged: \(rule.unchanged)", "未变：\(rule.unchanged) 条") + "\n" }
        }
        let count = { (key: KeyPath<RuleReport, [RuleReport.Change]>) in report.rules.map { $0[keyPath: key].count }.reduce(0, +) }
        let conflicts = report.rules.map(\.conflicts.count).reduce(0, +)
        let failed = report.rules.filter { $0.failure != nil }.count
        let skipped = report.rules.map(\.skipped.count).reduce(0, +)
        out += "\n" + say("\(count(\.created)) created, \(count(\.updated)) updated, \(count(\.retracted)) retracted, \(skipped) skipped, \(conflicts) conflicts, \(failed) failed sources",
                          "新建 \(count(\.created))，更新 \(count(\.updated))，撤回 \(count(\.retracted))，跳过 \(skipped)，冲突 \(conflicts)，来源失败 \(failed)") + "\n"
        return out
    }

    private func source(_ rule: SyncRule) -> String {
        switch rule.source {
        case .site(let id, let column): "\(id)/\(column)"
        case .feed(let url): url
        }
    }

    func pending(_ documents: [Document]) -> String {
        guard !documents.isEmpty else { return say("Nothing waits for review.\n", "没有待审核的外来文章。\n") }
        var out = say("Waiting for review:\n", "待审核：\n")
        for document in documents {
            let origin = document.frontMatter.origin
            out += "  \(document.path)  \(document.title)  (\(origin?.siteName.isEmpty == false ? origin!.siteName : origin?.site ?? ""))\n"
        }
        return out + say("Approve with `sitegroup sync approve <path>` or `--all`.\n", "用 `sitegroup sync approve <路径>` 或 `--all` 审核通过。\n")
    }

    func inspection(source: String, result: Result<SourceListing, SourceFailure>, json: Bool) -> String {
        switch (result, json) {
        case (.failure(let failure), false):
            return "\(source): " + say("cannot be read", "无法读取") + ": \(failure.reason.text(in: language))\n"
        case (.failure(let failure), true):
            return encode(["source": source, "error": failure.reason.text(in: language)])
        case (.success(let listing), true):
            return encode(record(listing, source: source))
        case (.success(let listing), false):
            return text(listing, source: source)
        }
    }

    private func text(_ listing: SourceListing, source: String) -> String {
        var out = "\(source)\n"
        out += "  " + say("kind", "类型") + ": \(listing.kind.rawValue)\(listing.isSitegroup ? say(" (sitegroup's own feed)", "（sitegroup 订阅）") : "")\n"
        out += "  " + say("encoding", "编码") + ": \(listing.encoding)\n"
        out += "  " + say("title", "标题") + ": \(listing.title)\n  " + say("link", "链接") + ": \(listing.link)\n"
        out += "  " + say("complete listing", "完整列表") + ": \(listing.complete ? say("yes (items missing later are retracted)", "是（之后消失的条目将被撤回）") : say("no (items are never retracted)", "否（不会撤回条目）"))\n"
        for problem in listing.problems { out += "  " + say("problem", "问题") + ": \(problem.text(in: language))\n" }
        out += "  " + say("items", "条目") + ": \(listing.items.count)\n"
        for (index, item) in listing.items.enumerated() {
            out += "\n[\(index + 1)] \(item.title)\n"
            out += "    id: \(item.id)\n    " + say("link", "链接") + ": \(item.link)\n"
            out += "    " + say("date", "日期") + ": \(item.date.map(iso) ?? "-")" + (item.updated.map { "  " + say("updated", "更新") + ": \(iso($0))" } ?? "") + "\n"
            if !item.author.isEmpty { out += "    " + say("author", "作者") + ": \(item.author)\n" }
            if !item.tags.isEmpty { out += "    " + say("tags", "标签") + ": \(item.tags.joined(separator: ", "))\n" }
            out += "    " + say("origin", "来源网站") + ": \(item.originSiteName) (\(item.originSite))  " + say("revision", "版本") + ": \(item.revision)\n"
            for problem in item.problems { out += "    " + say("problem", "问题") + ": \(problem.text(in: language))\n" }
            out += "    " + say("body", "正文") + " (\(item.format.rawValue)):\n"
            out += item.body.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)\n" }.joined()
        }
        return out
    }

    private func record(_ listing: SourceListing, source: String) -> [String: Any] {
        [
            "source": source, "kind": listing.kind.rawValue, "encoding": listing.encoding, "sitegroup": listing.isSitegroup,
            "title": listing.title, "link": listing.link, "complete": listing.complete,
            "problems": listing.problems.map { $0.text(in: language) },
            "items": listing.items.map { item -> [String: Any] in
                var record: [String: Any] = [
                    "id": item.id, "title": item.title, "link": item.link, "author": item.author, "tags": item.tags,
                    "summary": item.summary, "body": item.body, "format": item.format.rawValue, "revision": item.revision,
                    "origin_site": item.originSite, "origin_site_name": item.originSiteName,
                    "problems": item.problems.map { $0.text(in: language) },
                ]
                if let date = item.date { record["date"] = iso(date) }
                if let updated = item.updated { record["updated"] = iso(updated) }
                return record
            },
        ]
    }

    private func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    private func encode(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
