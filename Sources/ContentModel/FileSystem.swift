import CFileSystem
import Foundation

/// The file operations whose atomicity the group's safety rests on: every rename a build or a cache makes goes
/// through here, so each one is a single system call that a kill leaves either undone or done.
public enum FileSystem {
    /// Renames `from` to `to`, replacing a file at `to`.
    public static func rename(_ from: String, to: String) throws {
        guard sg_rename(from, to) == 0 else { throw FileSystemError(path: to, code: errno) }
    }

    /// Swaps two existing files or folders, so that neither name is missing at any instant.
    public static func exchange(_ first: String, _ second: String) throws {
        guard sg_exchange(first, second) == 0 else { throw FileSystemError(path: second, code: errno) }
    }

    /// Replaces the file at `path` with `data`: written beside it under a temporary name, then renamed over it,
    /// so a reader (or a kill) finds the old file or the new one, never part of either. `scratch` is a folder
    /// on the same disk for the temporary file, when the file's own folder must not receive stray files.
    public static func replace(_ path: String, with data: Data, scratch: String? = nil) throws {
        let folder = scratch ?? (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw FileSystemError(path: path, error)
        }
        do {
            try rename(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Puts on the disk everything written to the file system that holds `folder` and not yet there: one flush for
    /// many files written without one each.
    public static func flush(_ folder: String) throws {
        guard sg_flush_file_system(folder) == 0 else { throw FileSystemError(path: folder, code: errno) }
    }

    /// Creates a folder and its parents, with the system's reason in words when it cannot.
    public static func createFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError(path: path, error)
        }
    }
}

/// A file operation the system refused, told as what happened to which path and what to do about it,
/// never as a raw error domain dump.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// The POSIX error number.
    public let code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// Reads the POSIX reason out of a Foundation error.
    public init(path: String, _ error: Error) {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        let posix = (error as NSError).domain == NSPOSIXErrorDomain ? error as NSError : underlying
        self.init(path: path, code: posix.map { Int32($0.code) } ?? Self.code(of: error))
    }

    private static func code(of error: Error) -> Int32 {
        switch (error as? CocoaError)?.code {
        case .fileWriteNoPermission?, .fileReadNoPermission?: EACCES
        case .fileWriteOutOfSpace?: ENOSPC
        case .fileWriteVolumeReadOnly?: EROFS
        case .fileNoSuchFile?, .fileReadNoSuchFile?: ENOENT
        default: EIO
        }
    }

    public var description: String { text(in: .english) }

    /// `path: what happened; what to do`.
    public func text(in language: Language) -> String {
        "\(path): \(reason.text(in: language))\(language == .chinese ? "；" : "; ")\(fix.text(in: language))"
    }

    public var reason: Wording {
        switch code {
        case EACCES, EPERM: Wording("permission denied", "没有权限")
        case EROFS: Wording("the disk is read-only", "磁盘为只读")
        case ENOSPC, EDQUOT: Wording("the disk is full", "磁盘空间已满")
        case ENOTDIR: Wording("a part of the path is a file, not a folder", "路径中的某一级是文件而不是文件夹")
        case ELOOP: Wording("the path has a loop of symbolic links", "路径中的符号链接构成循环")
        case ENOENT: Wording("it does not exist, or a folder of its path does not", "该文件或其路径中的文件夹不存在")
        case EISDIR: Wording("it is a folder, not a file", "这是文件夹而不是文件")
        default: Wording(String(cString: strerror(code)), "系统拒绝了操作（\(String(cString: strerror(code)))）")
        }
    }

    public var fix: Wording {
        switch code {
        case EACCES, EPERM, EROFS:
            Wording("choose a folder you may write to, or ask the administrator to grant write access",
                    "请换一个有写入权限的文件夹，或请管理员授予写入权限")
        case ENOSPC, EDQUOT: Wording("free some space on the disk and run again", "请清理磁盘空间后重新运行")
        case ENOTDIR: Wording("choose a path whose every part is a folder", "请选择每一级都是文件夹的路径")
        case ELOOP: Wording("remove or correct the symbolic link", "请删除或更正该符号链接")
        default: Wording("check the path and run again", "请检查该路径后重新运行")
        }
    }
}
