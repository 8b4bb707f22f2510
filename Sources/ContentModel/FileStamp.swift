import Foundation

/// What the file system says of a file without reading it. A file whose stamp is unchanged is taken as unchanged:
/// writing a file changes its modification and change times (to the nanosecond), whatever a tool does to the former.
public struct FileStamp: Hashable, Sendable {
    public let size: Int
    public let modified: Int
    public let changed: Int
    public let inode: UInt64

    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of an open file: the file read through `descriptor`, whatever its name leads to by now.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        size = Int(status.st_size)
        modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
        changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
        inode = UInt64(status.st_ino)
    }

    public init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        (self.size, self.modified, self.changed, self.inode) = (size, modified, changed, inode)
    }

    /// The stamp to remember. File times advance in clock ticks of a few milliseconds, so a file changed
    /// within a moment of being read could change again within the same tick and size; such a stamp is
    /// not remembered, and the file is compared by its bytes next time (as git does with "racy" files).
    public var trusted: FileStamp {
        let now = Int(Date().timeIntervalSince1970 * 1_000_000_000)
        return now - max(modified, changed) < 2_000_000_000 ? FileStamp(size: -1, modified: 0, changed: 0, inode: 0) : self
    }
}
