import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when anything a build reads may have changed: `sitegroup.yaml`, and every file under `sites/` and `themes/`.
/// inotify, not polling: at 10,000 documents a poll stats every file each time, where inotify is told the one saved.
/// A folder made later (a new column, a new site) is watched from when it appears.
final class ChangeWatcher: @unchecked Sendable {
    // Unchecked: `folders` is touched only by the watching thread, and the descriptors are fixed from `init` on.
    private let root: URL
    private let inotify: Int32
    /// Written to by `stop()`, so the thread's `poll` wakes at once rather than at a timeout.
    private let wake: (read: Int32, write: Int32)
    /// Watch descriptor → the folder it watches, to watch the folders made inside it.
    private var folders: [Int32: URL] = [:]
    private let onChange: @Sendable () -> Void
    private let finished = DispatchSemaphore(value: 0)

    /// A file counts once written and closed, or moved in or out (an editor's atomic save), not at each write, so a
    /// build never reads a half-saved file; a file made is told when it is closed, a folder made when it appears.
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO)

    init(root: URL, onChange: @escaping @Sendable () -> Void) throws {
        self.root = root
        self.onChange = onChange
        inotify = inotify_init1(Int32(IN_CLOEXEC))
        var ends: [Int32] = [0, 0]
        guard inotify >= 0, pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        wake = (ends[0], ends[1])
        // The root itself, only for sitegroup.yaml and for sites/ or themes/ appearing: public/ and .git/ change there too.
        add(root)
        for name in ["sites", "themes"] { addTree(root.appendingPathComponent(name)) }
    }

    func start() {
        Thread { [self] in
            watch()
            finished.signal()
        }.start()
    }

    /// Returns once the watching thread has ended and its descriptors are closed.
    func stop() {
        _ = write(wake.write, "x", 1)
        finished.wait()
        close(inotify)
        close(wake.read)
        close(wake.write)
    }

    private func add(_ folder: URL) {
        let descriptor = inotify_add_watch(inotify, folder.path, Self.mask)
        if descriptor >= 0 { folders[descriptor] = folder }
    }

    private func addTree(_ folder: URL) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return }
        add(folder)
        let inside = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        inside.forEach(addTree)
    }

    private func watch() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var waiting = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        while poll(&waiting, 2, -1) >= 0 || errno == EINTR {
            if waiting[1].revents != 0 { return }
            guard waiting[0].revents != 0 else { continue }
            let count = read(inotify, &buffer, buffer.count)
            guard count > 0 else { continue }
            if buffer.withUnsafeBytes({ changes(in: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }) { onChange() }
        }
    }

    /// Whether the events read tell of a change a build would see; folders made are watched as they come.
    private func changes(in events: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        var relevant = false
        while offset + MemoryLayout<inotify_event>.size <= events.count {
            let event = events.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let nameStart = offset + MemoryLayout<inotify_event>.size
            let nameBytes = events[nameStart..<nameStart + Int(event.len)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset = nameStart + Int(event.len)
            guard let folder = folders[event.wd] else { continue }
            if folder == root && !["sitegroup.yaml", "sites", "themes"].contains(name) { continue }
            let isFolder = event.mask & UInt32(IN_ISDIR) != 0
            if isFolder && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(folder.appendingPathComponent(name)) }
            if event.mask & UInt32(IN_CREATE) != 0 && !isFolder { continue }
            relevant = true
        }
        return relevant
    }
}
