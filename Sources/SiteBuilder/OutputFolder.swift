import ContentModel
import Foundation
import Integrity

/// Why a build will not write where it was pointed.
public struct OutputRefusal: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: Wording
    public let fix: Wording

    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        let cannot = language == .chinese ? "不能写入" : "cannot write"
        return "\(cannot) \(path): \(reason.text(in: language))\(language == .chinese ? "；" : "; ")\(fix.text(in: language))"
    }
}

/// The folder a build writes its sites into, checked before anything is written and held for one build at a time.
///
/// A build replaces whole site folders, so pointed at the wrong folder it would replace what is there. It refuses
/// the group's own folder, anything inside `sites/` or `themes/`, a folder that holds the group, and a folder
/// with files sitegroup did not write there (unless forced). Paths are compared after resolving symbolic links.
public struct OutputFolder: Sendable {
    public let output: URL
    let root: URL

    public init(output: String, root: String) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL
        self.root = URL(fileURLWithPath: root).standardizedFileURL
    }

    /// Checks the folder, then takes the lock that keeps a second build out until this process ends.
    /// - Parameter force: write into a folder of other files (sitegroup's own names in it are replaced).
    public func claim(force: Bool) throws -> OutputLock {
        try refuseInputs()
        if !force { try refuseForeignFiles() }
        let cache = BuildCache.folder(forOutput: output.path)
        try FileSystem.createFolder(cache.path)
        return try OutputLock(file: cache.appendingPathComponent("lock").path, output: output.path)
    }

    private func refuseInputs() throws {
        let out = Self.resolved(output)
        let group = Self.resolved(root)
        if let file = Self.enclosingFile(of: output) {
            throw refusal(Wording("\(file) is a file, not a folder", "\(file) 是文件而不是文件夹"),
                          Wording("choose a folder for --out", "请为 --out 选择一个文件夹"))
        }
        if out == group || Self.path(group, isInside: out) {
            throw refusal(Wording("it holds the group's own files (\(root.path))", "该文件夹包含网站群自身的文件（\(root.path)）"),
                          Wording("choose a folder outside the group, or leave out --out to write public/",
                                  "请选择网站群以外的文件夹，或不加 --out 以写入 public/"))
        }
        for input in ["sites", "themes"] {
            let folder = group + "/" + input
            if out == folder || Self.path(out, isInside: folder) {
                throw refusal(Wording("it lies inside the group's \(input)/, whose files the build would replace",
                                      "该文件夹位于网站群的 \(input)/ 中，构建会覆盖其中的文件"),
                              Wording("choose a folder outside sites/ and themes/, such as public/",
                                      "请选择 sites/ 和 themes/ 以外的文件夹，例如 public/"))
            }
        }
    }

    /// A folder sitegroup wrote before has its lock file beside it; without one (the cache deleted), a folder
    /// holding only site folders with a home page, their manifests and the sitemap index is taken as a build's too.
    private func refuseForeignFiles() throws {
        let lock = BuildCache.folder(forOutput: output.path).appendingPathComponent("lock").path
        guard !FileManager.default.fileExists(atPath: lock),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: output.path) else { return }
        let isSite = { (name: String) in FileManager.default.fileExists(atPath: output.path + "/" + name + "/index.html") }
        let foreign = entries.sorted().filter { name in
            let manifestOf = [Manifest.fileName(site: ""), Manifest.signatureFileName(site: "")].compactMap { suffix in
                name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : nil
            }.first
            return name != OutputPath.sitemapIndex && !isSite(name) && !(manifestOf.map(isSite) ?? false)
        }
        guard let first = foreign.first else { return }
        let others = foreign.count > 1 ? (" and \(foreign.count - 1) more", " 等 \(foreign.count) 项") : ("", "")
        throw refusal(Wording("it holds files sitegroup did not write (\(first)\(others.0))",
                              "该文件夹中有不是 sitegroup 写入的文件（\(first)\(others.1)）"),
                      Wording("choose an empty or new folder, or add --force to write the sites beside those files",
                              "请选择空文件夹或新文件夹；如确需写入，请加 --force（同名的网站文件夹会被替换）"))
    }

    private func refusal(_ reason: Wording, _ fix: Wording) -> OutputRefusal {
        OutputRefusal(path: output.path, reason: reason, fix: fix)
    }

    /// The path with every symbolic link of its existing part resolved; the part not yet made is kept as written.
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while existing.path != "/", realpath(existing.path, nil) == nil {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        let real = realpath(existing.path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? existing.path
        return ([real == "/" ? "" : real] + rest).joined(separator: "/")
    }

    /// The first existing part of the path that is a file, if any: a folder cannot be made under it.
    private static func enclosingFile(of url: URL) -> String? {
        var current = url.standardizedFileURL
        while current.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : current.path
            }
            current.deleteLastPathComponent()
        }
        return nil
    }

    private static func path(_ path: String, isInside folder: String) -> Bool {
        path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}

/// An exclusive lock on an output folder and its build cache, held until the process ends (the system releases
/// it even when the process is killed, so a stale lock never blocks the next build).
public final class OutputLock: Sendable {
    private let descriptor: Int32

    init(file: String, output: String) throws {
        descriptor = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(path: file, code: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            // Only readers hold it: a deploy is uploading the folder.
            let deploying = flock(descriptor, LOCK_SH | LOCK_NB) == 0
            let holder = (try? String(contentsOfFile: file, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(descriptor)
            if deploying {
                throw OutputRefusal(path: output, reason: Wording("a deploy is uploading it", "正在部署（上传）该文件夹"),
                                    fix: Wording("wait for the deploy to finish, then run again", "请等部署结束后再运行"))
            }
            let process = holder.isEmpty ? "" : " (process \(holder))"
            let processZH = holder.isEmpty ? "" : "（进程 \(holder)）"
            throw OutputRefusal(path: output, reason: Wording("another build is writing it\(process)", "另一个构建正在写入该文件夹\(processZH)"),
                                fix: Wording("wait for that build to finish, then run again", "请等该构建结束后再运行"))
        }
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Held by `sitegroup deploy` while it uploads a folder a build writes (one with the build's lock file): builds
    /// into it stop meanwhile, and a deploy does not start while a build writes it, so it never uploads half a build.
    /// Nil for a folder no build writes here (the merged artifacts of CI shards), which has nothing to wait for.
    public static func reading(output: String) throws -> OutputLock? {
        let output = URL(fileURLWithPath: output).standardizedFileURL
        let file = BuildCache.folder(forOutput: output.path).appendingPathComponent("lock").path
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputRefusal(path: output.path, reason: Wording("a build is writing it", "构建正在写入该文件夹"),
                                fix: Wording("deploy once the build has finished", "请等构建结束后再部署"))
        }
        return OutputLock(descriptor: descriptor)
    }

    deinit {
        close(descriptor)
    }
}
