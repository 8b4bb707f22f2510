import ContentModel
import Foundation

/// Documents as last loaded, by path, so that loading a large group parses only the files that changed.
/// An entry is used only when the file's fingerprint is the one it was made from, so the cache can never
/// give a stale document; it is also dropped whole when the sitegroup program or the group's time zone
/// changes, since both change how a file is read. Deleting its file only costs the next load its speed.
public final class DocumentCache: DocumentMemory, @unchecked Sendable {
    struct Entry: CacheCodable {
        /// The document without its body, which is the file's bytes from `bodyOffset` on.
        var document: Document
        var bodyOffset: Int
        var diagnostics: [Diagnostic]
        var stamp: FileStamp
        /// See `BodyFile.holdsLongNumber`.
        var holdsLongNumber: Bool

        init(document: Document, bodyOffset: Int, diagnostics: [Diagnostic], stamp: FileStamp, holdsLongNumber: Bool) {
            self.document = document
            self.bodyOffset = bodyOffset
            self.diagnostics = diagnostics
            self.stamp = stamp
            self.holdsLongNumber = holdsLongNumber
        }

        init(from reader: inout CacheReader) throws {
            self.init(document: try reader.value(), bodyOffset: try reader.int(), diagnostics: try reader.array(), stamp: try reader.value(),
                      holdsLongNumber: try reader.bool())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(document)
            writer.write(bodyOffset)
            writer.write(diagnostics)
            writer.write(stamp)
            writer.write(holdsLongNumber)
        }
    }

    public let file: URL
    private let program: String
    private var timeZone = ""
    private var previous: [String: Entry] = [:]
    /// Filled while loading, from many threads; `lock` guards it.
    private var current: [String: Entry] = [:]
    /// How many documents were read in full this time; the cache file is rewritten only when enough were.
    private var parsed = 0
    private var mustSave = false
    private let lock = NSLock()

    /// Reads the cache file if it is there and readable; otherwise the cache starts empty.
    /// - Parameter reading: false starts from nothing and replaces what the file held.
    public init(file: URL, reading: Bool = true) {
        self.file = file
        program = ProgramIdentity.current
        if reading, let (zone, entries) = CacheReader.file(at: file, program: program, { reader in
            (try reader.string(), try reader.dictionary(Entry.self))
        }) {
            timeZone = zone
            previous = entries
        }
    }

    /// Called once the group's time zone is known, before any document is looked up.
    public func use(timeZone: TimeZone) {
        if timeZone.identifier != self.timeZone {
            previous = [:]
            self.timeZone = timeZone.identifier
            mustSave = true
        }
    }

    /// The document a file held when it was last loaded, with its diagnostics, if the file's size, times and
    /// inode are as they were then; its body stays in the file until a `BodySource` reads it.
    public func document(at path: String, stamp: FileStamp) -> (Document, [Diagnostic])? {
        guard let entry = previous[path], entry.stamp == stamp else { return nil }
        var document = entry.document
        document.storedBody = .file(BodyFile(offset: entry.bodyOffset, stamp: stamp, holdsLongNumber: entry.holdsLongNumber))
        lock.withLock { current[path] = entry }
        return (document, entry.diagnostics)
    }

    /// The document a file held when it was last loaded, if its bytes are the same (a file saved again unchanged,
    /// or checked out anew).
    public func document(at path: String, contents data: Data, revision: String, stamp: FileStamp) -> (Document, [Diagnostic])? {
        guard var entry = previous[path], entry.document.revision == revision, entry.bodyOffset <= data.count else { return nil }
        var document = entry.document
        document.body = String(decoding: data[(data.startIndex + entry.bodyOffset)...], as: UTF8.self)
        entry.stamp = stamp.trusted
        lock.withLock {
            current[path] = entry
            parsed += 1
        }
        return (document, entry.diagnostics)
    }

    /// Remembers a freshly read document. Files whose body is not their last bytes as they stand (line ends
    /// of `\r\n`, which reading turns into `\n`) are not remembered; they are read in full every time.
    public func remember(_ document: Document?, diagnostics: [Diagnostic], contents data: Data, stamp: FileStamp) {
        guard let document, data.suffix(document.body.utf8.count).elementsEqual(document.body.utf8) else { return }
        var stripped = document
        stripped.body = ""
        let entry = Entry(document: stripped, bodyOffset: data.count - document.body.utf8.count, diagnostics: diagnostics, stamp: stamp.trusted,
                          holdsLongNumber: BodyFile.holdsLongNumber(document.body))
        lock.withLock {
            current[document.path] = entry
            parsed += 1
        }
    }

    /// Writes what this load found, files no longer there forgotten, once it differs enough from what was read.
    /// Rewriting tens of megabytes for one edited file would cost an incremental build more than parsing
    /// the few files edited since the last write, so the file is rewritten when over 1% of it is stale.
    public func save() throws {
        let (entries, parsed) = lock.withLock { (current, self.parsed) }
        let stale = parsed + max(0, previous.count - (entries.count - parsed))
        guard mustSave || stale > max(20, previous.count / 100) else { return }
        try FileSystem.createFolder(file.deletingLastPathComponent().path)
        let data = CacheWriter.file(program: program) { writer in
            writer.write(timeZone)
            writer.write(entries)
        }
        try FileSystem.replace(file.path, with: data)
    }
}

/// Which build of sitegroup is running, so caches made by another build are not trusted: the size and
/// modification time of the running program's file.
public enum ProgramIdentity {
    public static let current: String = {
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: program) else { return "unknown" }
        let size = attributes[.size] as? Int ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(program) \(size) \(modified)"
    }()
}
