import Foundation

/// What the agent remembers between runs, kept in the repository (`sync/state.json`) so that a scheduled job
/// needs nothing but a checkout: the validators of each remote source for conditional GET.
struct SyncState: Codable, Equatable {
    struct Source: Codable, Equatable {
        var url: String
        var validators: FetchValidators
    }

    /// By rule name.
    var sources: [String: Source] = [:]

    static let path = "sync/state.json"

    static func read(root: URL) -> SyncState {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(path)),
              let state = try? JSONDecoder().decode(SyncState.self, from: data) else { return SyncState() }
        return state
    }

    func write(root: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        try FileStore(root: root).write(data, to: Self.path)
    }
}

/// Writes files of the group atomically (a temporary file in the same folder, then a rename), and only when
/// their bytes change, so that a run that finds nothing new leaves every file as it was.
struct FileStore {
    let root: URL

    /// - Returns: whether the file was written.
    @discardableResult
    func write(_ data: Data, to path: String) throws -> Bool {
        let url = root.appendingPathComponent(path)
        if let old = try? Data(contentsOf: url), old == data { return false }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        return true
    }
}
