@testable import CacheStore
@testable import ContentModel
import Foundation
import Integrity
@testable import SiteBuilder
import Testing

/// Every type the build caches keep is written and read back field for field. The check walks each value's stored
/// properties by reflection, so a field added to a type fails here until it is given a sample value and coded
/// (issue 11, item 13).
@Suite("The cache format keeps every field")
struct CacheFormatTests {
    static let location = SourceLocation(path: "sites/portal/content/news/a.md", line: 4, column: 7)
    static let day = Date(timeIntervalSince1970: 1_746_057_600)
    static let stamp = FileStamp(size: 120, modified: 1_700_000_000_000_000_001, changed: 1_700_000_000_000_000_002, inode: 77)

    static let frontMatter = FrontMatter(
        title: "关于做好森林防火工作的通知", date: day, slug: "fire-notice", summary: "部署防火工作。", author: "局办公室", source: "示例市林业局",
        tags: ["林业"], draft: true, weight: 3, expires: day.addingTimeInterval(86_400), classification: "internal",
        disclosure: Disclosure(indexNumber: "11500100MB0A12345K/2026-00011", documentNumber: "示林发〔2026〕12号", publisher: "示例市林业局",
                               written: day.addingTimeInterval(-86_400), topic: "农业、林业、水利\\林业", genre: "通知", validity: "有效",
                               location: location, keyLocations: ["index_no": location]),
        replied: day.addingTimeInterval(3_600),
        letter: Letter(received: day.addingTimeInterval(-172_800), sender: "张三丰", content: "清明节能否上山烧纸？", office: "示例市林业局"),
        origin: Origin(site: "forestry", siteName: "示例市林业局", url: "https://lyj.example.gov.cn/news/a/", id: "forestry/news/a",
                       revision: "r1", syncedAt: "2026-01-01T00:00:00Z", hash: "h", rule: "forestry-news", base: "https://lyj.example.gov.cn/",
                       path: "content/news/a.md"),
        format: .html, review: .approved, retracted: day.addingTimeInterval(7_200),
        image: DocumentImage(src: "assets/img/news/fire.svg", alt: "护林员在瞭望塔上观察林区", caption: "护林员巡查", location: location),
        extra: ["x": .list([.text("一"), .mapping(["k": .text("v")])])])

    static let document = Document(path: "sites/portal/content/news/a.md", siteID: "portal", columnID: "news", slug: "a",
                                   slugLocation: location, titleLocation: SourceLocation(path: "x.md", line: 2, column: 8),
                                   dateLocation: SourceLocation(path: "x.md", line: 3, column: 7),
                                   frontMatter: frontMatter, body: "正文", bodyLine: 9, revision: "abc")
    /// With a severity other than its rule's, as `check: severity:` may set, so the severity is coded on its own.
    static let diagnostic: Diagnostic = {
        var diagnostic = Diagnostic(.frontMatterInvalid, at: location, Wording("message", "消息"), fix: Wording("fix", "修改"))
        diagnostic.severity = .warning
        return diagnostic
    }()
    static let record = BuildCache.FileRecord(key: 1, digest: FileDigest(words: (2, 3, 5, 7)), size: 3, stamp: stamp, stamped: 4)

    /// What the caches leave out on purpose, by type: the field's path and why.
    static let notCoded = [
        // The caches keep a body as its offset in the file (`DocumentCache.Entry.bodyOffset`), never its text.
        "Document": ["fields.storedBody"],
        "Entry": ["document.fields.storedBody"],
    ]

    static let samples: [(String, any CacheCodable & Sendable)] = [
        ("SourceLocation", location),
        ("Wording", Wording("english", "中文")),
        ("Diagnostic", diagnostic),
        ("FrontMatterValue.text", FrontMatterValue.text("文字")),
        ("FrontMatterValue.list", FrontMatterValue.list([.text("一")])),
        ("FrontMatterValue.mapping", FrontMatterValue.mapping(["k": .text("v")])),
        ("Disclosure", frontMatter.disclosure!),
        ("Origin", frontMatter.origin!),
        ("FrontMatter", frontMatter),
        ("Document", document),
        ("FileStamp", stamp),
        ("Entry", DocumentCache.Entry(document: document, bodyOffset: 5, diagnostics: [diagnostic], stamp: stamp, holdsLongNumber: true)),
        ("FileRecord", record),
        ("SiteRecord", BuildCache.SiteRecord(folder: 9, files: ["index.html": record])),
        ("DocumentFacts", BuildCache.DocumentFacts(revision: "abc", summary: "摘要", links: ["sites/portal/content/news/b.md"], text: "正文")),
    ]

