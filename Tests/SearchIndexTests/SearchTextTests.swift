import Foundation
@testable import SearchIndex
import Testing

/// The folding, grams and shard hash the build uses, which search.js must repeat exactly.
@Suite("Search text")
struct SearchTextTests {
    @Test func fullWidthFoldsToHalfWidthAndCapitalsToSmall() {
        #expect(SearchText.fold("ＧＤＰ２０２６　Ab〔2026〕") == "gdp2026 ab〔2026〕")
    }

    @Test func gramsAreEveryCharacterAndNeighbouringPairLeavingOutWhiteSpace() {
        var grams = Set<Gram>()
        SearchText.grams(of: "集约化 ab", into: &grams)
        #expect(Set(grams.map(\.text)) == ["集", "约", "化", "集约", "约化", "a", "b", "ab"])
    }

    /// The values search.js computes for the same grams (`shardOf` in themes/default/assets/js/search.js).
    @Test func shardsAreTheOnesTheBrowserComputes() {
        #expect(SearchText.shard(of: "森林", count: 4096) == 1321)
        #expect(SearchText.shard(of: "gd", count: 4096) == 3142)
        #expect(SearchText.shard(of: "a", count: 7) == 5)
        #expect(Gram("森", "林").shard(count: 4096) == 1321 && Gram("森", "林").text == "森林")
    }

    @Test func openCCMakesTraditionalCharactersSimplified() throws {
        let table = try JSONDecoder().decode([String: String].self, from: try #require(TraditionalChinese.simplifiedTable))
        #expect(table["統"] == "统" && table["計"] == "计" && table["網"] == "网")
        #expect(table["统"] == nil)
    }

    /// Documents 0 (in the title), 3, and 4 (in the 信息公开 fields): distance from the one before, times four, plus flags.
    @Test func postingsAreDistancesTimesFourPlusFlags() {
        #expect(SearchIndexWriter.postingText([0 * 4 + 1, 3 * 4, 4 * 4 + 2]) == "5,12,6")
    }
}
