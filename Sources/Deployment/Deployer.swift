import ContentModel
import Foundation

/// Uploads a build's output folder to any rclone remote (S3-compatible storage, SFTP, a folder …): only files whose
/// checksums differ from the remote's, with `Cache-Control` by kind of file, in the order of `DeployPhase`, and
/// deleting stale remote files only after everything new is in place.
public struct Deployer {
    public let output: URL
    public let destination: String
    public let cache: CachePolicy
    public let dryRun: Bool

    public enum Change: Sendable, Hashable {
        case upload(String)
        case delete(String)
    }

    public struct Summary: Sendable {
        public var uploaded = 0
        public var deleted = 0
        /// False when the remote keeps no checksum rclone can compare (WebDAV, FTP): size and time decide instead.
        public var comparedByChecksum = true
    }

    public init(output: String, destination: String, cache: CachePolicy = .standard, dryRun: Bool = false) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL
        self.destination = destination
        self.cache = cache
        self.dryRun = dryRun
    }

    /// Runs every phase; `begin` is told each phase's number and name, `change` each file uploaded or deleted (once,
    /// in the order rclone reports them), `note` anything else rclone says that is worth reading (perhaps several lines).
    public func deploy(begin: (Int, Int, String) -> Void, change: (Change) -> Void, note: (String) -> Void) throws -> Summary {
        guard let rclone = Rclone.onPath() else { throw DeployFailure.rcloneMissing }
        try refuseUnbuiltFolder()
        var summary = Summary(comparedByChecksum: try remoteKeepsChecksums(rclone))
        var seen = Set<Change>()
        for (number, phase) in DeployPhase.allCases.enumerated() {
            begin(number + 1, DeployPhase.allCases.count, phase.name)
            let outcome = try rclone.run(arguments(for: phase, checksum: summary.comparedByChecksum)) { event in
                if let found = event.change, seen.insert(found).inserted {
                    if case .upload = found { summary.uploaded += 1 } else { summary.deleted += 1 }
                    change(found)
                } else if event.change == nil, Self.isWorthReading(event) {
                    note("rclone: \(event.lines)")
                }
            }
            guard outcome.status == 0 else {
                throw DeployFailure.rcloneFailed(doing: phase.doing,
                                                 message: outcome.firstError ?? "rclone exited with status \(outcome.status)",
                                                 deleting: phase == .stale)
            }
        }
        return summary
    }

    private func arguments(for phase: DeployPhase, checksum: Bool) -> [String] {
        var arguments = phase.arguments + [output.path, destination, "--verbose",
                                           "--header-upload", "Cache-Control: public, max-age=\(phase.maxAge(cache))"]
        if checksum, phase != .stale { arguments.append("--checksum") }
        if dryRun { arguments.append("--dry-run") }
        return arguments
    }

    /// A deploy makes the remote equal to the folder, so a folder that is not a build's output (a mistyped
    /// `--out`, an empty folder) would empty the remote: at least one site folder with a home page is required.
    private func refuseUnbuiltFolder() throws {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        guard entries.contains(where: { FileManager.default.fileExists(atPath: output.path + "/" + $0 + "/index.html") }) else {
            throw DeployFailure.notAnOutput(path: output.path)
        }
    }

    /// Whether the remote keeps a hash (the local folder computes every kind rclone knows). Without one, `--checksum`
    /// would compare sizes only and miss an edit that keeps a file's size, so the deploy compares size and
    /// modification time instead (the build keeps the time of every file whose bytes did not change).
    private func remoteKeepsChecksums(_ rclone: Rclone) throws -> Bool {
        let outcome = try rclone.run(["backend", "features", destination], keepingOutput: true)
        guard outcome.status == 0 else {
            throw DeployFailure.unreachable(destination: destination, message: outcome.firstError ?? "rclone exited with status \(outcome.status)")
        }
        struct Features: Decodable { let Hashes: [String]? }
        let hashes = (try? JSONDecoder().decode(Features.self, from: outcome.stdout))?.Hashes ?? []
        return !hashes.isEmpty
    }

    /// Warnings and debug lines (asked for with `RCLONE_DUMP`) are passed on; not the statistics, nor the notice that
    /// no configuration file exists (remotes set in the environment), nor errors, the first of which the failure names.
    private static func isWorthReading(_ event: RcloneEvent) -> Bool {
        ["debug", "warning"].contains(event.level) && !event.msg.hasPrefix("Config file ") && !event.msg.hasPrefix("\nTransferred:")
    }
}
