import Foundation

/// The 信息公开目录 fields of a document.
public struct Disclosure: Sendable, Hashable {
    /// 索引号
    public var indexNumber: String
    /// 文号
    public var documentNumber: String
    /// 发布机构
    public var publisher: String
    /// 成文日期
    public var written: Date?
    /// 主题分类, written `大类\小类`
    public var topic: String
    /// 体裁
    public var genre: String
    /// 有效性: 有效, 失效 or 废止
    public var validity: String
    /// Where the block starts, and where each of its keys is written.
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(indexNumber: String = "", documentNumber: String = "", publisher: String = "", written: Date? = nil,
                topic: String = "", genre: String = "", validity: String = "",
                location: SourceLocation = SourceLocation(path: ""), keyLocations: [String: SourceLocation] = [:]) {
        self.indexNumber = indexNumber
        self.documentNumber = documentNumber
        self.publisher = publisher
        self.written = written
        self.topic = topic
        self.genre = genre
        self.validity = validity
        self.location = location
        self.keyLocations = keyLocations
    }

    /// Where `key` is written, or the block itself when it is absent.
    public func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? location
    }
}
