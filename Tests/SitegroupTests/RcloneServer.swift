import Foundation
import Testing
import TestSupport

/// `rclone serve <kind>` on a free port of 127.0.0.1, until stopped; its keys and log stay in its own folder.
final class RcloneServer {
    let process = Process()
    let port: String
    private let home = TemporaryFolder("sitegroup-rclone-serve")

    init(_ kind: String, folder: URL, options: [String] = []) throws {
        try FileManager.default.createDirectory(at: home.url, withIntermediateDirectories: true)
        let log = home.url.appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rclone", "serve", kind, folder.path, "--addr", "127.0.0.1:0", "--use-json-log"] + options
        process.environment = ProcessInfo.processInfo.environment.merging(["RCLONE_CACHE_DIR": home.url.path]) { _, new in new }
        // The log goes to a file, so that a full pipe never stops the server.
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var found: Range<String.Index>?
        var said = ""
        while found == nil, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            found = said.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression)
        }
        port = String(try #require(found.map { said[$0].dropFirst("127.0.0.1:".count) }, "\(said)"))
    }

    /// An SFTP server with one user, and an empty list of keys (not the system's).
    static func sftp(folder: URL) throws -> RcloneServer {
        let keys = FileManager.default.temporaryDirectory.appendingPathComponent("sitegroup-no-keys-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: keys.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: keys) }
        return try RcloneServer("sftp", folder: folder, options: ["--user", "editor", "--pass", "secret", "--authorized-keys", keys.path])
    }

    /// A password as rclone wants it in a connection string (`rclone obscure`).
    static func obscured(_ password: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rclone", "obscure", password]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
