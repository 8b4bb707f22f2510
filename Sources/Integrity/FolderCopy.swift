import ContentModel
import Foundation

/// A copy of a built site in a folder (a web server's document root, a mounted bucket): every file it holds is
/// compared with the manifest, so a file added anywhere in it is found, hidden ones too.
public struct FolderCopy: Sendable {
    public let folder: URL

    public init(folder: String) {
        self.folder = URL(fileURLWithPath: folder).standardizedFileURL
    }

    public func findings(against manifest: Manifest) -> [CopyFinding] {
        let held = files()
        var findings = manifest.files.parallelMap { entry -> CopyFinding? in
            guard held.contains(entry.path) else { return CopyFinding(entry.path, .missing) }
            do {
                return entry.finding(for: try Data(contentsOf: folder.appendingPathComponent(entry.path)))
            } catch {
                return CopyFinding(entry.path, .unreadable(FileSystemError(path: entry.path, error).reason))
            }
        }.compactMap { $0 }
        let named = Set(manifest.files.map(\.path))
        findings += held.subtracting(named).map { CopyFinding($0, .unexpected) }
        return findings.sorted()
    }

    /// Every regular file under the folder (symbolic links followed), relative to it.
    private func files() -> Set<String> {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let prefix = folder.path.count + 1
        var found = Set<String>()
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found.insert(String(url.standardizedFileURL.path.dropFirst(prefix)))
        }
        return found
    }
}
