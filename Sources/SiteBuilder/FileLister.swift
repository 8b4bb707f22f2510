import Foundation

/// Lists and reads files below the group's root, by group-relative paths.
struct FileLister: Sendable {
    let root: URL

    /// Every regular file below `folder`, as paths relative to it, sorted; none if the folder does not exist.
    func list(_ folder: String) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let prefix = base.standardizedFileURL.path.count + 1
        for case let url as URL in enumerator {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            found.append(String(url.standardizedFileURL.path.dropFirst(prefix)))
        }
        return found.sorted()
    }

    func read(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }
}
