import ContentModel
import Foundation

/// 政府网站工作年度报表, in the order of the form of 国办函〔2018〕12号.
extension AnnualReportMaker {
    func website(_ year: Int) -> AnnualReport {
        let published = published(in: year)
        func one(_ label: String, _ figure: Figure) -> ReportRow { ReportRow(label: label, figures: [figure]) }
        func count(_ label: String, _ documents: [Document]) -> ReportRow { one(label, .count(documents.count)) }
        func filed(_ keys: String...) -> [ReportRow] { keys.map { filedRow("website.\($0)", in: year) } }
        let identity = site.identity
        let tables: [(String, [ReportRow])] = [
            ("网站基本信息", [
                one("网站名称", .text(site.name)), one("首页网址", .text(site.baseURL)), one("主办单位", .text(identity.sponsor)),
                one("网站类型", .text(isPortal ? "政府门户网站" : "部门网站")), one("政府网站标识码", .text(identity.siteCode)),
                one("ICP备案号", .text(identity.icp)), one("公安机关备案号", .text(identity.police)),
            ]),
            ("网站访问", filed("visitors", "visits")),
            ("信息发布", [
                count("总数（条）", published),
                count("概况类信息更新量（条）", published.filter { kind(of: $0) == .info }),
                count("政务动态信息更新量（条）", published.filter { [.news, .notice].contains(kind(of: $0)) }),
                count("信息公开目录信息更新量（条）", published.filter { $0.frontMatter.disclosure != nil }),
            ]),
            ("专栏专题", specialColumns(year).map { one($0, .count($1)) }),
            ("政策解读", interpretations(published, year: year) + filed("hot_responses")),
            ("互动交流：留言办理", messages(year)),
            ("安全防护", filed("security_tests", "security_problems", "security_fixed", "monitoring", "drills", "security_officer")),
            ("移动新媒体", filed("weibo_name", "weibo_posts", "weibo_followers", "wechat_name", "wechat_posts", "wechat_subscribers")),
            ("创新发展", [one("搜索即服务", .flag(features.search)), one("多语言版本", .flag(features.languages)),
                      one("无障碍浏览", .flag(features.accessibility))]),
            ("填报信息", filed("head", "reviewer", "filler", "phone")),
        ]
        return AnnualReport(kind: .website, year: year, siteID: site.id, siteName: site.name,
                            tables: tables.map { ReportTable(caption: $0, columns: ["数值"], rows: $1) })
    }

    /// 解读信息发布总数 is 解读材料 (the documents titled 解读) with the 解读产品 and 媒体评论 editors file, so it is
    /// known only once both are filed.
    private func interpretations(_ published: [Document], year: Int) -> [ReportRow] {
        let materials = published.filter(\.isInterpretation).count
        let others = ["interpretation_products", "media_comments"].map { filedRow("website.\($0)", in: year) }
        let counts = others.compactMap { row -> Int? in if case .count(let count) = row.figures[0] { count } else { nil } }
        let total: Figure = counts.count == others.count ? .count(materials + counts.reduce(0, +)) : .missing
        return [ReportRow(label: "解读信息发布总数（条）", figures: [total]), ReportRow(label: "解读材料数量（条）", figures: [.count(materials)])] + others
    }

    /// 维护数量: the columns that published in the year; 新开设数量: those whose first document is of that year.
    private func specialColumns(_ year: Int) -> [(String, Int)] {
        let firstYears = Dictionary(grouping: site.documents.filter { $0.isPublished(at: now) }) { $0.columnID ?? "" }
            .mapValues { documents in documents.map { self.year(of: $0.frontMatter.date) } }
        let maintained = firstYears.values.filter { $0.contains(year) }.count
        let opened = firstYears.values.filter { $0.min() == year }.count
        return [("维护数量（个）", maintained), ("新开设数量（个）", opened)]
    }

    /// 留言办理: every message of the interaction columns dated in the year, published or not; answered is one with a
    /// `replied:` date by now, published when its page is public now.
    private func messages(_ year: Int) -> [ReportRow] {
        let received = site.documents.filter { kind(of: $0) == .interaction && self.year(of: $0.frontMatter.date) == year && !$0.frontMatter.draft }
        let answered = received.filter { ($0.frontMatter.replied).map { $0 <= now } ?? false }
        // `replied:` is a day: a message answered on the day it arrived took 0 days, whatever the hour it came.
        let days = answered.compactMap { document in
            document.frontMatter.replied.flatMap { calendar.dateComponents([.day], from: calendar.startOfDay(for: document.frontMatter.date),
                                                                           to: calendar.startOfDay(for: $0)).day }
        }
        let average: Figure = days.isEmpty ? .none : .tenthsOfDays(Int((Double(days.reduce(0, +)) / Double(days.count) * 10).rounded()))
        return [
            ReportRow(label: "收到留言数量（条）", figures: [.count(received.count)]),
            ReportRow(label: "办结留言数量（条）", figures: [.count(answered.count)]),
            ReportRow(label: "平均办理时间（天）", figures: [average]),
            ReportRow(label: "公开答复数量（条）", figures: [.count(answered.filter { $0.isPublished(at: now) }.count)]),
        ]
    }
}
