import Foundation

/// The postings of an index as they are gathered, document by document in order: for every gram, the documents it
/// occurs in, already written as `SearchIndexWriter.postingText` writes them (each document as its distance from
/// the one before times four plus its flags), which takes two or three bytes a posting instead of an integer's eight.
/// Grams are kept by their shard among the most an index has (4,096): every smaller shard count divides it, so a
/// shard of any index is the union of some of these, known once every posting is counted.
///
/// `@unchecked Sendable`: each core's part is changed only by the one iteration of `concurrentPerform` given that
/// core, and read only after every iteration has returned.
final class GatheredPostings: @unchecked Sendable {
    /// One core's grams: a box of its own, so cores never write to the same storage.
    private final class Part {
        var grams: [Int: [Gram: List]] = [:]
    }

    static let finest = 4096

    struct List {
        var last = -1
        var text: [UInt8] = []

        mutating func append(_ document: Int, flags: Int) {
            if last >= 0 { text.append(UInt8(ascii: ",")) }
            text.append(contentsOf: String((document - last) * 4 + flags).utf8)
            last = document
        }
    }

    private let cores: Int
    /// For each core, the grams of the finest shards whose number leaves its remainder.
    private let parts: [Part]
    private(set) var count = 0

    init(cores: Int) {
        self.cores = Swift.max(1, cores)
        parts = (0..<self.cores).map { _ in Part() }
    }

    /// The gram sets of the documents numbered from `first` on, in order.
    func add(_ batch: [[Gram: Int]], from first: Int) {
        count += batch.reduce(0) { $0 + $1.count }
        DispatchQueue.concurrentPerform(iterations: cores) { core in
            let part = parts[core]
            for (offset, flags) in batch.enumerated() {
                for (gram, flag) in flags {
                    let finest = gram.shard(count: Self.finest)
                    guard finest % cores == core else { continue }
                    part.grams[finest, default: [:]][gram, default: List()].append(first + offset, flags: flag)
                }
            }
        }
    }

    /// Shard `shard` of `count`: its grams and their postings' text.
    func shard(_ shard: Int, of count: Int) -> [String: String] {
        var postings: [String: String] = [:]
        for finest in stride(from: shard, to: Self.finest, by: count) {
            for (gram, list) in parts[finest % cores].grams[finest] ?? [:] {
                postings[gram.text] = String(decoding: list.text, as: UTF8.self)
            }
        }
        return postings
    }
}
