import ContentModel
import Foundation

/// The build caches' own file format: fields written one after another in a fixed order, numbers as
/// variable-length integers, text as its UTF-8 length and bytes. JSON through Codable took over a third of an
/// incremental build of 50,000 documents, mostly in per-field bookkeeping; this format reads in a single pass.
/// A file that ends early or holds a wrong count is refused whole, and the build runs without the cache.
public protocol CacheCodable {
    init(from reader: inout CacheReader) throws
    func write(to writer: inout CacheWriter)
}

public struct CacheWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ number: Int) {
        // Zig-zag, so small negative numbers stay short too.
        var value = UInt64(bitPattern: Int64((number << 1) ^ (number >> 63)))
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    public mutating func write(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    public mutating func write(_ date: Date) {
        write(date.timeIntervalSince1970.bitPattern)
    }

    public mutating func write<Value: CacheCodable>(_ value: Value) {
        value.write(to: &self)
    }

    public mutating func write<Value: CacheCodable>(_ value: Value?) {
        write(value != nil)
        value?.write(to: &self)
    }

    public mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    public mutating func write(_ date: Date?) {
        write(date != nil)
        if let date { write(date) }
    }

    public mutating func write<Value: CacheCodable>(_ values: [Value]) {
        write(values.count)
        for value in values { value.write(to: &self) }
    }

    public mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    public mutating func write<Value: CacheCodable>(_ values: [String: Value]) {
        write(values.count)
        for (key, value) in values {
            write(key)
            value.write(to: &self)
        }
    }
}

public struct CacheReader {
    public struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    public mutating func uint64() throws -> UInt64 {
        guard position + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << UInt64(8 * offset) }
        position += 8
        return value
    }

    public mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, position + count <= bytes.count else { throw Malformed() }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    public mutating func bool() throws -> Bool {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position] != 0
    }

    public mutating func date() throws -> Date {
        Date(timeIntervalSince1970: Double(bitPattern: try uint64()))
    }

    public mutating func value<Value: CacheCodable>(_: Value.Type = Value.self) throws -> Value {
        try Value(from: &self)
    }

    public mutating func optional<Value: CacheCodable>(_: Value.Type = Value.self) throws -> Value? {
        try bool() ? try Value(from: &self) : nil
    }

    public mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    public mutating func optionalDate() throws -> Date? {
        try bool() ? try date() : nil
    }

    public mutating func array<Value: CacheCodable>(_: Value.Type = Value.self) throws -> [Value] {
        try (0..<count()).map { _ in try Value(from: &self) }
    }

    public mutating func strings() throws -> [String] {
        try (0..<count()).map { _ in try string() }
    }

    public mutating func dictionary<Value: CacheCodable>(_: Value.Type = Value.self) throws -> [String: Value] {
        var values: [String: Value] = [:]
        for _ in 0..<(try count()) {
            values[try string()] = try Value(from: &self)
        }
        return values
    }

    /// A count of things that follow; each takes at least a byte, so a count beyond the end is a broken file.
    private mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
    }
}

extension CacheWriter {
    /// A cache file: the program that wrote it, then the content.
    public static func file(program: String, _ content: (inout CacheWriter) -> Void) -> Data {
        var writer = CacheWriter()
        writer.write(program)
        content(&writer)
        return Data(writer.bytes)
    }
}

extension CacheReader {
    /// The content of a cache file written by this very program, or nil if it is missing, another program's or broken.
    public static func file<Content>(at url: URL, program: String, _ content: (inout CacheReader) throws -> Content) -> Content? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        var reader = CacheReader([UInt8](data))
        guard (try? reader.string()) == program, let value = try? content(&reader), reader.isAtEnd else { return nil }
        return value
    }
}
