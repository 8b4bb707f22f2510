import Foundation

/// Reads `sites/<site>/reports/<year>.yaml`, the figures editors fill in for a year's annual reports, checking each
/// value against the kind of figure it is, with its file and line.
struct ReportFilingReader {
    let source: YAMLSource

    static let sections = ["website", "disclosure"]

    func read(_ text: String, year: Int) -> ReportFiling? {
        guard let fields = source.composeMapping(text, rule: .reportSyntax) else { return nil }
        fields.warnUnknownKeys(allowed: Self.sections, rule: .reportUnknownKey)
        var filing = ReportFiling(year: year, path: source.path)
        for section in Self.sections {
            guard let entries = fields.mapping(section, rule: .reportInvalid) else { continue }
            let known = ReportField.all.filter { $0.key.hasPrefix(section + ".") }
            entries.warnUnknownKeys(allowed: known.map { String($0.name) }, rule: .reportUnknownKey)
            for field in known {
                if let value = read(field, from: entries) { filing.values[field.key] = value }
            }
        }
        return filing
    }

    private func read(_ field: ReportField, from entries: YAMLMapping) -> ReportValue? {
        let key = String(field.name)
        switch field.kind {
        case .count: return entries.int(key, rule: .reportInvalid, minimum: 0).map(ReportValue.count)
        case .flag: return entries.bool(key, rule: .reportInvalid).map(ReportValue.flag)
        case .text: return entries.string(key, rule: .reportInvalid).map(ReportValue.text)
        case .amount:
            guard let text = entries.string(key, rule: .reportInvalid) else { return nil }
            guard let amount = Double(text), amount >= 0 else {
                source.log.add(.reportInvalid, at: entries.valueLocation(of: key),
                               Wording("'\(key)' must be an amount such as 12.5 (found \"\(text)\")", "“\(key)”应为金额，例如 12.5（现为“\(text)”）"),
                               fix: Wording("write the amount in 万元 with digits and a decimal point", "以万元为单位，用数字和小数点填写"))
                return nil
            }
            return .amount(text)
        }
    }

    /// The year a file is named for, `2026.yaml` → 2026.
    static func year(ofFile name: String) -> Int? {
        guard name.hasSuffix(".yaml") else { return nil }
        let stem = name.dropLast(".yaml".count)
        guard stem.count == 4, stem.allSatisfy(\.isASCII), let year = Int(stem), year >= 1990 else { return nil }
        return year
    }
}
