import CacheStore
import ContentModel
import Foundation
import Integrity

/// What the last build of an output folder made, kept beside it (`.public.cache/` for `public/`), so the next
/// build renders only the pages whose inputs changed and writes only the files whose bytes changed.
/// Every file is recorded with a key — a fingerprint of everything it is made from — and a digest of the bytes
/// written; every document with what rendering its body taught (facts). Deleting the folder is always safe: the next build is a cold one. A cache written by another
/// build of sitegroup is not trusted.
public final class BuildCache: @unchecked Sendable {
    /// One file of a built site: what it was made from, its bytes' digest, and how the file stood once in place.
    struct FileRecord: CacheCodable, Equatable {
        var key: UInt64
        /// The SHA-256 a site's manifest gives for the file.
        var digest: FileDigest
        var size: Int
        /// Taken after the build put the file in place; nil until then.
        var stamp: FileStamp?
        /// When the stamp was taken (nanoseconds since 1970).
        var stamped: Int

        init(key: UInt64, digest: FileDigest, size: Int, stamp: FileStamp? = nil, stamped: Int = 0) {
            (self.key, self.digest, self.size, self.stamp, self.stamped) = (key, digest, size, stamp, stamped)
        }

        /// A stamp taken within two seconds of the file's last change may not show a change made in the same
        /// clock tick after it (git's "racy" files): such a file is compared by its bytes.
        var isRacy: Bool {
            guard let stamp else { return true }
            return stamped - stamp.modified < 2_000_000_000
        }

        func stamped(_ stamp: FileStamp) -> FileRecord {
            FileRecord(key: key, digest: digest, size: size, stamp: stamp, stamped: Int(Date().timeIntervalSince1970 * 1_000_000_000))
        }

        init(from reader: inout CacheReader) throws {
            self.init(key: try reader.uint64(),
                      digest: FileDigest(words: (try reader.uint64(), try reader.uint64(), try reader.uint64(), try reader.uint64())),
                      size: try reader.int(),
                      stamp: try reader.optional(FileStamp.self), stamped: try reader.int())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(key)
            for word in [digest.words.0, digest.words.1, digest.words.2, digest.words.3] { writer.write(word) }
            writer.write(size)
            writer.write(stamp)
            writer.write(stamped)
        }
    }

    /// A built site's files by site-relative path, and the identity of its folder when they were written,
    /// so that a folder deleted or replaced by hand is rebuilt whole.
    struct SiteRecord: CacheCodable, Equatable {
        var folder: UInt64
        var files: [String: FileRecord]

        init(folder: UInt64, files: [String: FileRecord]) {
            self.folder = folder
            self.files = files
        }

        init(from reader: inout CacheReader) throws {
            self.init(folder: try reader.uint64(), files: try reader.dictionary())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(folder)
            writer.write(files)
        }
    }

    /// What rendering a document's body taught, for the pages that list it without showing it.
    struct DocumentFacts: CacheCodable {
        var revision: String
        /// The start of the first paragraph, as lists and descriptions show it when no summary was written.
        var summary: String
        /// The group paths its links lead to, whose state (published or not, where) the body depends on.
        var links: [String]
        /// The body's text, which search indexes hold: kept so an index is made again without reading every body.
        var text: String

        init(revision: String, summary: String, links: [String], text: String) {
            self.revision = revision
            self.summary = summary
            self.links = links
            self.text = text
        }

        init(from reader: inout CacheReader) throws {
            self.init(revision: try reader.string(), summary: try reader.string(), links: try reader.strings(), text: try reader.string())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(revision)
            writer.write(summary)
            writer.write(links)
            writer.write(text)
        }
    }

    public let folder: URL
    private(set) var sites: [String: SiteRecord] = [:]
    private(set) var facts: [String: DocumentFacts] = [:]
    /// Sites whose record changed this build; only their files are rewritten.
    private var changedSites = Set<String>()
    /// Facts learnt or dropped since the facts file was read; it is rewritten once over 1% of it is stale,
    /// since stale facts only cost a body rendered again.
    private var staleFacts = 0
    private var mustSaveFacts = false
    private let lock = NSLock()

