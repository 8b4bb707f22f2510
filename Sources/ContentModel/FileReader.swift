import Foundation

/// Reads the group's files with the system's own calls, so that a file that cannot be read is told by its reason
/// (a loop of symbolic links, a link to nothing, no permission) rather than as a Foundation error number.
enum FileReader {
    static func read(_ fullPath: String) throws(UnreadableFile) -> Data {
        let descriptor = open(fullPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw UnreadableFile(code: errno) }
        defer { close(descriptor) }
        var data = Data()
        // Not zeroed: read() fills what is used, and zeroing 64 KiB for every file read was wasted work.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw UnreadableFile(code: errno) }
            if count == 0 { return data }
            data.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}

/// Why a file of the group cannot be read, and what the administrator can do about it.
public struct UnreadableFile: Error, Sendable {
    /// The POSIX error number.
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    public var reason: Wording {
        switch code {
        case EACCES, EPERM: Wording("sitegroup is not allowed to read it", "sitegroup 没有读取它的权限")
        case ELOOP: Wording("it is a symbolic link that leads back to itself", "它是一个指回自身的符号链接（循环链接）")
        case ENOENT: Wording("it is gone, or is a symbolic link to a file that does not exist", "该文件已不存在，或是指向不存在文件的符号链接")
        case EISDIR: Wording("it is a folder, not a file", "这是文件夹而不是文件")
        default: Wording("the system could not read it (\(String(cString: strerror(code))))", "系统无法读取它（\(String(cString: strerror(code)))）")
        }
    }

    public var fix: Wording {
        switch code {
        case EACCES, EPERM:
            Wording("let the user who runs sitegroup read it (for example `chmod a+r` on the file and `a+x` on its folders)",
                    "请让运行 sitegroup 的用户可以读取它（例如对文件执行 `chmod a+r`，对其所在文件夹执行 `chmod a+x`）")
        case ELOOP, ENOENT:
            Wording("replace the link with the file it should lead to, or remove it", "请用链接应指向的文件替换该链接，或将其删除")
        case EISDIR: Wording("move the folder out, or rename it", "请移走或重命名该文件夹")
        default: Wording("check the disk and the file, then run again", "请检查磁盘和该文件后重新运行")
        }
    }

    /// The error diagnostic for the group-relative `path`.
    public func diagnostic(at path: String) -> Diagnostic {
        Diagnostic(.fileUnreadable, at: SourceLocation(path: path),
                   Wording("the file cannot be read: \(reason.english)", "无法读取该文件：\(reason.chinese)"), fix: fix)
    }
}