    @Test(arguments: samples.map(\.0))
    func everyFieldIsWrittenAndReadBack(_ name: String) throws {
        let sample = try #require(Self.samples.first { $0.0 == name }?.1)
        let skipped = Self.notCoded[name] ?? []
        #expect(Fields.atDefault(in: sample, skipping: skipped) == [], "give every field of the sample a value that is not its default")
        #expect(try Fields.lost(roundTripping: sample, skipping: skipped) == [])
    }

    /// The check itself: a type that forgets a field is caught, and so is a sample that leaves one at its default.
    @Test func aFieldLeftOutOfTheFormatIsCaught() throws {
        #expect(try Fields.lost(roundTripping: Forgetful(kept: "a", forgotten: 2), skipping: []) == ["forgotten: 2 became 0"])
        #expect(Fields.atDefault(in: Forgetful(kept: "a", forgotten: 0), skipping: []) == ["forgotten"])
    }

    private struct Forgetful: CacheCodable {
        var kept: String
        var forgotten = 0

        init(kept: String, forgotten: Int) {
            (self.kept, self.forgotten) = (kept, forgotten)
        }

        init(from reader: inout CacheReader) throws {
            kept = try reader.string()
        }

        func write(to writer: inout CacheWriter) {
            writer.write(kept)
        }
    }
}

/// Stored properties by reflection, down to their leaves, named by their path (`fields.frontMatter.title`).
private enum Fields {
    static func roundTrip<Value: CacheCodable>(_ value: Value) throws -> Value {
        var writer = CacheWriter()
        value.write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let read = try Value(from: &reader)
        #expect(reader.isAtEnd, "every byte written is read")
        return read
    }

    /// The leaves whose value did not survive a write and a read.
    static func lost(roundTripping value: any CacheCodable, skipping: [String]) throws -> [String] {
        let before = leaves(of: value, skipping: skipping), after = leaves(of: try roundTrip(value), skipping: skipping)
        let read = Dictionary(after, uniquingKeysWith: { first, _ in first })
        return before.compactMap { path, text in
            read[path] == text ? nil : "\(path): \(text) became \(read[path] ?? "nothing")"
        } + after.filter { path, _ in !before.contains { $0.0 == path } }.map { "\($0.0): appeared" }
    }

    /// The leaves left at a default (empty, zero, false, nil), which a forgotten field would read back unnoticed.
    static func atDefault(in value: Any, skipping: [String]) -> [String] {
        leaves(of: value, skipping: skipping).filter { ["", "0", "0.0", "false", "nil", "[]", "[:]"].contains($0.1) }.map(\.0)
    }

    /// `(path, description)` of every leaf, sorted by path; dictionaries by key, so their order does not matter.
    static func leaves(of value: Any, path: String = "", skipping: [String]) -> [(String, String)] {
        guard !skipping.contains(path) else { return [] }
        let mirror = Mirror(reflecting: value)
        func child(_ label: String) -> String { path.isEmpty ? label : "\(path).\(label)" }
        if value is Date || value is String || mirror.children.isEmpty && mirror.displayStyle != .optional {
            return [(path, mirror.displayStyle == .collection || mirror.displayStyle == .dictionary ? "[]" : "\(value)")]
        }
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [(path, "nil")] }
            return leaves(of: wrapped, path: path, skipping: skipping)
        case .dictionary:
            return mirror.children.flatMap { entry -> [(String, String)] in
                let pair = Array(Mirror(reflecting: entry.value).children)
                return leaves(of: pair[1].value, path: child("[\(pair[0].value)]"), skipping: skipping)
            }.sorted { $0.0 < $1.0 }
        case .collection, .set:
            return mirror.children.enumerated().flatMap { leaves(of: $0.element.value, path: child("[\($0.offset)]"), skipping: skipping) }
        default:
            return mirror.children.enumerated().flatMap { index, field in
                leaves(of: field.value, path: child(field.label ?? "\(index)"), skipping: skipping)
            }.sorted { $0.0 < $1.0 }
        }
    }
}
