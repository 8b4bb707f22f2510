import Foundation

/// `node --test` over a folder of Tests/, with SITEGROUP naming the built binary: how the theme's JavaScript is tested
/// within `swift test`.
struct NodeTestRun {
    let status: Int32
    let output: String

    init(folder: String) throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", "--test", package.appendingPathComponent(folder).path]
        process.environment = ProcessInfo.processInfo.environment.merging(["SITEGROUP": CommandLineTests.binary.path]) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
    }
}
