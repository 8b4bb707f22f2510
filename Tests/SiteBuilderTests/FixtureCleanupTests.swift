import Foundation
import Testing
import TestSupport

@Suite("Test fixtures leave nothing behind")
struct FixtureCleanupTests {
    @Test func aFixtureGroupIsRemovedWithItsOutputAndCacheWhenTheTestLetsGoOfIt() throws {
        var root: URL?
        do {
            let fixture = try FixtureGroup([:])
            #expect(try fixture.build().errors == [])
            root = fixture.root
            #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(".public.cache").path))
            let copy = fixture
            #expect(copy.output("portal/index.html") != nil, "a copy reads the same folder")
        }
        #expect(FileManager.default.fileExists(atPath: try #require(root).path) == false)
    }
}
