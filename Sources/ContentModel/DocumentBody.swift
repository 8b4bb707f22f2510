/// Where a document's body is: read with its front matter, or left in its file by the document cache.
public enum DocumentBody: Sendable, Hashable {
    /// Read from the same bytes as the front matter.
    case text(String)
    /// Still in the document's file, which was as `stamp` says when its front matter was known.
    case file(BodyFile)
}

/// The place of a body left in its file: the bytes from `offset` on, of the file as `stamp` describes it.
public struct BodyFile: Sendable, Hashable {
    public let offset: Int
    public let stamp: FileStamp

    public init(offset: Int, stamp: FileStamp) {
        self.offset = offset
        self.stamp = stamp
    }
}
