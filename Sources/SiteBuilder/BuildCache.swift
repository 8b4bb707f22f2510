import ContentModel
import Foundation

/// What the last build of an output folder made, kept beside it (`.public.cache/` for `public/`), so the next
/// build renders only the pages whose inputs changed and writes only the files whose bytes changed.
/// Every page is recorded with a key — a fingerprint of everything the page is made from — and a digest of the
/// bytes written. Deleting the folder is always safe: the next build is a cold one. A cache written by another
/// build of sitegroup is not trusted.
public final class BuildCache: @unchecked Sendable {
    /// One file of a built site.
    struct FileRecord: CacheCodable, Equatable {
        var key: UInt64
        var digest: UInt64
        var size: Int

        init(key: UInt64, digest: UInt64, size: Int) {
            self.key = key
            self.digest = digest
            self.size = size
        }

        init(from reader: inout CacheReader) throws {
            self.init(key: try reader.uint64(), digest: try reader.uint64(), size: try reader.int())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(key)
            writer.write(digest)
            writer.write(size)
        }
    }

    /// A built site's files by site-relative path, and the identity of its folder when they were written,
    /// so that a folder deleted or replaced by hand is rebuilt whole.
    struct SiteRecord: CacheCodable {
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

        init(revision: String, summary: String, links: [String]) {
            self.revision = revision
            self.summary = summary
            self.links = links
        }

        init(from reader: inout CacheReader) throws {
            self.init(revision: try reader.string(), summary: try reader.string(), links: try reader.strings())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(revision)
            writer.write(summary)
            writer.write(links)
        }
    }

    public let folder: URL
    var sites: [String: SiteRecord] = [:]
    var facts: [String: DocumentFacts] = [:]
    private let lock = NSLock()

    /// - Parameter reading: false starts from nothing, as a cold build, and replaces what the folder held.
    public init(folder: URL, reading: Bool = true) {
        self.folder = folder
        if reading, let (sites, facts) = CacheReader.file(at: file, program: ProgramIdentity.current, { reader in
            (try reader.dictionary(SiteRecord.self), try reader.dictionary(DocumentFacts.self))
        }) {
            self.sites = sites
            self.facts = facts
        }
    }

    /// The cache folder of an output folder: beside it, so it is not deployed with the sites.
    public static func folder(forOutput output: String) -> URL {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).cache")
    }

    /// Where documents as last loaded are kept, for `GroupLoader`.
    public var documentsFile: URL { folder.appendingPathComponent("documents.cache") }

    private var file: URL { folder.appendingPathComponent("pages.cache") }

    func learn(_ facts: [String: DocumentFacts]) {
        lock.withLock { self.facts.merge(facts) { _, new in new } }
    }

    /// Written after the output, so a build that failed half-way is redone from the last good record.
    func save() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let data = lock.withLock {
            CacheWriter.file(program: ProgramIdentity.current) { writer in
                writer.write(sites)
                writer.write(facts)
            }
        }
        try data.write(to: file, options: .atomic)
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
