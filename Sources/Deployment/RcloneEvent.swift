import Foundation

/// One line of rclone's JSON log (`--use-json-log`): what it did to which file, or what went wrong.
struct RcloneEvent: Decodable {
    let level: String
    let msg: String
    let object: String?
    /// `copy` or `delete` when `--dry-run` held an action back.
    let skipped: String?

    static func read(_ line: Substring) -> RcloneEvent? {
        try? JSONDecoder().decode(RcloneEvent.self, from: Data(line.utf8))
    }

    /// The file uploaded or deleted (or, in a dry run, that would be).
    var change: Deployer.Change? {
        guard let object else { return nil }
        switch skipped {
        case "copy": return .upload(object)
        case "delete": return .delete(object)
        default: break
        }
        if msg.hasPrefix("Copied (") { return .upload(object) }
        if msg == "Deleted" { return .delete(object) }
        return nil
    }

    var isError: Bool { level == "error" || level == "critical" }

    /// The message on one line, naming the file it is about.
    var text: String {
        let message = msg.split(whereSeparator: \.isNewline).joined(separator: " ")
        return object.map { "\($0): \(message)" } ?? message
    }

    /// The message as rclone wrote it, a line of text each (an HTTP dump has many), naming the file it is about.
    var lines: String {
        let message = msg.split(whereSeparator: \.isNewline).joined(separator: "\n")
        return object.map { "\($0): \(message)" } ?? message
    }
}
