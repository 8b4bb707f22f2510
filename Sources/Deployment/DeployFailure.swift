import ContentModel

/// Why a deploy did not run, or stopped: one line in the group's language, saying what to do.
public enum DeployFailure: Error, Sendable {
    case rcloneMissing
    case rcloneUnstartable(path: String)
    case notAnOutput(path: String)
    /// rclone could not open the destination: an unknown remote, a host that does not answer, no credentials.
    case unreachable(destination: String, message: String)
    /// rclone failed while `doing` a deploy's pass; `message` is the first error it logged; `deleting` if in the last pass.
    case rcloneFailed(doing: Wording, message: String, deleting: Bool)

    public func text(in language: Language) -> String {
        switch self {
        case .rcloneMissing:
            Wording("rclone is not installed: install it (on Debian or Ubuntu: apt-get install rclone), then run again",
                    "未安装 rclone：请先安装（Debian 或 Ubuntu 上运行 apt-get install rclone），再重新运行").text(in: language)
        case .rcloneUnstartable(let path):
            Wording("\(path) could not be started: reinstall rclone (apt-get install --reinstall rclone), then run again",
                    "无法启动 \(path)：请重新安装 rclone（apt-get install --reinstall rclone），再重新运行").text(in: language)
        case .notAnOutput(let path):
            Wording("\(path) is not a build's output: it has no site folder with an index.html; build first, or point --out at the folder the build wrote",
                    "\(path) 不是构建的输出文件夹：其中没有带 index.html 的网站文件夹；请先构建，或用 --out 指向构建写入的文件夹").text(in: language)
        case let .unreachable(destination, message):
            Wording("cannot open \(destination): \(message); check the remote in rclone's configuration (rclone config show) and run again",
                    "无法打开 \(destination)：\(message)；请检查 rclone 配置中的该远端（rclone config show），再重新运行").text(in: language)
        case let .rcloneFailed(doing, message, deleting):
            deleting
                ? Wording("deploy stopped while \(doing.english): \(message); every new file is uploaded, some stale ones may remain; fix the problem and run again",
                          "部署在\(doing.chinese)中断：\(message)；新文件均已上传，可能还留有过时文件；排除问题后请重新运行").text(in: language)
                : Wording("deploy stopped while \(doing.english): \(message); no remote file was deleted, so the site as it was still works; fix the problem and run again",
                          "部署在\(doing.chinese)中断：\(message)；远端文件均未删除，原网站仍可正常访问；排除问题后请重新运行").text(in: language)
        }
    }
}
