import ContentModel
import Foundation

/// A site's facts are two files, each opening with the format's line (`sitegroup-facts/1`), then the build cache's
/// coding: `<site>.facts`, the front matter every shard reads, and `<site>.bodies`, which only the portal's shard
/// reads, since only the portal shows other sites' documents in full. A province's bodies are gigabytes; its front
/// matter is what every shard can afford.
extension SiteFacts {
    public static func bodiesFileName(of siteID: String) -> String {
        "\(siteID).bodies"
    }

    /// The two files, by name.
    public var files: [(name: String, data: Data)] {
        var facts = header
        facts.write(size)
        // The coding leaves bodies out, as the caches keep them in the documents' files.
        for list in [documents, pages] { facts.write(list) }
        var bodies = header
        let carried = (documents + pages).compactMap { document -> (String, String)? in
            guard case .text(let body) = document.storedBody else { return nil }
            return (document.path, body)
        }
        bodies.write(carried.count)
        for (path, body) in carried {
            bodies.write(path)
            bodies.write(body)
        }
        return [(Self.fileName(of: siteID), Self.file(facts)), (Self.bodiesFileName(of: siteID), Self.file(bodies))]
    }

    private var header: CacheWriter {
        var writer = CacheWriter()
        writer.write(siteID)
        writer.write(sources)
        return writer
    }

    private static func file(_ writer: CacheWriter) -> Data {
        Data((format + "\n").utf8) + Data(writer.bytes)
    }

    /// The facts of `siteID` in `folder`, made from `sources` by this format, and with `bodies` the bodies they
    /// carry; anything else is refused with what to do. A body not read is `DocumentBody.elsewhere`.
    public static func read(siteID: String, in folder: String, sources: String, bodies: Bool) throws(FactsProblem) -> SiteFacts {
        let path = folder + "/" + fileName(of: siteID)
        var reader = try open(path, siteID: siteID, sources: sources)
        var facts: SiteFacts
        do {
            facts = try SiteFacts(siteID: siteID, sources: sources, size: reader.int(), documents: reader.array().map(Self.elsewhere),
                                  pages: reader.array().map(Self.elsewhere))
            guard reader.isAtEnd else { throw CacheReader.Malformed() }
        } catch {
            throw FactsProblem(path: path, .damaged)
        }
        guard bodies else { return facts }
        let bodiesPath = folder + "/" + bodiesFileName(of: siteID)
        var bodiesReader = try open(bodiesPath, siteID: siteID, sources: sources)
        var carried: [String: String] = [:]
        do {
            for _ in 0..<(try bodiesReader.int()) { carried[try bodiesReader.string()] = try bodiesReader.string() }
            guard bodiesReader.isAtEnd else { throw CacheReader.Malformed() }
        } catch {
            throw FactsProblem(path: bodiesPath, .damaged)
        }
        func withBody(_ document: Document) -> Document {
            guard let body = carried[document.path] else { return document }
            var known = document
            known.body = body
            return known
        }
        facts = SiteFacts(siteID: siteID, sources: sources, size: facts.size, documents: facts.documents.map(withBody), pages: facts.pages.map(withBody))
        return facts
    }

    /// A facts file's reader past its format line, site and sources, once those are as they must be.
    private static func open(_ path: String, siteID: String, sources: String) throws(FactsProblem) -> CacheReader {
        guard let data = FileManager.default.contents(atPath: path) else { throw FactsProblem(path: path, .missing) }
        let line = data.prefix { $0 != 0x0A }
        let format = String(decoding: line.prefix(64), as: UTF8.self)
        guard format == Self.format else { throw FactsProblem(path: path, .otherFormat(format)) }
        var reader = CacheReader(Array(data.dropFirst(line.count + 1)))
        let (site, made): (String, String)
        do {
            (site, made) = (try reader.string(), try reader.string())
        } catch {
            throw FactsProblem(path: path, .damaged)
        }
        guard site == siteID else { throw FactsProblem(path: path, .otherSite(site)) }
        guard made == sources else { throw FactsProblem(path: path, .stale) }
        return reader
    }

    private static func elsewhere(_ document: Document) -> Document {
        var known = document
        known.storedBody = .elsewhere
        return known
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