    /// The build cache of an output folder and the document cache beside it, their files read at once.
    /// - Parameter reading: false starts from nothing, as a cold build, and replaces what the folder held.
    public static func open(forOutput output: String, reading: Bool = true) -> (BuildCache, DocumentCache) {
        let folder = folder(forOutput: output)
        let siteFiles = reading ? ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(sitePrefix) && $0.hasSuffix(".cache") }.sorted() : []
        // The document cache and the facts are tens of megabytes for a large group: each file is read on its own core.
        enum File: Sendable {
            case documents, facts
            case site(file: String)
        }
        enum Part: @unchecked Sendable {
            case documents(DocumentCache)
            case site(String, SiteRecord?)
            case facts([String: DocumentFacts]?)
        }
        let files: [File] = [.documents, .facts] + siteFiles.map { .site(file: $0) }
        let parts = files.parallelMap { file -> Part in
            switch file {
            case .documents:
                return .documents(DocumentCache(file: folder.appendingPathComponent("documents.cache"), reading: reading))
            case .facts:
                return .facts(reading ? CacheReader.file(at: folder.appendingPathComponent("facts.cache"), program: ProgramIdentity.current) {
                    try $0.dictionary(DocumentFacts.self)
                } : nil)
            case .site(let name):
                return .site(String(name.dropFirst(sitePrefix.count).dropLast(".cache".count)),
                             CacheReader.file(at: folder.appendingPathComponent(name), program: ProgramIdentity.current) { try $0.value(SiteRecord.self) })
            }
        }
        let cache = BuildCache(folder: folder)
        var documents: DocumentCache?
        for part in parts {
            switch part {
            case .documents(let cache): documents = cache
            case .site(let siteID, let record): cache.sites[siteID] = record
            case .facts(let facts): cache.facts = facts ?? [:]
            }
        }
        cache.mustSaveFacts = !reading || cache.facts.isEmpty
        return (cache, documents!)
    }

    private init(folder: URL) {
        self.folder = folder
    }

    /// The cache folder of an output folder: beside it, so it is not deployed with the sites.
    public static func folder(forOutput output: String) -> URL {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).cache")
    }

    private static let sitePrefix = "pages-"

    func learn(_ facts: [String: DocumentFacts]) {
        lock.withLock {
            self.facts.merge(facts) { _, new in new }
            staleFacts += facts.count
        }
    }

    /// Keeps only the facts of these documents.
    func keepFacts(of paths: Set<String>) {
        lock.withLock {
            let before = facts.count
            facts = facts.filter { paths.contains($0.key) }
            staleFacts += before - facts.count
        }
    }

    func record(_ siteID: String, _ record: SiteRecord) {
        lock.withLock {
            if sites[siteID] != record { changedSites.insert(siteID) }
            sites[siteID] = record
        }
    }

    /// Written after the output, so a build that failed half-way is redone from the last good record.
    func save() throws {
        try FileSystem.createFolder(folder.path)
        lock.lock()
        let (sites, changedSites, facts) = (self.sites, self.changedSites, self.facts)
        let saveFacts = mustSaveFacts || staleFacts > max(20, facts.count / 100)
        lock.unlock()
        for siteID in changedSites.sorted() {
            guard let record = sites[siteID] else { continue }
            try FileSystem.replace(folder.appendingPathComponent("\(Self.sitePrefix)\(siteID).cache").path,
                                   with: CacheWriter.file(program: ProgramIdentity.current) { writer in writer.write(record) })
        }
        if saveFacts {
            try FileSystem.replace(folder.appendingPathComponent("facts.cache").path,
                                   with: CacheWriter.file(program: ProgramIdentity.current) { writer in writer.write(facts) })
        }
        lock.withLock {
            self.changedSites = []
            if saveFacts { (staleFacts, mustSaveFacts) = (0, false) }
        }
    }
}

/// A fingerprint of the inputs of one output file, built up field by field (FNV-1a, 64 bits). Each field ends
/// with a separator byte, so `"ab", "c"` and `"a", "bc"` differ.
struct KeyHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    init(_ start: UInt64) {
        add(start)
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    mutating func add(_ number: Int) {
        add(UInt64(bitPattern: Int64(number)))
    }

    mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
        mix(0xFE)
    }

    mutating func add(_ flag: Bool) {
        mix(flag ? 1 : 0)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
