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
    public var severities: [String: Severity]

    public static let standard = CheckSettings(
        staleDays: [.news: 14, .notice: 180, .policy: 180, .info: 365, .service: 365, .interaction: 365],
        homeStaleDays: 14, replyDays: 90, sensitiveWords: [], severities: [:])

    public init(staleDays: [ColumnKind: Int], homeStaleDays: Int, replyDays: Int, sensitiveWords: [String], severities: [String: Severity]) {
        self.staleDays = staleDays
        self.homeStaleDays = homeStaleDays
        self.replyDays = replyDays
        self.sensitiveWords = sensitiveWords
        self.severities = severities
    }
}

extension CheckSettings {
    static let keys = ["stale_days", "home_stale_days", "reply_days", "sensitive_words", "severity"]

    /// Reads a `check:` mapping over these settings.
    func reading(_ fields: YAMLMapping) -> CheckSettings {
        let code = "check.invalid"
        fields.warnUnknownKeys(allowed: Self.keys, code: "check.unknown-key")
        var settings = self
        if let limits = fields.mapping("stale_days", code: code) {
            limits.warnUnknownKeys(allowed: ColumnKind.allCases.map(\.rawValue), code: "check.unknown-key")
            for kind in ColumnKind.allCases {
                if let days = limits.int(kind.rawValue, code: code, minimum: 1) { settings.staleDays[kind] = days }
            }
        }
        settings.homeStaleDays = fields.int("home_stale_days", code: code, minimum: 1) ?? settings.homeStaleDays
        settings.replyDays = fields.int("reply_days", code: code, minimum: 1) ?? settings.replyDays
        settings.sensitiveWords += fields.strings("sensitive_words", code: code) ?? []
        if let severities = fields.mapping("severity", code: code) {
            for rule in severities.keys {
                guard let text = severities.string(rule, code: code) else { continue }
                guard let severity = Severity(rawValue: text) else {
                    fields.source.log.error(at: severities.valueLocation(of: rule), code: "check.invalid-severity",
                                            Wording("the severity of '\(rule)' must be error or warning (found \"\(text)\")",
                                                    "规则“\(rule)”的级别应为 error 或 warning（现为“\(text)”）"),
                                            fix: Wording("write `\(rule): warning`", "写成 `\(rule): warning`"))
                    continue
                }
                settings.severities[rule] = severity
            }
        }
        return settings
    }
}
