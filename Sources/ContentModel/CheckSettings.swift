/// What `sitegroup check` measures against, from the `check:` sections of `sitegroup.yaml` and `site.yaml`.
/// The defaults are the national inspection indicators for government websites (2019).
public struct CheckSettings: Sendable, Hashable {
    /// Days a column of each kind may go without a new document.
    public var staleDays: [ColumnKind: Int]
    /// Days the home page may go without a new item (单项否决 at 14).
    public var homeStaleDays: Int
    /// Days an interaction item may wait for its published reply (单项否决 at 3 months).
    public var replyDays: Int
    /// Words that must not appear in titles or bodies.
    public var sensitiveWords: [String]
    /// Severity per rule, overriding the rule's own.
    public var severities: [Rule: Severity]
    /// Numbers published on purpose (a hotline, a unit's account for fees), digits only: never personal data.
    public var publicNumbers: Set<String> = []
    /// Days after which the home page and news columns are warned about, before their limits make it an error.
    public var warnDays = 10
    /// Empty columns a site is warned about, before the indicators' 5 fail it.
    public var warnEmptyColumns = 2
    /// Days a document's `date` may lie before the commit that added it.
    public var backDatedDays = 3
    /// Commits before this day (YYYY-MM-DD) brought existing content in, and are not judged for back-dating.
    public var backDatedFrom: String?

    public static let standard = CheckSettings(
        staleDays: [.news: 14, .notice: 180, .policy: 180, .info: 365, .service: 365, .interaction: 365],
        homeStaleDays: 14, replyDays: 90, sensitiveWords: [], severities: [:])

    init(staleDays: [ColumnKind: Int], homeStaleDays: Int, replyDays: Int, sensitiveWords: [String], severities: [Rule: Severity]) {
        self.staleDays = staleDays
        self.homeStaleDays = homeStaleDays
        self.replyDays = replyDays
        self.sensitiveWords = sensitiveWords
        self.severities = severities
    }
}

extension CheckSettings {
    /// The severity of a diagnostic under these settings; `check` judges some rules more strictly than a build.
    public func severity(of diagnostic: Diagnostic, inCheck: Bool) -> Severity {
        severities[diagnostic.rule] ?? (inCheck ? diagnostic.rule.entry.checkSeverity : diagnostic.severity)
    }

    /// A number as written (`023-1234 5678`, `11010519491231002x`), as it is compared: digits, and X for a 身份证号.
    static func digits(_ written: String) -> String {
        written.uppercased().filter { $0.isASCII && ($0.isNumber || $0 == "X") }
    }

    static let keys = ["stale_days", "home_stale_days", "reply_days", "sensitive_words", "severity", "public_numbers", "warn_days",
                       "warn_empty_columns", "back_dated_days", "back_dated_from"]

    /// Reads a `check:` mapping over these settings.
    func reading(_ fields: YAMLMapping) -> CheckSettings {
        let rule = Rule.checkInvalid
        fields.warnUnknownKeys(allowed: Self.keys, rule: .checkUnknownKey)
        var settings = self
        if let limits = fields.mapping("stale_days", rule: rule) {
            limits.warnUnknownKeys(allowed: ColumnKind.allCases.map(\.rawValue), rule: .checkUnknownKey)
            for kind in ColumnKind.allCases {
                if let days = limits.int(kind.rawValue, rule: rule, minimum: 1) { settings.staleDays[kind] = days }
            }
        }
        settings.homeStaleDays = fields.int("home_stale_days", rule: rule, minimum: 1) ?? settings.homeStaleDays
        settings.replyDays = fields.int("reply_days", rule: rule, minimum: 1) ?? settings.replyDays
        settings.sensitiveWords += fields.strings("sensitive_words", rule: rule) ?? []
        settings.publicNumbers.formUnion((fields.strings("public_numbers", rule: rule) ?? []).map(Self.digits))
        settings.warnDays = fields.int("warn_days", rule: rule, minimum: 1) ?? settings.warnDays
        settings.warnEmptyColumns = fields.int("warn_empty_columns", rule: rule, minimum: 1) ?? settings.warnEmptyColumns
        settings.backDatedDays = fields.int("back_dated_days", rule: rule, minimum: 0) ?? settings.backDatedDays
        if let day = fields.string("back_dated_from", rule: rule) {
            if SiteGroup.isDay(day) {
                settings.backDatedFrom = day
            } else {
                fields.source.log.add(rule, at: fields.valueLocation(of: "back_dated_from"),
                                      Wording("'back_dated_from' must look like 2024-05-01 (found \"\(day)\")", "“back_dated_from”应写成 2024-05-01 的形式（现为“\(day)”）"),
                                      fix: Wording("write the first day whose commits are judged", "请填写开始检查提交的日期"))
            }
        }
        if let severities = fields.mapping("severity", rule: rule) {
            for name in severities.keys {
                guard let text = severities.string(name, rule: rule) else { continue }
                guard let named = Rule(rawValue: name) else {
                    fields.source.log.add(.checkUnknownRule, at: severities.location(of: name),
                                          Wording("there is no rule '\(name)'", "没有名为“\(name)”的规则"),
                                          fix: Wording("use one of: \(Rule.allCases.map(\.code).joined(separator: ", "))",
                                                       "可用的规则有：\(Rule.allCases.map(\.code).joined(separator: "、"))"))
                    continue
                }
                guard let severity = Severity(rawValue: text) else {
                    fields.source.log.add(.checkInvalidSeverity, at: severities.valueLocation(of: name),
                                          Wording("the severity of '\(name)' must be error or warning (found \"\(text)\")",
                                                  "规则“\(name)”的级别应为 error 或 warning（现为“\(text)”）"),
                                          fix: Wording("write `\(name): warning`", "写成 `\(name): warning`"))
                    continue
                }
                settings.severities[named] = severity
            }
        }
        return settings
    }
}
