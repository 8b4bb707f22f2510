import CCurl
import ContentModel
import Foundation

/// One HTTP(S) GET with libcurl, bounded in time, size and redirects, kept to http and https: what the sync agent
/// fetches feeds with and `check --external` follows links with.
///
/// libcurl rather than URLSession: on Linux, URLSession hands each chunk to its delegate on another queue and
/// keeps reading meanwhile, so a response without a `Content-Length` piled up in memory far past the cap before
/// the delegate could cancel (600 MB for a 16 MiB cap). libcurl's write callback runs on the reading thread:
/// refusing a chunk there stops the transfer at once, so the cap holds while the response streams in.
public struct HTTPFetcher: Sendable {
    public struct Limits: Sendable {
        /// Seconds for the whole exchange, redirects included.
        public var timeout: TimeInterval
        public var maximumBytes: Int
        public var maximumRedirects: Int

        public init(timeout: TimeInterval, maximumBytes: Int, maximumRedirects: Int) {
            self.timeout = timeout
            self.maximumBytes = maximumBytes
            self.maximumRedirects = maximumRedirects
        }
    }

    /// What the last server of the exchange answered.
    public struct Response: Sendable {
        public var status: Int
        /// The headers of the last response, names lower-cased.
        public var headers: [String: String]
        /// Empty when the body was not asked for.
        public var body: Data
        /// Where the exchange ended after redirects.
        public var finalURL: URL
    }

    public let limits: Limits

    public init(limits: Limits) {
        self.limits = limits
    }

    /// libcurl's global state is set up once, before any transfer.
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// - Parameter body: false stops at the first byte of the body, for a caller that wants only the status and
    ///   where the redirects led.
    public func get(_ url: URL, headers requestHeaders: [String], body: Bool = true) -> Result<Response, HTTPFailure> {
        guard Self.initialized, let handle = curl_easy_init() else {
            return .failure(HTTPFailure(Wording("libcurl could not start", "libcurl 无法启动")))
        }
        defer { curl_easy_cleanup(handle) }
        let transfer = Transfer(maximumBytes: limits.maximumBytes, keepsBody: body)
        var headers: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headers) }
        for header in requestHeaders { headers = curl_slist_append(headers, header) }
        guard configure(handle, url: url, headers: headers, transfer: transfer) else {
            return .failure(HTTPFailure(Wording("this libcurl cannot be limited to http and https (version 7.85 or later is needed)",
                                                "此 libcurl 无法限定为 http 和 https（需要 7.85 或更高版本）")))
        }
        let code = withExtendedLifetime(transfer) { curl_easy_perform(handle) }
        if let failure = failure(code, transfer: transfer) { return .failure(HTTPFailure(failure)) }
        var status = 0
        _ = sitegroup_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        _ = sitegroup_curl_get_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        let finalURL = effective.flatMap { URL(string: String(cString: $0)) } ?? url
        return .success(Response(status: status, headers: transfer.headers, body: transfer.body, finalURL: finalURL))
    }

    /// - Returns: false when the transfer cannot be kept to http and https.
    private func configure(_ handle: UnsafeMutableRawPointer, url: URL, headers: UnsafeMutablePointer<curl_slist>?, transfer: Transfer) -> Bool {
        _ = sitegroup_curl_set_string(handle, CURLOPT_URL, url.absoluteString)
        // A redirect to file:, ftp: or any other scheme would read what a fetch must never reach.
        guard sitegroup_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https") == CURLE_OK,
              sitegroup_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") == CURLE_OK else { return false }
        _ = sitegroup_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = sitegroup_curl_set_long(handle, CURLOPT_MAXREDIRS, limits.maximumRedirects)
        _ = sitegroup_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(limits.timeout * 1000))
        // Signals cannot carry timeouts in a threaded process.
        _ = sitegroup_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        // A declared length over the cap is refused before any of the body is read.
        _ = sitegroup_curl_set_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maximumBytes))
        // Any compression libcurl knows; the cap counts the bytes after decompression.
        _ = sitegroup_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        _ = sitegroup_curl_set_pointer(handle, CURLOPT_HTTPHEADER, headers)
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        _ = sitegroup_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue().receive(data!, size * count)
        }
        _ = sitegroup_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = sitegroup_curl_set_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue().header(data!, size * count)
        }
        _ = sitegroup_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        return true
    }

    private func failure(_ code: CURLcode, transfer: Transfer) -> Wording? {
        let tooLarge = Wording("the response is larger than \(limits.maximumBytes) bytes", "响应超过 \(limits.maximumBytes) 字节")
        switch code {
        case CURLE_OK:
            return nil
        case CURLE_WRITE_ERROR where transfer.stoppedAtBody:
            return nil
        case CURLE_FILESIZE_EXCEEDED:
            return tooLarge
        case CURLE_WRITE_ERROR where transfer.tooLarge:
            return tooLarge
        case CURLE_TOO_MANY_REDIRECTS:
            return Wording("more than \(limits.maximumRedirects) redirects (a redirect loop?)", "重定向超过 \(limits.maximumRedirects) 次（可能是循环重定向）")
        case CURLE_OPERATION_TIMEDOUT:
            return Wording("the request failed: no answer within \(Int(limits.timeout)) seconds", "请求失败：\(Int(limits.timeout)) 秒内没有响应")
        case CURLE_PARTIAL_FILE:
            return Wording("the response was cut off before its end", "响应在结束前中断")
        default:
            let reason = String(cString: curl_easy_strerror(code))
            return Wording("the request failed: \(reason)", "请求失败：\(reason)")
        }
    }

    /// The bytes and headers of one exchange, filled in by libcurl's callbacks on the calling thread.
    private final class Transfer {
        let maximumBytes: Int
        let keepsBody: Bool
        private(set) var body = Data()
        private(set) var tooLarge = false
        /// The body began and was not wanted: the transfer was stopped there on purpose.
        private(set) var stoppedAtBody = false
        /// The headers of the last response, names lower-cased: each redirect starts a new set.
        private(set) var headers: [String: String] = [:]

        init(maximumBytes: Int, keepsBody: Bool) {
            self.maximumBytes = maximumBytes
            self.keepsBody = keepsBody
        }

        /// - Returns: the bytes taken; fewer than offered stops the transfer.
        func receive(_ data: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
            guard keepsBody else {
                stoppedAtBody = true
                return 0
            }
            guard body.count + count <= maximumBytes else {
                tooLarge = true
                body = Data()
                return 0
            }
            data.withMemoryRebound(to: UInt8.self, capacity: count) { body.append($0, count: count) }
            return count
        }

        func header(_ data: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
            let line = data.withMemoryRebound(to: UInt8.self, capacity: count) { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) }
            if line.hasPrefix("HTTP/") {
                headers = [:]
            } else if let colon = line.firstIndex(of: ":") {
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return count
        }
    }
}

/// Why an exchange gave no answer: a timeout, a refused connection, too many redirects, too large a response.
public struct HTTPFailure: Error, Sendable {
    public let reason: Wording

    init(_ reason: Wording) {
        self.reason = reason
    }
}
