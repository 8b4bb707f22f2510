import ContentModel
import Foundation

/// A facts file: the format's line (`sitegroup-facts/1`), then the facts in the build cache's coding.
extension SiteFacts {
    public var data: Data {
        var writer = CacheWriter()
        writer.write(siteID)
        writer.write(sources)
        writer.write(size)
        for list in [documents, pages] {
            writer.write(list.count)
            for document in list {
                writer.write(document)
                // The coding leaves the body out, as the caches keep it in the file; facts carry it themselves.
                if case .text(let body) = document.storedBody { writer.write(Optional(body)) } else { writer.write(String?.none) }
            }
        }
        return Data((Self.format + "\n").utf8) + Data(writer.bytes)
    }

    /// The facts of `siteID` in `folder`, made from `sources` by this format; anything else is refused with what to do.
    public static func read(siteID: String, in folder: String, sources: String) throws(FactsProblem) -> SiteFacts {
        let path = folder + "/" + fileName(of: siteID)
        guard let data = FileManager.default.contents(atPath: path) else { throw FactsProblem(path: path, .missing) }
        let line = data.prefix { $0 != 0x0A }
        let format = String(decoding: line.prefix(64), as: UTF8.self)
        guard format == Self.format else { throw FactsProblem(path: path, .otherFormat(format)) }
        var reader = CacheReader(Array(data.dropFirst(line.count + 1)))
        let facts: SiteFacts
        do {
            facts = try SiteFacts(siteID: reader.string(), sources: reader.string(), size: reader.int(),
                                  documents: readDocuments(&reader), pages: readDocuments(&reader))
            guard reader.isAtEnd else { throw CacheReader.Malformed() }
        } catch {
            throw FactsProblem(path: path, .damaged)
        }
        guard facts.siteID == siteID else { throw FactsProblem(path: path, .otherSite(facts.siteID)) }
        guard facts.sources == sources else { throw FactsProblem(path: path, .stale) }
        return facts
    }

    private static func readDocuments(_ reader: inout CacheReader) throws -> [Document] {
        try (0..<reader.int()).map { _ in
            var document = try reader.value(Document.self)
            document.storedBody = try reader.optionalString().map(DocumentBody.text) ?? .elsewhere
            return document
        }
    }
}

/// A facts file a shard cannot build from: told with the file and what to do, never built around.
public struct FactsProblem: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case missing
        case otherFormat(String)
        case damaged
        case otherSite(String)
        /// The site's files are not those the facts were made from.
        case stale
    }

    public let path: String
    public let reason: Reason

    public init(path: String, _ reason: Reason) {
        (self.path, self.reason) = (path, reason)
    }

    public func text(in language: Language) -> String {
        let again = Wording("run `sitegroup facts --out FOLDER` on this checkout and pass that folder to --facts",
                            "请在当前检出的版本上运行 `sitegroup facts --out 文件夹`，再把该文件夹传给 --facts")
        let reason: Wording = switch self.reason {
        case .missing: Wording("there are no facts for this site", "没有该网站的事实文件")
        case .otherFormat(let found): Wording("its format is \"\(found)\"; this sitegroup reads \"\(SiteFacts.format)\"",
                                              "其格式为“\(found)”，本版本的 sitegroup 只读“\(SiteFacts.format)”")
        case .damaged: Wording("it ends early or holds what a facts file cannot", "文件不完整或已损坏")
        case .otherSite(let site): Wording("it holds the facts of the site \(site)", "其中是网站 \(site) 的事实")
        case .stale: Wording("the site's documents have changed since these facts were made", "生成该事实文件之后，网站的文档已有增删或改动")
        }
        return "\(path): \(reason.text(in: language))\(language == .chinese ? "；" : "; ")\(again.text(in: language))"
    }
}
