import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Just enough HTTP/1.1 and WebSocket to read what `sitegroup serve` sends, over a plain socket, so the tests see the
/// bytes the server wrote and need no client library.
struct LoopbackClient {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: UInt16

    /// `GET path`: the status and the body.
    func get(_ path: String) throws -> (status: Int, body: String) {
        try request("GET", path)
    }

    /// Any request, with a JSON body if one is given (WebDriver's commands): the status and the body.
    func request(_ method: String, _ path: String, json: Any? = nil) throws -> (status: Int, body: String) {
        let socket = try connect()
        defer { close(socket) }
        let body = try json.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) } ?? ""
        let type = json == nil ? "" : "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
        try send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\(type)\r\n\(body)", to: socket)
        // Read to the end of the body its length gives: chromedriver answers `Connection: close` but keeps the
        // connection open. Without a length, to the end of the connection.
        var response = Data()
        while !response.holdsWholeBody, let chunk = try receive(from: socket) { response.append(chunk) }
        let text = String(decoding: response, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n").first, let status = Int(statusLine.split(separator: " ")[1]),
              let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "not an HTTP response: \(text.prefix(200))") }
        return (status, String(text[split.upperBound...]))
    }

    /// Opens the live connection a served page opens; `next()` reads the server's text messages one by one.
    func live(_ path: String) throws -> LiveConnection {
        let socket = try connect()
        try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", to: socket)
        var head = Data()
        while !head.ends(with: "\r\n\r\n") {
            guard let byte = try receive(from: socket, count: 1) else { throw Failure(description: "no handshake") }
            head.append(byte)
        }
        guard String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 101") else {
            throw Failure(description: "not upgraded: \(String(decoding: head, as: UTF8.self))")
        }
        return LiveConnection(socket: socket, client: self)
    }

    struct LiveConnection {
        let socket: Int32
        let client: LoopbackClient

        /// The next text message: the server sends frames unmasked and, for these short messages, unfragmented.
        func next() throws -> String {
            let head = try client.exactly(2, from: socket)
            var length = Int(head[1] & 0x7F)
            if length == 126 { length = try client.exactly(2, from: socket).reduce(0) { $0 << 8 | Int($1) } }
            let payload = try client.exactly(length, from: socket)
            guard head[0] & 0x0F == 1 else { throw Failure(description: "not a text frame: opcode \(head[0] & 0x0F)") }
            return String(decoding: payload, as: UTF8.self)
        }

        func close() {
            Glibc.close(socket)
        }
    }

    private func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        // Every read gives up after 20 s, so a server that never answers fails the test instead of hanging it.
        var limit = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(socket)
            throw Failure(description: "cannot connect to port \(port)")
        }
        return socket
    }

    private func send(_ text: String, to socket: Int32) throws {
        let bytes = Array(text.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw Failure(description: "cannot send") }
    }

    /// Up to `count` bytes, or nil at the end of the stream.
    private func receive(from socket: Int32, count: Int = 65_536) throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: count)
        let read = Glibc.read(socket, &buffer, count)
        guard read >= 0 else { throw Failure(description: "no answer in time") }
        return read == 0 ? nil : Data(buffer[..<read])
    }

    fileprivate func exactly(_ count: Int, from socket: Int32) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < count {
            guard let chunk = try receive(from: socket, count: count - bytes.count) else { throw Failure(description: "connection closed") }
            bytes += chunk
        }
        return bytes
    }
}

private extension Data {
    var holdsWholeBody: Bool {
        guard let split = range(of: Data("\r\n\r\n".utf8)) else { return false }
        let head = String(decoding: self[..<split.lowerBound], as: UTF8.self).lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return count - split.upperBound >= length
    }

    func ends(with text: String) -> Bool {
        count >= text.utf8.count && suffix(text.utf8.count).elementsEqual(text.utf8)
    }
}
