import Foundation

/// The letter an interaction item (政民互动) answers, kept beside the reply: the record a 留言办理 page shows.
/// When the reply came is the document's `replied:`; the status follows from it (已答复 or 办理中).
public struct Letter: Sendable, Hashable {
    /// 来信时间
    public var received: Date?
    /// 来信人, as the editor wrote it; pages show it masked (张**), never whole.
    public var sender: String
    /// 来信内容
    public var content: String
    /// 答复单位
    public var office: String

    public init(received: Date? = nil, sender: String = "", content: String = "", office: String = "") {
        self.received = received
        self.sender = sender
        self.content = content
        self.office = office
    }

    /// 来信人 as published: the first character and `**` (张三丰 → 张**), so a citizen's name and its length are
    /// never printed.
    public var maskedSender: String {
        guard let first = sender.first else { return "" }
        return String(first) + "**"
    }
}
