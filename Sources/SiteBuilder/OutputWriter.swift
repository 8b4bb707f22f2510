import ContentModel
import Foundation
import Integrity

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
///   hard-linked from the old output, so they keep their bytes and times — and exchanged with the old site folder
///   in one system call (`renameat2` with `RENAME_EXCHANGE`), so the site's name never points at nothing.
/// - A site built from the cache stages only its changed files; each replaces its old file in one rename at the
///   end, and files no page produces any more are removed. A kill part-way leaves every page whole, old or new;
///   the site stays marked as moving until the build cache has recorded it, and the next build rebuilds a marked
///   site whole, so no page of the interrupted build (one meant to be removed, say) outlives it.
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

    private func movingMark(_ siteID: String) -> String {
        BuildCache.folder(forOutput: output.path).appendingPathComponent("moving-\(siteID)").path
    }

    /// Whether a build was stopped while it moved this site's files into place.
    func wasInterrupted(_ siteID: String) -> Bool {
        fileManager.fileExists(atPath: movingMark(siteID))
    }

    /// Called once the build cache has recorded what is now in place.
    func settle(_ siteIDs: [String]) {
        for siteID in siteIDs { unlink(movingMark(siteID)) }
    }

    /// Clears what a build that was stopped may have left in staging.
    func begin() throws {
        try? fileManager.removeItem(at: staging)
        try FileSystem.createFolder(output.path)
        try FileSystem.createFolder(staging.path)
    }

    /// The identity of a built site's folder (its inode), or nil if it is not there.
    func folderIdentity(_ siteID: String) -> UInt64? {
        FileStamp(path: output.path + "/" + siteID)?.inode
    }

    /// The record of a built site's file if the file is still as it was written: same size, modification time
    /// and inode, as git trusts a file. (Not the change time: hard-linking an unchanged file into a staged site
    /// changes it.) A stamp taken within a moment of the file's last change could miss a change made in the same
    /// clock tick, so such a file is compared by its bytes, and its record is trusted from then on. So is a file of
    /// the recorded size under another inode or time: an output restored from a CI cache or copied has new inodes,
    /// and reading its bytes once costs far less than making the page again.
    func confirm(_ siteID: String, _ path: String, _ record: BuildCache.FileRecord) -> BuildCache.FileRecord? {
        let file = output.path + "/" + siteID + "/" + path
        guard let recorded = record.stamp, let stamp = FileStamp(path: file), stamp.size == recorded.size else { return nil }
        guard record.isRacy || stamp.modified != recorded.modified || stamp.inode != recorded.inode else { return record }
        guard let data = fileManager.contents(atPath: file), FileDigest(of: data) == record.digest else { return nil }
        return record.stamped(stamp)
    }

    /// The bytes of a built site's file, if they are the recorded ones: for a build that makes a file from its last bytes.
    func recordedBytes(_ siteID: String, _ path: String, _ record: BuildCache.FileRecord) -> Data? {
        guard let data = fileManager.contents(atPath: output.path + "/" + siteID + "/" + path), data.count == record.size,
              FileDigest(of: data) == record.digest else { return nil }
        return data
    }

    /// The files of a built site's folder no record names: in a folder that is not the one the cache recorded
    /// (restored from a CI cache, or put back by hand), files the build did not write, which a cached build removes.
    func unrecorded(_ siteID: String, _ records: [String: BuildCache.FileRecord]) throws -> [String] {
        try existingFiles(in: output.appendingPathComponent(siteID)).filter { records[$0] == nil }.sorted()
    }

    /// Records how each written file of a site now stands, once it is in place.
    func stamp(_ siteID: String, _ records: [String: BuildCache.FileRecord]) -> [String: BuildCache.FileRecord] {
        let folder = output.path + "/" + siteID + "/"
        var stamped = records
        for (path, record) in records where record.stamp == nil {
            stamped[path] = FileStamp(path: folder + path).map(record.stamped)
        }
        return stamped
    }

    /// Stages every file of a site built whole.
    func stageWhole(_ siteID: String, files: [OutputFile]) throws -> (StagedSite, written: Int, removed: Int) {
        let current = output.appendingPathComponent(siteID)
        let staged = staging.appendingPathComponent(siteID)
        let outcomes = try stage(files, in: staged) { file, target in
            let old = current.appendingPathComponent(file.path)
            if isUnchanged(old, file.data), link(old.path, target.path) == 0 { return false }
            try write(file.data, to: target)
            return true
        }
        let kept = Set(files.map(\.path))
        let removed = try existingFiles(in: current).filter { !kept.contains($0) }.count
        return (StagedSite(siteID: siteID, whole: true, changed: [], removed: []), outcomes.filter { $0 }.count, removed)
    }

    /// Stages the changed files of a site built from the cache; `removed` are files of the last build no page makes now.
    func stageChanges(_ siteID: String, files: [OutputFile], removed: [String]) throws -> StagedSite {
        _ = try stage(files, in: staging.appendingPathComponent(siteID)) { file, target in
            try write(file.data, to: target)
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
            try FileSystem.createFolder(path)
        }
        let outcomes = files.parallelMap { file in Result { try write(file, folder.appendingPathComponent(file.path)) } }
        return try outcomes.map { try $0.get() }
    }

    private func write(_ data: Data, to target: URL) throws {
        do {
            try data.write(to: target)
        } catch {
            throw FileSystemError(path: target.path, error)
        }
    }

    /// Puts every staged site in place, then the files at the top of the output (and removes those of them no longer
    /// made). Should a rename fail, the sites already in place stay (each is whole), the rest keep their last build,
    /// and the error is passed on.
    func commit(_ sites: [StagedSite], groupFiles: [OutputFile], removing gone: [String] = []) throws {
        defer { abandon() }
        for site in sites where !site.whole {
            try FileSystem.replace(movingMark(site.siteID), with: Data())
        }
        for site in sites {
            if site.whole { try swapIn(site.siteID) } else { try moveIn(site) }
        }
        for file in groupFiles {
            try writeIfChanged(file)
        }
        for name in gone {
            unlink(output.appendingPathComponent(name).path)
        }
    }

    /// Drops everything staged; the output stays as it was.
    public func abandon() {
        try? fileManager.removeItem(at: staging)
    }

    /// A file at the top of the output, replaced in one rename.
    private func writeIfChanged(_ file: OutputFile) throws {
        let target = output.appendingPathComponent(file.path)
        guard !isUnchanged(target, file.data) else { return }
        try FileSystem.replace(target.path, with: file.data, scratch: staging.path)
    }

    /// Compares sizes first, so a changed file is usually known without reading it.
    private func isUnchanged(_ old: URL, _ data: Data) -> Bool {
        guard FileStamp(path: old.path)?.size == data.count else { return false }
        return fileManager.contents(atPath: old.path) == data
    }

    /// The staged folder takes the site's name in one step; the old folder, now under the staged name, goes.
    private func swapIn(_ siteID: String) throws {
        let current = output.appendingPathComponent(siteID).path
        let staged = staging.appendingPathComponent(siteID).path
        if fileManager.fileExists(atPath: current) {
            try FileSystem.exchange(staged, current)
            try? fileManager.removeItem(atPath: staged)
        } else {
            try FileSystem.rename(staged, to: current)
        }
    }

    /// Each staged file replaces its target in one rename, so a reader never sees a half-written page.
    private func moveIn(_ site: StagedSite) throws {
        let current = output.appendingPathComponent(site.siteID)
        let staged = staging.appendingPathComponent(site.siteID)
        for path in site.changed {
            let target = current.appendingPathComponent(path)
            try FileSystem.createFolder(target.deletingLastPathComponent().path)
            try FileSystem.rename(staged.appendingPathComponent(path).path, to: target.path)
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
