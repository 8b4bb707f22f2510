/// What editors fill in for one site and one year of the annual reports (`sites/<site>/reports/<year>.yaml`): the
/// figures content cannot tell, such as visits and security tests. A figure left out is absent, so a report shows it
/// as not filed (未填报) rather than as 0.
public struct ReportFiling: Sendable, Hashable {
    public var year: Int
    /// Group-relative path of the file.
    public var path: String
    /// Field key (`website.visits`) → what was filled in.
    public var values: [String: ReportValue]

    public init(year: Int, path: String, values: [String: ReportValue] = [:]) {
        self.year = year
        self.path = path
        self.values = values
    }
}

/// One filled-in figure.
public enum ReportValue: Sendable, Hashable {
    case count(Int)
    /// An amount with decimals as written, such as 万元 of fees (`12.50`).
    case amount(String)
    case flag(Bool)
    case text(String)
}

/// A figure editors may fill in: its key under its section, the name the national form gives it, and its kind.
public struct ReportField: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case count, amount, flag, text
    }

    /// `website.visits`
    public let key: String
    public let label: String
    public let kind: Kind

    init(_ key: String, _ label: String, _ kind: Kind = .count) {
        self.key = key
        self.label = label
        self.kind = kind
    }

    /// The key under its section (`visits`).
    public var name: Substring { key.split(separator: ".").last ?? "" }

    /// The figures of 政府网站工作年度报表 (国办函〔2018〕12号) that content cannot tell, under `website:`.
    public static let website: [ReportField] = [
        ReportField("website.visitors", "独立用户访问总量（个）"),
        ReportField("website.visits", "网站总访问量（次）"),
        ReportField("website.interpretation_products", "解读产品数量（条）"),
        ReportField("website.media_comments", "媒体评论文章数量（篇）"),
        ReportField("website.hot_responses", "回应公众关注热点或重大舆情数量（次）"),
        ReportField("website.security_tests", "安全检测评估次数（次）"),
        ReportField("website.security_problems", "发现问题数量（个）"),
        ReportField("website.security_fixed", "问题整改数量（个）"),
        ReportField("website.monitoring", "是否建立安全监测预警机制", .flag),
        ReportField("website.drills", "是否开展应急演练", .flag),
        ReportField("website.security_officer", "是否明确网站安全责任人", .flag),
        ReportField("website.weibo_name", "微博名称", .text),
        ReportField("website.weibo_posts", "微博信息发布量（条）"),
        ReportField("website.weibo_followers", "微博关注量（个）"),
        ReportField("website.wechat_name", "微信名称", .text),
        ReportField("website.wechat_posts", "微信信息发布量（条）"),
        ReportField("website.wechat_subscribers", "微信订阅数（个）"),
        ReportField("website.head", "单位负责人", .text),
        ReportField("website.reviewer", "审核人", .text),
        ReportField("website.filler", "填报人", .text),
        ReportField("website.phone", "联系电话", .text),
    ]

    /// The figures of 政府信息公开工作年度报告 that content cannot tell, under `disclosure:`: the rest of table 二,
    /// and tables 三 and 四.
    public static let disclosure: [ReportField] = [
        ReportField("disclosure.licensing", "行政许可"),
        ReportField("disclosure.punishment", "行政处罚"),
        ReportField("disclosure.enforcement", "行政强制"),
        ReportField("disclosure.fees", "行政事业性收费", .amount),
        ReportField("disclosure.applications_new", "本年新收政府信息公开申请数量"),
        ReportField("disclosure.applications_carried", "上年结转政府信息公开申请数量"),
        ReportField("disclosure.applications_done", "本年度办理结果总计"),
        ReportField("disclosure.applications_forward", "结转下年度继续办理"),
        ReportField("disclosure.review_upheld", "行政复议 结果维持"),
        ReportField("disclosure.review_corrected", "行政复议 结果纠正"),
        ReportField("disclosure.review_other", "行政复议 其他结果"),
        ReportField("disclosure.review_pending", "行政复议 尚未审结"),
        ReportField("disclosure.lawsuit_upheld", "行政诉讼 结果维持"),
        ReportField("disclosure.lawsuit_corrected", "行政诉讼 结果纠正"),
        ReportField("disclosure.lawsuit_other", "行政诉讼 其他结果"),
        ReportField("disclosure.lawsuit_pending", "行政诉讼 尚未审结"),
    ]

    public static let all = website + disclosure
}
