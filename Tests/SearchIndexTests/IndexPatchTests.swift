import Foundation
@testable import SearchIndex
import Testing

/// `SearchIndexWriter.patch` makes only the files an edit changes, and with the files it keeps they are the index made whole.
@Suite("Patching a search index")
struct IndexPatchTests {
    static func document(_ number: Int, text: String? = nil, day: Int? = nil) -> SearchableDocument {
        let day = day ?? number
        return SearchableDocument(path: "sites/s/content/news/n\(number).md", published: Date(timeIntervalSince1970: Double(day) * 86_400),
                                  day: "day \(day)", year: 2026, title: "第\(number)号通知", url: "news/n\(number)/", site: 0, column: 0,
                                  indexNumber: number % 3 == 0 ? "000-\(number)" : "", documentNumber: "", publisher: "",
                                  text: text ?? "森林防火工作第\(number)次部署，政务公开第\(number * 7)项。", revision: "r\(number)-\(text ?? "")")
    }

    static func writer(_ documents: [SearchableDocument]) -> SearchIndexWriter {
        SearchIndexWriter(documents: documents, sites: [SearchableSite(id: "s", name: "网站")], columns: [SearchableColumn(site: 0, id: "news", title: "要闻")])
    }

    /// Patches the index of `before` into that of `after`, with the chunks whose documents are the same kept.
    static func patched(_ before: [SearchableDocument], _ after: [SearchableDocument]) -> (files: [String: Data], made: Int)? {
        let old = Dictionary(uniqueKeysWithValues: writer(before).files().map { ($0.path, $0.data) })
        let next = writer(after)
        let previous = writer(before)
        let unchanged = Set(next.chunks.indices.filter { index in
            index < previous.chunks.count && previous.chunks[index].map(\.revision) == next.chunks[index].map(\.revision)
        })
        guard let patch = next.patch(SearchIndexWriter.PreviousIndex(file: { old[$0] }, unchangedChunks: unchanged)) else { return nil }
        var files = Dictionary(uniqueKeysWithValues: patch.paths.map { ($0, old[$0] ?? Data()) })
        for (path, data) in patch.files { files[path] = data }
        return (files, patch.files.count)
    }

    static let documents = (1...400).map { document($0) }

    @Test(arguments: [
        ("a body edited", documents.map { $0.path.hasSuffix("n200.md") ? document(200, text: "新增巡护和宣传。") : $0 }),
        ("a newest document added", documents + [document(401, text: "最新一篇。")]),
        ("the newest document removed", Array(documents.dropLast())),
    ])
    func aPatchHoldsTheBytesOfTheIndexMadeWhole(_ change: String, _ after: [SearchableDocument]) throws {
        let patched = try #require(Self.patched(Self.documents, after), "\(change): patched")
        let whole = Dictionary(uniqueKeysWithValues: Self.writer(after).files().map { ($0.path, $0.data) })
        #expect(patched.files == whole, "\(change)")
        #expect(patched.made < whole.count / 4, "\(change): \(patched.made) of \(whole.count) files made")
    }

    @Test func aDocumentMovedAcrossManyChunksIsNotPatched() {
        let moved = Self.documents.map { $0.path.hasSuffix("n2.md") ? Self.document(2, day: 500) : $0 }
        #expect(Self.patched(Self.documents, moved) == nil)
    }

    @Test func postingsReadBackAsWritten() {
        let values = [0 * 4 + 1, 3 * 4, 4 * 4 + 3, 120 * 4 + 2]
        #expect(SearchIndexWriter.postingValues(SearchIndexWriter.postingText(values)) == values)
    }
}
