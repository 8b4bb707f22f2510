import ContentModel
import Foundation

/// Writes the static files of one search index (see docs/SEARCH.md):
/// - `index.json`: how many documents, postings and shards, the sites, columns and the documents of each year;
/// - `g/<n>.json`: the grams hashed to shard n, each with the documents it occurs in (as a string of numbers);
/// - `d/<n>.json`: documents n×8 to n×8+7, with the text a match is verified against and a result shows;
/// - `c/<n>.json` and `s/<n>.json`: the documents of column n and of site n, for filters.
/// Documents are numbered oldest first, so a new document is added at the end and leaves the others' files alone.
public struct SearchIndexWriter: Sendable {
    public static let documentsPerChunk = 8
    /// About this many postings a shard; a shard of a one- or two-character query stays well under 500 KB.
    static let postingsPerShard = 24_000
    static let flagTitle = 1, flagDisclosure = 2

    let documents: [SearchableDocument]
    let sites: [SearchableSite]
    let columns: [SearchableColumn]

    public init(documents: [SearchableDocument], sites: [SearchableSite], columns: [SearchableColumn]) {
        self.documents = documents.sorted { ($0.published, $0.path) < ($1.published, $1.path) }
        self.sites = sites
        self.columns = columns
    }

    /// The index's files, by path within its folder.
    public func files() -> [(path: String, data: Data)] {
        let gathered = gatheredPostings()
        let shardCount = Self.shardCount(postings: gathered.count)
        var files = [(path: "index.json", data: encode(manifest(shards: shardCount, postings: gathered.count)))]
        files += Array(0..<shardCount).parallelMap { shard in ("g/\(shard).json", encode(gathered.shard(shard, of: shardCount))) }
        files += Array(0..<chunkCount).parallelMap { ("d/\($0).json", encode(chunk($0))) }
        return files + lists()
    }

    /// Every document's postings, read a batch of documents at a time so that only a batch's gram sets are held
    /// beside the postings: a 50,000-document group index held every document's grams at once, over a gigabyte.
    private func gatheredPostings() -> GatheredPostings {
        let gathered = GatheredPostings(cores: ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: documents.count, by: 1024) {
            let batch = Array(documents[start..<Swift.min(start + 1024, documents.count)]).parallelMap(Self.flags(of:))
            gathered.add(batch, from: start)
        }
        return gathered
    }

    /// Every file an index of these documents consists of, with `shards` shards.
    public func paths(shards: Int) -> [String] {
        ["index.json"] + (0..<shards).map { "g/\($0).json" } + (0..<chunkCount).map { "d/\($0).json" }
            + columns.indices.map { "c/\($0).json" } + sites.indices.map { "s/\($0).json" }
    }

    /// The documents of each chunk file, in order: a chunk is made again only when one of them changed.
    public var chunks: [ArraySlice<SearchableDocument>] {
        (0..<chunkCount).map(chunkDocuments)
    }

    private var chunkCount: Int { (documents.count + Self.documentsPerChunk - 1) / Self.documentsPerChunk }

    private func chunkDocuments(_ chunk: Int) -> ArraySlice<SearchableDocument> {
        documents[chunk * Self.documentsPerChunk..<min((chunk + 1) * Self.documentsPerChunk, documents.count)]
    }

    func chunk(_ chunk: Int) -> [StoredDocument] {
        chunkDocuments(chunk).map(StoredDocument.init)
    }

    /// The documents of each column and of each site, for filters.
    func lists() -> [(path: String, data: Data)] {
        columns.indices.map { column in ("c/\(column).json", encode(deltas(documents.indices.filter { documents[$0].column == column }))) }
            + sites.indices.map { site in ("s/\(site).json", encode(deltas(documents.indices.filter { documents[$0].site == site }))) }
    }

    /// The fewest shards, a power of two up to 4,096, that keep each near `postingsPerShard`.
    static func shardCount(postings: Int) -> Int {
        var count = 1
        while count < 4096, count * postingsPerShard < postings { count *= 2 }
        return count
    }

    /// A document's grams, with whether each occurs in its title and in its disclosure fields.
    static func flags(of document: SearchableDocument) -> [Gram: Int] {
        flags(title: document.title, disclosure: [document.indexNumber, document.documentNumber, document.publisher], text: document.text)
    }

    static func flags(title: String, disclosure: [String], text: String) -> [Gram: Int] {
        var titleGrams = Set<Gram>(), disclosureGrams = Set<Gram>(), body = Set<Gram>()
        SearchText.grams(of: title, into: &titleGrams)
        for field in disclosure {
            SearchText.grams(of: field, into: &disclosureGrams)
        }
        SearchText.grams(of: text, into: &body)
        var flags: [Gram: Int] = Dictionary(minimumCapacity: body.count)
        for gram in body { flags[gram] = 0 }
        for gram in disclosureGrams { flags[gram, default: 0] |= flagDisclosure }
        for gram in titleGrams { flags[gram, default: 0] |= flagTitle }
        return flags
    }

    /// A gram's postings as one string of numbers between commas (`"5,4,13"`): a shard is mostly postings, and
    /// JSON's encoder writes one string far faster than an array of as many numbers.
    static func postingText(_ values: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 3)
        var previous = -1
        for value in values {
            if previous >= 0 { bytes.append(UInt8(ascii: ",")) }
            let posting = (value / 4 - previous) * 4 + value % 4
            bytes.append(contentsOf: String(posting).utf8)
            previous = value / 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func deltas(_ ids: [Int]) -> [Int] {
        zip(ids, [-1] + ids).map { $0 - $1 }
    }

    func manifest(shards: Int, postings: Int) -> Manifest {
        var years: [Manifest.Year] = []
        for (id, document) in documents.enumerated() {
            if years.last?.year == document.year { years[years.count - 1].last = id } else { years.append(.init(year: document.year, first: id, last: id)) }
        }
        return Manifest(version: 1, count: documents.count, shards: shards, chunk: Self.documentsPerChunk, postings: postings, sites: sites,
                        columns: columns, years: years)
    }

    func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value here is made of strings and numbers, which always encode.
        return (try? encoder.encode(value)) ?? Data()
    }

    struct Manifest: Codable {
        struct Year: Codable {
            let year: Int
            let first: Int
            var last: Int
        }

        let version: Int
        let count: Int
        let shards: Int
        let chunk: Int
        /// How many postings the shards hold, which decides how many shards there are: kept so an index can be patched.
        let postings: Int?
        let sites: [SearchableSite]
        let columns: [SearchableColumn]
        let years: [Year]
    }

    /// A document as a chunk stores it, under one-letter names: chunks are most of what a query downloads.
    struct StoredDocument: Codable {
        let t: String, u: String, d: String, s: Int, c: Int?, n: String?, o: String?, p: String?, b: String

        init(_ document: SearchableDocument) {
            (t, u, d, s, c, b) = (document.title, document.url, document.day, document.site, document.column, document.text)
            n = document.indexNumber.isEmpty ? nil : document.indexNumber
            o = document.documentNumber.isEmpty ? nil : document.documentNumber
            p = document.publisher.isEmpty ? nil : document.publisher
        }
    }
}
