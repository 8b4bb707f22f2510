import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files of the group atomically (a temporary file in the same folder, then a rename), and only when
/// their bytes change, so that a run that finds nothing new leaves every file as it was.
///
/// A temporary file is named `.<name>.<pid>.sitegroup-tmp`: a run killed before its rename leaves one behind,
/// and the next run recognises it, sees that the process that wrote it is gone, and removes it.
struct FileStore {
    let root: URL

    static let temporarySuffix = ".sitegroup-tmp"

    /// - Returns: whether the file was written.
    @discardableResult
    func write(_ data: Data, to path: String) throws -> Bool {
        let url = root.appendingPathComponent(path)
        if let old = try? Data(contentsOf: url), old == data { return false }
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid())\(Self.temporarySuffix)")
        do {
            try Self.writeUnflushed(data, to: temporary.path)
            guard rename(temporary.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return true
    }

    /// Writes a file without waiting for the disk (`Data.write` flushes each file, which cost most of the wall time of
    /// an import): a kill cannot lose what the system has, and the agent flushes the file system once, after the
    /// documents and before the state that says they were imported.
    private static func writeUnflushed(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw writeError(errno, path: path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw writeError(errno, path: path) }
                written += count
            }
        }
    }

    /// The error `Data.write` gives for a system error, so reports word it as before.
    private static func writeError(_ code: Int32, path: String) -> CocoaError {
        let kind: CocoaError.Code = switch code {
        case EACCES, EPERM: .fileWriteNoPermission
        case ENOSPC, EDQUOT: .fileWriteOutOfSpace
        case EROFS: .fileWriteVolumeReadOnly
        case ENOENT: .fileNoSuchFile
        default: .fileWriteUnknown
        }
        return CocoaError(kind, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)])
    }

    /// Removes the temporary files that killed runs left in a group-relative folder.
    /// - Returns: the names removed.
    func removeLeftovers(in folder: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { name in
            guard let writer = Self.writer(ofTemporary: name), !Self.isRunning(writer) else { return false }
            return (try? FileManager.default.removeItem(at: url.appendingPathComponent(name))) != nil
        }
    }

    /// The process id in a temporary file's name, or nil when the name is not one of ours.
    private static func writer(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(temporarySuffix) else { return nil }
        return name.dropLast(temporarySuffix.count).split(separator: ".").last.flatMap { pid_t($0) }
    }

    /// A writer still running may be about to rename its file: another sync at work.
    private static func isRunning(_ process: pid_t) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }
}
