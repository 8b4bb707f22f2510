import Foundation

/// What writing one site changed.
public struct WriteSummary: Sendable {
    public let siteID: String
    public let written: Int
    public let unchanged: Int
    public let removed: Int
}

/// Writes rendered sites into the output folder without ever leaving a half-written site behind.
/// Each site is assembled in a staging folder beside the output — unchanged files hard-linked from the
/// old output, so they keep their bytes and times — and swapped in only once every site is complete.
public struct OutputWriter {
    public let output: URL
    private let fileManager = FileManager.default

    public init(public path: String) {
        output = URL(fileURLWithPath: path).standardizedFileURL
    }

    private var staging: URL { output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging") }

    public func write(_ rendered: RenderedGroup) throws -> [WriteSummary] {
        try? fileManager.removeItem(at: staging)
        var summaries: [WriteSummary] = []
        do {
            try fileManager.createDirectory(at: output, withIntermediateDirectories: true)
            for site in rendered.sites {
                summaries.append(try stage(site))
            }
            for site in rendered.sites {
                try swapIn(site.siteID)
            }
            for file in rendered.groupFiles {
                try writeIfChanged(file)
            }
            try? fileManager.removeItem(at: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw BuildError.output(path: output.path, reason: "\(error.localizedDescription)")
        }
        return summaries
    }

    private func stage(_ site: RenderedSite) throws -> WriteSummary {
        let current = output.appendingPathComponent(site.siteID)
        let staged = staging.appendingPathComponent(site.siteID)
        var written = 0
        for file in site.files {
            let target = staged.appendingPathComponent(file.path)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let old = current.appendingPathComponent(file.path)
            if isUnchanged(old, file.data), (try? fileManager.linkItem(at: old, to: target)) != nil {
                continue
            }
            try file.data.write(to: target)
            written += 1
        }
        let kept = Set(site.files.map(\.path))
        let removed = try existingFiles(in: current).filter { !kept.contains($0) }.count
        return WriteSummary(siteID: site.siteID, written: written, unchanged: site.files.count - written, removed: removed)
    }

    /// A file at the top of the output, replaced in one rename.
    private func writeIfChanged(_ file: OutputFile) throws {
        let target = output.appendingPathComponent(file.path)
        guard !isUnchanged(target, file.data) else { return }
        try file.data.write(to: target, options: .atomic)
    }

    /// Compares sizes first, so a changed file is usually known without reading it.
    private func isUnchanged(_ old: URL, _ data: Data) -> Bool {
        guard let size = (try? fileManager.attributesOfItem(atPath: old.path))?[.size] as? Int, size == data.count else { return false }
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
