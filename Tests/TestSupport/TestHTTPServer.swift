import ContentModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for sync tests: serves the files of a folder with ETags
/// (answering 304 to a matching If-None-Match), or misbehaves as a test tells it to.
public final class TestHTTPServer: @unchecked Sendable {
    public enum Behaviour: Sendable {
        case serve
        case status(Int)
        /// Answers only after this many seconds.
        case delay(Double)
        /// Every path redirects to the next, without end.
        case redirectLoop
        /// Every path redirects to this address.
        case redirect(to: String)
        /// Sends the first half of the file as if it were all of it.
        case truncate
        /// Sends this many bytes of filler.
        case huge(Int)
        /// Streams this many bytes of filler without a `Content-Length`, as a generated page comes.
        case stream(Int)
        /// Serves the files with this `Last-Modified` and no ETag, answering 304 to a matching If-Modified-Since.
        case serveLastModified(String)
        /// Serves the files with this `Content-Type` (a charset in it, or none).
        case serveAs(contentType: String)
    }

    public let folder: URL
    public let port: UInt16
    public var baseURL: String { "http://127.0.0.1:\(port)/" }

    private let listener: Int32
    private let lock = NSLock()
    private var current = Behaviour.serve
    private var stopped = false
    private var log: [(path: String, status: Int)] = []

    public init(folder: URL) throws {
        self.folder = folder
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit {
        stop()
    }

    /// Once only: a second `close` could close a descriptor the number has since been given to, another test's socket.
    public func stop() {
        let running = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard running else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    public var behaviour: Behaviour {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    /// Status codes answered so far, in order.
    public var statuses: [Int] { lock.withLock { log.map(\.status) } }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let thread = Thread { [self] in
                handle(connection)
                close(connection)
            }
            thread.start()
        }
    }

    private func handle(_ connection: Int32) {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.contains(Data("\r\n\r\n".utf8)) {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n")
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let headers = Dictionary(lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { first, _ in first })
        switch behaviour {
        case .serve:
            serve(path, headers: headers, on: connection)
        case .stream(let size):
            record(path, 200)
            stream(size, on: connection)
        case .serveLastModified(let date):
            guard headers["if-modified-since"] != date else { return respond(304, headers: ["Last-Modified": date], body: Data(), on: connection, path: path) }
            guard let data = try? Data(contentsOf: file(path)) else { return respond(404, body: Data(), on: connection, path: path) }
            respond(200, headers: ["Last-Modified": date, "Content-Type": "application/rss+xml"], body: data, on: connection, path: path)
        case .serveAs(let contentType):
            serve(path, headers: headers, contentType: contentType, on: connection)
        case .status(let status):
            respond(status, body: Data("failure".utf8), on: connection, path: path)
        case .delay(let seconds):
            Thread.sleep(forTimeInterval: seconds)
            serve(path, headers: headers, on: connection)
        case .redirectLoop:
            respond(302, headers: ["Location": "\(path)x"], body: Data(), on: connection, path: path)
        case .redirect(let address):
            respond(302, headers: ["Location": address], body: Data(), on: connection, path: path)
        case .truncate:
            guard let data = try? Data(contentsOf: file(path)) else { return respond(404, body: Data(), on: connection, path: path) }
            record(path, 200)
            send(Data("HTTP/1.1 200 OK\r\nContent-Length: \(data.count / 2)\r\nConnection: close\r\n\r\n".utf8) + data.prefix(data.count / 2), on: connection)
        case .huge(let size):
            respond(200, body: Data(repeating: 0x20, count: size), on: connection, path: path)
        }
    }

    private func file(_ path: String) -> URL {
        var relative = String(path.split(separator: "?").first ?? "").removingPercentEncoding ?? path
        if relative.hasSuffix("/") { relative += "index.html" }
        return folder.appendingPathComponent(String(relative.drop { $0 == "/" }))
    }

    private func serve(_ path: String, headers: [String: String], contentType: String = "application/rss+xml", on connection: Int32) {
        guard let data = try? Data(contentsOf: file(path)) else { return respond(404, body: Data("not found".utf8), on: connection, path: path) }
        let etag = "\"\(Fingerprint.hex(data))\""
        if headers["if-none-match"] == etag { return respond(304, headers: ["ETag": etag], body: Data(), on: connection, path: path) }
        respond(200, headers: ["ETag": etag, "Content-Type": contentType], body: data, on: connection, path: path)
    }

    private func respond(_ status: Int, headers: [String: String] = [:], body: Data, on connection: Int32, path: String) {
        record(path, status)
        var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (key, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(key): \(value)\r\n" }
        send(Data((head + "\r\n").utf8) + body, on: connection)
    }

    /// Stops early when the client hangs up.
    private func stream(_ size: Int, on connection: Int32) {
        let chunk = Data(repeating: 0x20, count: 1 << 16)
        guard send(Data("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n".utf8), on: connection) else { return }
        var sent = 0
        while sent < size, send(chunk, on: connection) {
            sent += chunk.count
        }
    }

    private func record(_ path: String, _ status: Int) {
        lock.withLock { log.append((path, status)) }
    }

    /// - Returns: whether all of it was sent.
    @discardableResult
    private func send(_ data: Data, on connection: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(connection, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }
}
