import ContentModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a feed over HTTP(S) through the platform's URL session, with a bound on time, size and redirects,
/// and with conditional GET so an unchanged feed costs one short answer.
public struct FeedFetcher: Sendable {
    public struct Limits: Sendable {
        /// Seconds for the whole exchange, redirects included.
        public var timeout: TimeInterval
        public var maximumBytes: Int
        public var maximumRedirects: Int

        public static let standard = Limits(timeout: 30, maximumBytes: 16 << 20, maximumRedirects: 5)

        public init(timeout: TimeInterval, maximumBytes: Int, maximumRedirects: Int) {
            self.timeout = timeout
            self.maximumBytes = maximumBytes
            self.maximumRedirects = maximumRedirects
        }
    }

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
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limits.timeout)
        request.setValue("sitegroup-sync/1", forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let modified = validators.lastModified { request.setValue(modified, forHTTPHeaderField: "If-Modified-Since") }
        let exchange = Exchange(limits: limits)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = limits.timeout
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration, delegate: exchange, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        session.dataTask(with: request).resume()
        guard exchange.finished.wait(timeout: .now() + limits.timeout + 5) == .success else {
            return .failure(SourceFailure(Wording("no answer within \(Int(limits.timeout)) seconds", "\(Int(limits.timeout)) 秒内没有响应")))
        }
        return exchange.outcome(for: url)
    }

    /// The state of one request, filled in by the session's delegate queue and read once it is finished.
    private final class Exchange: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let limits: Limits
        let finished = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var data = Data()
        private var response: HTTPURLResponse?
        private var failure: Wording?
        private var redirects = 0

        init(limits: Limits) {
            self.limits = limits
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            lock.lock()
            redirects += 1
            let allowed = redirects <= limits.maximumRedirects
            if !allowed {
                failure = Wording("more than \(limits.maximumRedirects) redirects (a redirect loop?)", "重定向超过 \(limits.maximumRedirects) 次（可能是循环重定向）")
            }
            lock.unlock()
            if allowed { completionHandler(request) } else { completionHandler(nil); task.cancel() }
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            lock.lock()
            self.response = response as? HTTPURLResponse
            let tooLarge = response.expectedContentLength > Int64(limits.maximumBytes)
            if tooLarge { failure = tooLargeWording }
            lock.unlock()
            completionHandler(tooLarge ? .cancel : .allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            lock.lock()
            self.data.append(data)
            let tooLarge = self.data.count > limits.maximumBytes
            if tooLarge {
                failure = tooLargeWording
                self.data = Data()
            }
            lock.unlock()
            if tooLarge { dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            lock.lock()
            if let error, failure == nil {
                failure = Wording("the request failed: \(error.localizedDescription)", "请求失败：\(error.localizedDescription)")
            }
            lock.unlock()
            finished.signal()
        }

        private var tooLargeWording: Wording {
            Wording("the response is larger than \(limits.maximumBytes) bytes", "响应超过 \(limits.maximumBytes) 字节")
        }

        func outcome(for url: URL) -> Result<Response, SourceFailure> {
            lock.lock()
            defer { lock.unlock() }
            if let failure { return .failure(SourceFailure(failure)) }
            guard let response else { return .failure(SourceFailure(Wording("no HTTP response", "没有 HTTP 响应"))) }
            switch response.statusCode {
            case 304:
                return .success(.notModified)
            case 200..<300:
                let validators = FetchValidators(etag: response.value(forHTTPHeaderField: "ETag"),
                                                 lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
                return .success(.fetched(FetchedFeed(data: data, validators: validators, finalURL: response.url ?? url,
                                                     contentType: response.value(forHTTPHeaderField: "Content-Type"))))
            case 300..<400:
                return .failure(SourceFailure(Wording("HTTP \(response.statusCode): a redirect that was not followed", "HTTP \(response.statusCode)：未跟随的重定向")))
            default:
                return .failure(SourceFailure(Wording("HTTP \(response.statusCode)", "HTTP \(response.statusCode)")))
            }
        }
    }
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
