import ContentModel
import Foundation

/// When each file of the group was added to its git repository, read in one pass over the history: the author
/// date of the commit that added it (kept through rebases, unlike the committer date), followed through renames,
/// so a document moved to another column keeps the day it first came in. libgit2 is not available; git is.
public struct GitHistory: Sendable {
    /// The time each file was added, by its path in the group.
    let added: [String: Date]

    /// Why a group has no history to judge by: not a repository, a shallow clone, no git.
    public struct Unavailable: Error, Sendable {
        let reason: Wording
    }

    public static func read(root: String) -> Result<GitHistory, Unavailable> {
        // A shallow clone lacks the commits that added most files, and would date them all at its cut.
        guard let shallow = git(["rev-parse", "--is-shallow-repository"], in: root) else {
            return .failure(Unavailable(reason: Wording("the group is not in a git repository (or git is not installed)",
                                                        "网站群不在 git 仓库中（或未安装 git）")))
        }
        guard shallow.trimmingCharacters(in: .whitespacesAndNewlines) == "false" else {
            return .failure(Unavailable(reason: Wording("the repository is a shallow clone, without the commits that added the files",
                                                        "仓库为浅克隆，缺少加入文件的提交")))
        }
        // Paths relative to the group (--relative), unquoted (core.quotePath: Chinese file names), newest first.
        let log = git(["-c", "core.quotePath=false", "log", "--relative", "--diff-filter=AR", "-M", "--name-status", "--format=@%at", "--", "."], in: root)
        return .success(GitHistory(added: parse(log ?? "")))
    }

    /// Reads `git log --name-status` from its oldest commit up: an `A` sets a file's time, an `R` hands the time of
    /// the old path on to the new one.
    static func parse(_ log: String) -> [String: Date] {
        var commits: [(time: Date, changes: [[Substring]])] = []
        for line in log.split(separator: "\n") {
            if line.hasPrefix("@"), let seconds = TimeInterval(line.dropFirst()) {
                commits.append((Date(timeIntervalSince1970: seconds), []))
            } else if !commits.isEmpty {
                commits[commits.count - 1].changes.append(line.split(separator: "\t"))
            }
        }
        var added: [String: Date] = [:]
        for commit in commits.reversed() {
            for change in commit.changes {
                if change.count == 2, change[0] == "A" {
                    added[String(change[1])] = commit.time
                } else if change.count == 3, change[0].hasPrefix("R") {
                    added[String(change[2])] = added[String(change[1])] ?? commit.time
                }
            }
        }
        return added
    }

    /// git's standard output, or nil when it cannot run or fails.
    private static func git(_ arguments: [String], in folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Read before waiting: a long history fills the pipe, and git would wait for a reader that waits for it.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
