import Foundation

/// Documents as last loaded, by path, so that loading a large group parses only the files that changed.
/// An entry is used only when the file's fingerprint is the one it was made from, so the cache can never
/// give a stale document; it is also dropped whole when the sitegroup program or the group's time zone
/// changes, since both change how a file is read. Deleting its file only costs the next load its speed.
public final class DocumentCache: @unchecked Sendable {
    struct Entry: CacheCodable {
        /// The document without its body, which is the file's bytes from `bodyOffset` on.
        var document: Document
        var bodyOffset: Int
        var diagnostics: [Diagnostic]

        init(document: Document, bodyOffset: Int, diagnostics: [Diagnostic]) {
            self.document = document
            self.bodyOffset = bodyOffset
            self.diagnostics = diagnostics
        }

        init(from reader: inout CacheReader) throws {
            self.init(document: try reader.value(), bodyOffset: try reader.int(), diagnostics: try reader.array())
        }

        func write(to writer: inout CacheWriter) {
            writer.write(document)
            writer.write(bodyOffset)
            writer.write(diagnostics)
        }
    }

    public let file: URL
    private let program: String
    private var timeZone = ""
    private var previous: [String: Entry] = [:]
    /// Filled while loading, from many threads; `lock` guards it.
    private var current: [String: Entry] = [:]
    private var changed = false
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
    func use(timeZone: TimeZone) {
        if timeZone.identifier != self.timeZone {
            previous = [:]
            self.timeZone = timeZone.identifier
            changed = true
        }
    }

    /// The document a file held when it was last loaded, with its diagnostics, if the file is unchanged.
    func document(at path: String, contents data: Data, revision: String) -> (Document, [Diagnostic])? {
        guard let entry = previous[path], entry.document.revision == revision, entry.bodyOffset <= data.count else { return nil }
        var document = entry.document
        document.body = String(decoding: data[(data.startIndex + entry.bodyOffset)...], as: UTF8.self)
        lock.withLock { current[path] = entry }
        return (document, entry.diagnostics)
    }

    /// Remembers a freshly read document. Files whose body is not their last bytes as they stand (line ends
    /// of `\r\n`, which reading turns into `\n`) are not remembered; they are read in full every time.
    func remember(_ document: Document?, diagnostics: [Diagnostic], contents data: Data) {
        guard let document, data.suffix(document.body.utf8.count).elementsEqual(document.body.utf8) else { return }
        var stripped = document
        stripped.body = ""
        let entry = Entry(document: stripped, bodyOffset: data.count - document.body.utf8.count, diagnostics: diagnostics)
        lock.withLock {
            current[document.path] = entry
            changed = true
        }
    }

    /// Writes what this load found, if anything differs from what was read; files no longer there are forgotten.
    public func save() throws {
        let entries = lock.withLock { current }
        guard changed || entries.count != previous.count else { return }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = CacheWriter.file(program: program) { writer in
            writer.write(timeZone)
            writer.write(entries)
        }
        try data.write(to: file, options: .atomic)
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
