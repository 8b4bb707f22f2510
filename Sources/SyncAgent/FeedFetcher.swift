import ContentModel
import Foundation
import HTTPFetch

/// Fetches a feed over HTTP(S), bounded in time, size and redirects (see `HTTPFetcher`), and with conditional GET
/// so an unchanged feed costs one short answer.
public struct FeedFetcher: Sendable {
    public typealias Limits = HTTPFetcher.Limits

    public enum Response: Sendable {
        case fetched(FetchedFeed)
        /// 304: nothing changed since the validators were given.
        case notModified
    }

    public let limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    public func fetch(_ url: URL, validators: FetchValidators = FetchValidators()) -> Result<Response, SourceFailure> {
        switch HTTPFetcher(limits: limits).get(url, headers: requestHeaders(validators)) {
        case .failure(let failure):
            return .failure(SourceFailure(failure.reason))
        case .success(let response):
            return outcome(response)
        }
    }

    private func requestHeaders(_ validators: FetchValidators) -> [String] {
        var headers = ["User-Agent: sitegroup-sync/1",
                       "Accept: application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"]
        if let etag = validators.etag { headers.append("If-None-Match: \(etag)") }
        if let modified = validators.lastModified { headers.append("If-Modified-Since: \(modified)") }
        return headers
    }

    private func outcome(_ response: HTTPFetcher.Response) -> Result<Response, SourceFailure> {
        switch response.status {
        case 304:
            return .success(.notModified)
        case 200..<300:
            let validators = FetchValidators(etag: response.headers["etag"], lastModified: response.headers["last-modified"])
            return .success(.fetched(FetchedFeed(data: response.body, validators: validators, finalURL: response.finalURL,
                                                 contentType: response.headers["content-type"])))
        case 300..<400:
            return .failure(SourceFailure(Wording("HTTP \(response.status): a redirect that was not followed", "HTTP \(response.status)：未跟随的重定向")))
        default:
            return .failure(SourceFailure(Wording("HTTP \(response.status)", "HTTP \(response.status)")))
        }
    }
}

extension HTTPFetcher.Limits {
    /// A feed's bounds: 30 s, 16 MiB, 5 redirects.
    public static let standard = HTTPFetcher.Limits(timeout: 30, maximumBytes: 16 << 20, maximumRedirects: 5)
}

/// A feed as the server sent it.
public struct FetchedFeed: Sendable {
    public var data: Data
    public var validators: FetchValidators
    /// Where the feed was found after redirects; its relative links resolve against it.
    public var finalURL: URL
    /// Its charset, for XML media types, outranks the document's own declaration.
    public var contentType: String?
}

/// What a server said about a feed's version, sent back on the next fetch (ETag / Last-Modified).
public struct FetchValidators: Sendable, Codable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    enum CodingKeys: String, CodingKey {
        case etag
        case lastModified = "last_modified"
    }
}
