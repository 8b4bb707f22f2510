import Foundation

/// The rclone program a deploy drives: found on `PATH`, run with its JSON log on standard error. rclone reads its
/// remotes from its own configuration file and `RCLONE_*` environment variables, which pass through unchanged.
struct Rclone {
    let executable: URL

    /// The first `rclone` on `PATH`, or nil when it is not installed.
    static func onPath(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Rclone? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { URL(fileURLWithPath: $0).appendingPathComponent("rclone") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            .map(Rclone.init(executable:))
    }

    struct Outcome {
        let status: Int32
        let stdout: Data
        /// The first error rclone logged, on one line.
        let firstError: String?
    }

    /// Runs rclone with `arguments` and hands each event of its log to `event` as it comes, so a long deploy prints
    /// its progress while it runs. Standard output is kept only when asked for: the commands that print there
    /// (`backend features`) print little.
    func run(_ arguments: [String], keepingOutput: Bool = false, event: (RcloneEvent) -> Void = { _ in }) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--use-json-log"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = keepingOutput ? output : FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw DeployFailure.rcloneUnstartable(path: executable.path) }
        var firstError: String?
        // Lines outside the JSON log: a note before logging starts, and a fatal error (a bad flag, an unknown
        // remote) repeated as plain text at the end; the last one says why rclone stopped when no event did.
        var lastPlainLine: String?
        var pending = Data()
        func take(_ text: Substring) {
            guard let found = RcloneEvent.read(text) else {
                if !text.isEmpty { lastPlainLine = String(text).replacingOccurrences(of: "^[0-9/]{10} [0-9:]{8} ", with: "", options: .regularExpression) }
                return
            }
            if firstError == nil, found.isError { firstError = found.text }
            event(found)
        }
        while true {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                take(Substring(decoding: pending[pending.startIndex..<end], as: UTF8.self))
                pending.removeSubrange(pending.startIndex...end)
            }
        }
        if !pending.isEmpty { take(Substring(decoding: pending, as: UTF8.self)) }
        let stdout = keepingOutput ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: stdout, firstError: firstError ?? lastPlainLine)
    }
}
