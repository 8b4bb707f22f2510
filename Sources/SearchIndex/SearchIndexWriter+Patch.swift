import Foundation

/// An index made again from the last one when few of its documents changed: only the chunks of the changed
/// documents and the shards of the grams they gained or lost are made, from the files the last build wrote. Made
/// whole, an index reads every document's grams, which after a one-document edit of a large group cost seconds.
/// The files are the bytes a whole index would have; where that cannot be promised (documents added or removed
/// before the end, the shard count changing, a file not as it was written), `patch` declines and the index is made whole.
extension SearchIndexWriter {
    /// What the last build left of an index.
    public struct PreviousIndex {
        /// Its files' bytes by path within the index's folder, nil for a file that is not as the last build wrote it.
        public let file: (String) -> Data?
        /// The chunks (`d/<n>.json`) whose documents are exactly those the index now puts there; every other chunk
        /// and its documents' grams are made again.
        public let unchangedChunks: Set<Int>

        public init(file: @escaping (String) -> Data?, unchangedChunks: Set<Int>) {
            self.file = file
            self.unchangedChunks = unchangedChunks
        }
    }

    /// Past this share of changed chunks, patching costs about what making the index whole does.
    static let patchableShare = 0.05

    /// An index patched: the files made again, and every file the index consists of, the others kept as they are.
    public struct Patch {
        public let files: [(path: String, data: Data)]
        public let paths: [String]
    }

    /// The files that may differ from the last index's — the manifest, the changed chunks, the shards of changed grams,
    /// the column and site lists — or nil when the index must be made whole.
    public func patch(_ previous: PreviousIndex) -> Patch? {
        guard let data = previous.file("index.json"), let old = try? JSONDecoder().decode(Manifest.self, from: data), old.version == 1,
              old.chunk == Self.documentsPerChunk, let oldPostings = old.postings else { return nil }
        let chunkCount = (Swift.max(old.count, documents.count) + Self.documentsPerChunk - 1) / Self.documentsPerChunk
        let changed = (0..<chunkCount).filter { !previous.unchangedChunks.contains($0) || $0 * Self.documentsPerChunk >= old.count }
        guard Double(changed.count) <= Double(Swift.max(chunkCount, 1)) * Self.patchableShare + 1 else { return nil }
        var before: [Int: [Gram: Int]] = [:], after: [Int: [Gram: Int]] = [:]
        for chunk in changed where chunk * Self.documentsPerChunk < old.count {
            guard let file = previous.file("d/\(chunk).json"), let stored = try? JSONDecoder().decode([StoredDocument].self, from: file) else { return nil }
            for (offset, document) in stored.enumerated() {
                before[chunk * Self.documentsPerChunk + offset] = Self.flags(title: document.t, disclosure: [document.n ?? "", document.o ?? "", document.p ?? ""],
                                                                             text: document.b)
            }
        }
        for chunk in changed {
            for id in chunk * Self.documentsPerChunk..<Swift.min((chunk + 1) * Self.documentsPerChunk, documents.count) {
                after[id] = Self.flags(of: documents[id])
            }
        }
        let postings = oldPostings - before.values.reduce(0) { $0 + $1.count } + after.values.reduce(0) { $0 + $1.count }
        guard Self.shardCount(postings: postings) == old.shards else { return nil }
        var files = [(path: "index.json", data: encode(manifest(shards: old.shards, postings: postings)))]
        files += changed.filter { $0 * Self.documentsPerChunk < documents.count }.map { chunk in ("d/\(chunk).json", encode(self.chunk(chunk))) }
        guard let shards = patchedShards(before: before, after: after, count: old.shards, previous: previous) else { return nil }
        return Patch(files: files + shards + lists(), paths: paths(shards: old.shards))
    }

    /// The shards holding a gram some changed document gained, lost or holds with other flags, with those documents'
    /// postings replaced.
    private func patchedShards(before: [Int: [Gram: Int]], after: [Int: [Gram: Int]], count: Int,
                               previous: PreviousIndex) -> [(path: String, data: Data)]? {
        var touched: [Int: Set<Gram>] = [:]
        for id in Set(before.keys).union(after.keys) {
            let old = before[id] ?? [:], new = after[id] ?? [:]
            for (gram, flag) in old where new[gram] != flag { touched[gram.shard(count: count), default: []].insert(gram) }
            for (gram, flag) in new where old[gram] != flag { touched[gram.shard(count: count), default: []].insert(gram) }
        }
        let ids = Set(before.keys).union(after.keys)
        var files: [(path: String, data: Data)] = []
        for (shard, grams) in touched.sorted(by: { $0.key < $1.key }) {
            guard let file = previous.file("g/\(shard).json"), var postings = try? JSONDecoder().decode([String: String].self, from: file) else { return nil }
            for gram in grams {
                var values = (postings[gram.text].map(Self.postingValues) ?? []).filter { !ids.contains($0 / 4) }
                values += ids.compactMap { id in after[id]?[gram].map { id * 4 + $0 } }
                postings[gram.text] = values.isEmpty ? nil : Self.postingText(values.sorted())
            }
            files.append(("g/\(shard).json", encode(postings)))
        }
        return files
    }

    /// The postings `postingText` wrote, as document number times four plus flags.
    static func postingValues(_ text: String) -> [Int] {
        var previous = -1
        return text.split(separator: ",").map { part in
            let posting = Int(part) ?? 0
            previous += posting / 4
            return previous * 4 + posting % 4
        }
    }
}
