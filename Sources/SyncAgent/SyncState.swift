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
