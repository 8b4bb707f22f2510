import ContentModel
import Foundation

/// What building one site did.
public struct WriteSummary: Sendable {
    public let siteID: String
    public let pageCount: Int
    public let assetCount: Int
    /// Files made this build; the others were known unchanged from the build cache without being made.
    public let rendered: Int
    public let written: Int
    public let unchanged: Int
    public let removed: Int
    public let seconds: Double
}

/// Writes built sites into the output folder without ever leaving a half-written site behind. Nothing in the
/// output changes until every site is built: new bytes go to a staging folder beside the output first.
/// - A site built whole (no usable record of its last build) is assembled complete in staging — unchanged files
///   hard-linked from the old output, so they keep their bytes and times — and swapped in by renaming its folder.
/// - A site built from the cache stages only its changed files; they are renamed into place one by one at the end,
///   and files no page produces any more are removed.
public struct OutputWriter: Sendable {
    public let output: URL
    private var fileManager: FileManager { .default }

    /// A site staged and waiting to be put in place.
    struct StagedSite {
        let siteID: String
        let whole: Bool
        /// For a site staged by changes: the files to move into place, and those to remove.
        let changed: [String]
        let removed: [String]
    }

    public init(public path: String) {
        output = URL(fileURLWithPath: path).standardizedFileURL
    }

    private var staging: URL { output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging") }

    /// Clears what a build that was stopped may have left in staging.
    func begin() throws {
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: output, withIntermediateDirectories: true)
    }

    /// The identity of a built site's folder (its inode), or nil if it is not there.
    func folderIdentity(_ siteID: String) -> UInt64? {
        FileStamp(path: output.path + "/" + siteID)?.inode
    }

    /// The size of a file of a built site, or nil if it is not there.
    func size(_ siteID: String, _ path: String) -> Int? {
        FileStamp(path: output.path + "/" + siteID + "/" + path)?.size
    }

    /// Stages every file of a site built whole.
    func stageWhole(_ siteID: String, files: [OutputFile]) throws -> (StagedSite, written: Int, removed: Int) {
        let current = output.appendingPathComponent(siteID)
        let staged = staging.appendingPathComponent(siteID)
        let outcomes = try stage(files, in: staged) { file, target in
            let old = current.appendingPathComponent(file.path)
            if isUnchanged(old, file.data), (try? fileManager.linkItem(at: old, to: target)) != nil { return false }
            try file.data.write(to: target)
            return true
        }
        let kept = Set(files.map(\.path))
        let removed = try existingFiles(in: current).filter { !kept.contains($0) }.count
        return (StagedSite(siteID: siteID, whole: true, changed: [], removed: []), outcomes.filter { $0 }.count, removed)
    }

    /// Stages the changed files of a site built from the cache; `removed` are files of the last build no page makes now.
    func stageChanges(_ siteID: String, files: [OutputFile], removed: [String]) throws -> StagedSite {
        _ = try stage(files, in: staging.appendingPathComponent(siteID)) { file, target in
            try file.data.write(to: target)
            return true
        }
        return StagedSite(siteID: siteID, whole: false, changed: files.map(\.path), removed: removed)
    }

    /// Creates each folder once, then writes the files on all cores: on a disk, the kernel's work for each file
    /// is done on the writing thread, and one thread left the other core idle for most of a large build.
    private func stage(_ files: [OutputFile], in folder: URL,
                       _ write: @Sendable (OutputFile, URL) throws -> Bool) throws -> [Bool] {
        let folders = Set(files.map { folder.appendingPathComponent($0.path).deletingLastPathComponent().path })
        for path in folders.sorted() {
            try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        let outcomes = files.parallelMap { file in Result { try write(file, folder.appendingPathComponent(file.path)) } }
        return try outcomes.map { try $0.get() }
    }

    /// Puts every staged site in place, then the files at the top of the output.
    func commit(_ sites: [StagedSite], groupFiles: [OutputFile]) throws {
        do {
            for site in sites {
                if site.whole { try swapIn(site.siteID) } else { try moveIn(site) }
            }
            for file in groupFiles {
                try writeIfChanged(file)
            }
            try? fileManager.removeItem(at: staging)
        } catch {
            abandon()
            throw BuildError.output(path: output.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Drops everything staged; the output stays as it was.
    func abandon() {
        try? fileManager.removeItem(at: staging)
    }

    /// A file at the top of the output, replaced in one rename.
    private func writeIfChanged(_ file: OutputFile) throws {
        let target = output.appendingPathComponent(file.path)
        guard !isUnchanged(target, file.data) else { return }
        try file.data.write(to: target, options: .atomic)
    }

    /// Compares sizes first, so a changed file is usually known without reading it.
    private func isUnchanged(_ old: URL, _ data: Data) -> Bool {
        guard FileStamp(path: old.path)?.size == data.count else { return false }
        return fileManager.contents(atPath: old.path) == data
    }

    private func swapIn(_ siteID: String) throws {
        let current = output.appendingPathComponent(siteID)
        let staged = staging.appendingPathComponent(siteID)
        let retired = staging.appendingPathComponent(".\(siteID).old")
        if fileManager.fileExists(atPath: current.path) {
            try fileManager.moveItem(at: current, to: retired)
        }
        try fileManager.moveItem(at: staged, to: current)
        try? fileManager.removeItem(at: retired)
    }

    /// Each staged file replaces its target in one rename, so a reader never sees a half-written page.
    private func moveIn(_ site: StagedSite) throws {
        let current = output.appendingPathComponent(site.siteID)
        let staged = staging.appendingPathComponent(site.siteID)
        for path in site.changed {
            let target = current.appendingPathComponent(path)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(staged.appendingPathComponent(path).path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        }
        for path in site.removed {
            let target = current.appendingPathComponent(path)
            try? fileManager.removeItem(at: target)
            removeEmptyFolders(from: target.deletingLastPathComponent(), upTo: current)
        }
    }

    /// A removed article leaves its folder empty; the folder goes too, and so on up to the site's folder.
    private func removeEmptyFolders(from folder: URL, upTo top: URL) {
        var folder = folder.standardizedFileURL
        while folder.path.count > top.standardizedFileURL.path.count,
              (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? fileManager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }

    private func existingFiles(in folder: URL) throws -> [String] {
        guard let enumerator = fileManager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let prefix = folder.standardizedFileURL.path.count + 1
        var found: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            found.append(String(url.standardizedFileURL.path.dropFirst(prefix)))
        }
        return found
    }
}
