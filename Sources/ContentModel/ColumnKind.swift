/// What a column (栏目) holds; it chooses templates, feeds, catalog treatment and staleness limits.
public enum ColumnKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 工作动态 / 要闻
    case news
    /// 通知公告
    case notice
    /// 政策文件
    case policy
    /// 互动回应
    case interaction
    /// 办事服务
    case service
    /// 概况信息: 机构、人事、规划计划、统计 — slow-moving information
    case info
    /// a column shown as one page
    case page

    /// The column type shown to readers and monitors (the `ColumnType` meta tag).
    public var displayName: String {
        switch self {
        case .news: "工作动态"
        case .notice: "通知公告"
        case .policy: "政策文件"
        case .interaction: "互动回应"
        case .service: "办事服务"
        case .info: "概况信息"
        case .page: "单页"
        }
    }
}
