import Foundation

/// A report as text for the terminal, as CSV for spreadsheets and as JSON for other systems; each shows every figure
/// the same way, a missing one as 未填报 (null in JSON).
extension AnnualReport {
    /// ```
    /// 政府网站工作年度报表（2026年度）
    /// 网站：示例市林业局
    ///
    /// 网站访问
    ///   独立用户访问总量（个）：未填报
    /// ```
    public var text: String {
        var lines = [heading, "网站：\(siteName)"]
        for table in tables {
            lines += ["", table.caption]
            for row in table.rows {
                let values = table.columns.count == 1 ? row.figures[0].text
                    : zip(table.columns, row.figures).map { "\($0) \($1.text)" }.joined(separator: "，")
                lines.append("  \(row.label)：\(values)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var csv: String { Self.csv([self]) }

    /// One line per figure of every report: `网站,报表,年度,表,项目,栏目,数值`.
    public static func csv(_ reports: [AnnualReport]) -> String {
        var lines = ["网站,报表,年度,表,项目,栏目,数值"]
        for report in reports {
            for table in report.tables {
                for row in table.rows {
                    for (column, figure) in zip(table.columns, row.figures) {
                        lines.append([report.siteName, report.kind.title, "\(report.year)", table.caption, row.label, column, figure.text]
                            .map(csvField).joined(separator: ","))
                    }
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public var json: Data { Self.encoded(Coded(self)) }

    /// Several reports as one JSON array.
    public static func json(_ reports: [AnnualReport]) -> Data { encoded(reports.map(Coded.init)) }

    private static func encoded(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data()
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Coded: Encodable {
        struct Table: Encodable {
            let caption: String
            let columns: [String]
            let rows: [Row]
        }

        struct Row: Encodable {
            let label: String
            let values: [CodedFigure]
        }

        let report: String
        let title: String
        let year: Int
        let site: [String: String]
        let tables: [Table]

        init(_ report: AnnualReport) {
            self.report = report.kind.rawValue
            title = report.kind.title
            year = report.year
            site = ["id": report.siteID, "name": report.siteName]
            tables = report.tables.map { table in
                Table(caption: table.caption, columns: table.columns,
                      rows: table.rows.map { Row(label: $0.label, values: $0.figures.map(CodedFigure.init)) })
            }
        }
    }

    /// A count or an amount as a number, a yes/no as a boolean, text as text, a missing figure as null.
    private struct CodedFigure: Encodable {
        let figure: Figure

        init(_ figure: Figure) {
            self.figure = figure
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch figure {
            case .count(let count): try container.encode(count)
            case .tenthsOfDays(let tenths): try container.encode(Decimal(tenths) / 10)
            case .amount(let amount): try container.encode(Decimal(string: amount) ?? 0)
            case .flag(let flag): try container.encode(flag)
            case .text(let text): try container.encode(text)
            case .missing, .none: try container.encodeNil()
            }
        }
    }
}
