import ContentModel
import Foundation
import HTTPFetch
import Integrity
import Markup

/// A copy of a built site as a web server serves it: every file the manifest names is fetched (a few at a time, each
/// bounded in time and size) and compared. A server cannot be listed, so a file added to it is found when a page links
/// to it — a page changed to show something added is itself reported as modified, and what it links to on the same
/// site, if the server has it and the manifest does not, as unexpected.
public struct ServedCopy: Sendable {
    public let base: URL
    public var limits: HTTPFetcher.Limits
    /// Files fetched at once.
    public var concurrency: Int

    /// 30 s and 64 MiB a file, 8 at a time.
    public init(base: URL, limits: HTTPFetcher.Limits = HTTPFetcher.Limits(timeout: 30, maximumBytes: 64 << 20, maximumRedirects: 5),
                concurrency: Int = 8) {
        self.base = base.absoluteString.hasSuffix("/") ? base : base.appendingPathComponent("")
        (self.limits, self.concurrency) = (limits, concurrency)
    }

    public func findings(against manifest: Manifest) -> [CopyFinding] {
        let named = Set(manifest.files.map(\.path))
        let entries = Dictionary(manifest.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let checked = fetchAll(manifest.files.map(\.path)) { path, fetched -> (CopyFinding?, [String]) in
            guard let entry = entries[path] else { return (nil, []) }
            switch fetched {
            case .file(let data):
                guard let finding = entry.finding(for: data) else { return (nil, []) }
                return (finding, path.hasSuffix(".html") ? linkedPaths(from: data, page: path) : [])
            case .absent:
                return (CopyFinding(path, .missing), [])
            case .failed(let reason):
                return (CopyFinding(path, .unreadable(reason)), [])
            }
        }
        var findings = checked.compactMap(\.0)
        let linked = Set(checked.flatMap(\.1)).subtracting(named).sorted()
        findings += fetchAll(linked) { path, fetched -> CopyFinding? in
            if case .file = fetched { CopyFinding(path, .unexpected) } else { nil }
        }.compactMap { $0 }
        return findings.sorted()
    }

    /// What the server gave for a path.
    private enum Fetched {
        case file(Data)
        /// 404 or 410.
        case absent
        case failed(Wording)
    }

    /// What `judge` makes of each path's answer, in the order of `paths`, `concurrency` fetched at a time.
    private func fetchAll<Judged: Sendable>(_ paths: [String], _ judge: @escaping @Sendable (String, Fetched) -> Judged) -> [Judged] {
        HTTPFetcher.boundedMap(paths, concurrency: concurrency) { path in judge(path, fetch(path)) }
    }

    private func fetch(_ path: String) -> Fetched {
        guard let url = address(of: path) else { return .failed(Wording("its path cannot be an address", "其路径无法构成网址")) }
        switch HTTPFetcher(limits: limits).get(url, headers: ["User-Agent: sitegroup-verify/1"]) {
        case .success(let response) where response.status == 200:
            return .file(response.body)
        case .success(let response) where response.status == 404 || response.status == 410:
            return .absent
        case .success(let response):
            return .failed(Wording("the server answered \(response.status)", "服务器返回 \(response.status)"))
        case .failure(let failure):
            return .failed(failure.reason)
        }
    }

    private func address(of path: String) -> URL? {
        let encoded = path.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? String($0) }
        return URL(string: encoded.joined(separator: "/"), relativeTo: base)?.absoluteURL
    }

    /// The site paths a page links to on this copy: `news/` is `news/index.html`; other sites, queries and fragments aside.
    private func linkedPaths(from page: Data, page path: String) -> [String] {
        guard let pageURL = address(of: path) else { return [] }
        let root = base.path(percentEncoded: false)
        return HTMLAddresses.all(in: page).compactMap { written -> String? in
            guard let url = URL(string: written, relativeTo: pageURL)?.absoluteURL, url.scheme == base.scheme, url.host == base.host,
                  url.port == base.port else { return nil }
            let full = url.path(percentEncoded: false)
            guard full.hasPrefix(root) else { return nil }
            let relative = String(full.dropFirst(root.count))
            return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        }
    }
}
