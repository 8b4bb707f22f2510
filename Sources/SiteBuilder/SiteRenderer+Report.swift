import AnnualReport
import ContentModel
import Foundation

/// The annual reports' pages (年度报表), and the links to them that 信息公开 and the 网站地图 show.
extension SiteRenderer {
    func reportContext(_ report: AnnualReport) -> [String: Any] {
        let path = OutputPath.report(report.kind, year: report.year)
        var context = baseContext(path: path, title: report.heading, current: Self.catalogSection,
                                  crumbs: [("信息公开目录", OutputPath.relative(from: path, to: OutputPath.catalog)), (report.heading, nil)])
        context["report"] = [
            "heading": report.heading, "kind": report.kind.rawValue, "year": report.year, "scope": report.siteName,
            "csv_url": OutputPath.relative(from: path, to: OutputPath.reportData(report.kind, year: report.year, format: .csv)),
            "json_url": OutputPath.relative(from: path, to: OutputPath.reportData(report.kind, year: report.year, format: .json)),
            "tables": report.tables.map { table -> [String: Any] in
                ["caption": table.caption, "columns": table.columns.map { ["name": $0] },
                 "rows": table.rows.map { row -> [String: Any] in
                     ["label": row.label, "figures": row.figures.map { ["text": $0.text, "missing": $0.isMissing] }]
                 }]
            },
        ] as [String: Any]
        return context
    }

    /// Every report the site publishes, newest year first, linked from `path`.
    func reportLinks(from path: String) -> [[String: Any]] {
        site.reports.enumerated().sorted { ($1.element.year, $0.offset) < ($0.element.year, $1.offset) }.map(\.element).map { report in
            ["title": report.heading, "year": report.year, "url": OutputPath.relative(from: path, to: OutputPath.report(report.kind, year: report.year))]
        }
    }
}
