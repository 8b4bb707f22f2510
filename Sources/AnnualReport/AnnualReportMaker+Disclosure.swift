import ContentModel
import Foundation

/// 政府信息公开工作年度报告: table 二 from the catalog, tables 三 and 四 as editors fill them in, in the layout of the
/// national template.
extension AnnualReportMaker {
    func disclosure(_ year: Int) -> AnnualReport {
        func filed(_ keys: String...) -> [ReportRow] { keys.map { filedRow("disclosure.\($0)", in: year) } }
        let tables = [
            ReportTable(caption: "二、主动公开政府信息情况：第二十条第（一）项", columns: ["本年制发件数", "本年废止件数", "现行有效件数"],
                        rows: [rulesRow("规章", year: year, where: Self.isRule), rulesRow("行政规范性文件", year: year, where: Self.isNormative)]),
            ReportTable(caption: "二、主动公开政府信息情况：第二十条第（五）（六）项", columns: ["本年处理决定数量"],
                        rows: filed("licensing", "punishment", "enforcement")),
            ReportTable(caption: "二、主动公开政府信息情况：第二十条第（八）项", columns: ["本年收费金额（万元）"], rows: filed("fees")),
            ReportTable(caption: "三、收到和处理政府信息公开申请情况", columns: ["总计"],
                        rows: filed("applications_new", "applications_carried", "applications_done", "applications_forward")),
            ReportTable(caption: "四、政府信息公开行政复议、行政诉讼情况", columns: ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                        rows: [appeals("行政复议", "review", year: year), appeals("行政诉讼", "lawsuit", year: year)]),
        ]
        return AnnualReport(kind: .disclosure, year: year, siteID: site.id, siteName: site.name, tables: tables)
    }

    /// 规章 are made by government order (体裁 令 or 命令).
    static func isRule(_ disclosure: Disclosure) -> Bool {
        ["令", "命令"].contains(disclosure.genre)
    }

    /// 行政规范性文件: the other disclosed documents whose 有效性 is kept, as only normative documents have one.
    static func isNormative(_ disclosure: Disclosure) -> Bool {
        !isRule(disclosure) && !disclosure.validity.isEmpty
    }

    /// 本年制发: written in the year; 本年废止: of those, the ones now marked 废止 (the catalog records no date of
    /// repeal); 现行有效: written by the year's end and marked 有效.
    private func rulesRow(_ label: String, year: Int, where kind: (Disclosure) -> Bool) -> ReportRow {
        let written = site.documents.filter { $0.isPublished(at: now) }.compactMap { document -> (Disclosure, Int)? in
            guard let disclosure = document.frontMatter.disclosure, kind(disclosure), let date = disclosure.written else { return nil }
            return (disclosure, self.year(of: date))
        }
        let made = written.filter { $0.1 == year }
        return ReportRow(label: label, figures: [
            .count(made.count), .count(made.filter { $0.0.validity == "废止" }.count),
            .count(written.filter { $0.1 <= year && $0.0.validity == "有效" }.count),
        ])
    }

    /// A row of table 四; its total only when every part is filled in.
    private func appeals(_ label: String, _ prefix: String, year: Int) -> ReportRow {
        let parts = ["upheld", "corrected", "other", "pending"].map { filed("disclosure.\(prefix)_\($0)", in: year) }
        let counts = parts.compactMap { figure -> Int? in if case .count(let count) = figure { count } else { nil } }
        return ReportRow(label: label, figures: parts + [counts.count == parts.count ? .count(counts.reduce(0, +)) : .missing])
    }
}
