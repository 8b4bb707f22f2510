/// Where a document's body is: read with its front matter, or left in its file by the document cache.
public enum DocumentBody: Sendable, Hashable {
    /// Read from the same bytes as the front matter.
    case text(String)
    /// Still in the document's file, which was as `stamp` says when its front matter was known.
    case file(BodyFile)
    /// Not read by this build: a document of a site another shard builds, known from that site's facts
    /// (`build --facts`), which do not carry its body.
    case elsewhere
}

/// The place of a body left in its file: the bytes from `offset` on, of the file as `stamp` describes it.
public struct BodyFile: Sendable, Hashable {
    public let offset: Int
    public let stamp: FileStamp
    /// What `holdsLongNumber` said of the body when it was last read: the personal-data gate reads no body that
    /// holds no number, so a cached build does not read every file for it.
    public let holdsLongNumber: Bool

    public init(offset: Int, stamp: FileStamp, holdsLongNumber: Bool) {
        self.offset = offset
        self.stamp = stamp
        self.holdsLongNumber = holdsLongNumber
    }

    /// Eleven digits with only spaces, hyphens and line breaks (CR LF too) between them: the least a 身份证号, a
    /// mobile or a bank card number needs.
    public static func holdsLongNumber(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30, byte <= 0x39 {
                digits += 1
                if digits >= 11 { return true }
            } else if byte != 0x20, byte != 0x2D, byte != 0x0A, byte != 0x0D {
                digits = 0
            }
        }
        return false
    }
}
