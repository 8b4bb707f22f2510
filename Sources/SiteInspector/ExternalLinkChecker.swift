import ContentModel
import Foundation
import HTTPFetch

/// What following an external link found, as `check --external` keeps it for a day.
public struct ExternalLinkStatus: Sendable, Hashable, Codable {
    var checkedAt: Date
    /// Why it gives no page, in both languages; nil when it answers.
    var deadEnglish: String?
    var deadChinese: String?
    /// Where it leads now, when that is another registered domain.
    var movedTo: String?
}

/// `check --external`: follows every external link of the group once, a few at a time, each bounded in time and
/// redirects, and keeps what it found for a day in `.sitegroup-cache/` beside the group, so a pipeline checking
/// every commit does not knock on every server every time.
public struct ExternalLinkChecker: Sendable {
    public var limits: HTTPFetcher.Limits
    /// Links followed at once.
    public var concurrency: Int
    /// How long a result is trusted.
    public var cacheLifetime: TimeInterval = 86_400

    /// 15 s and 5 redirects a link, 8 at a time; only the status is read, never the page.
    public static let standard = ExternalLinkChecker(limits: HTTPFetcher.Limits(timeout: 15, maximumBytes: 1 << 20, maximumRedirects: 5), concurrency: 8)

    public init(limits: HTTPFetcher.Limits, concurrency: Int) {
        self.limits = limits
        self.concurrency = concurrency
    }

    /// The cache of a group: `.sitegroup-cache/external-links.json` under its root.
    public static func cacheFile(root: String) -> URL {
        URL(fileURLWithPath: root).appendingPathComponent(".sitegroup-cache/external-links.json")
    }

    /// What each address gives, fetched unless a result of the last `cacheLifetime` is kept in `cache`.
    public func statuses(of addresses: Set<String>, cache: URL, now: Date) -> [String: ExternalLinkStatus] {
        let kept = Self.read(cache).filter { now.timeIntervalSince($0.value.checkedAt) < cacheLifetime }
        let missing = addresses.subtracting(kept.keys).sorted()
        let fetched = HTTPFetcher.boundedMap(missing, concurrency: concurrency) { address in status(of: address, now: now) }
        let all = kept.merging(zip(missing, fetched)) { $1 }
        Self.write(all, to: cache)
        return all.filter { addresses.contains($0.key) }
    }

    private func status(of address: String, now: Date) -> ExternalLinkStatus {
        var status = ExternalLinkStatus(checkedAt: now)
        guard let url = URL(string: address), let host = url.host else {
            (status.deadEnglish, status.deadChinese) = ("not a web address", "不是有效的网址")
            return status
        }
        switch HTTPFetcher(limits: limits).get(url, headers: ["User-Agent: sitegroup-check/1"], body: false) {
        case .failure(let failure):
            (status.deadEnglish, status.deadChinese) = (failure.reason.english, failure.reason.chinese)
        case .success(let response) where !(200..<300).contains(response.status):
            (status.deadEnglish, status.deadChinese) = ("HTTP \(response.status)", "HTTP \(response.status)")
        case .success(let response):
            if let now = response.finalURL.host, RegisteredDomain.of(now) != RegisteredDomain.of(host) {
                status.movedTo = response.finalURL.absoluteString
            }
        }
        return status
    }

    /// Results gathered from the fetching threads.
    /// A cache that cannot be read is no cache: every link is followed again.
    private static func read(_ cache: URL) -> [String: ExternalLinkStatus] {
        guard let data = try? Data(contentsOf: cache) else { return [:] }
        return (try? JSONDecoder().decode([String: ExternalLinkStatus].self, from: data)) ?? [:]
    }

    /// Written whole under another name, then renamed; the folder ignores itself in git, wherever the group is.
    private static func write(_ statuses: [String: ExternalLinkStatus], to cache: URL) {
        let folder = cache.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data("*\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try? encoder.encode(statuses).write(to: cache, options: .atomic)
    }
}
