import ContentModel

/// Where something stands in a document's Markdown body: 1-based line, and byte column as cmark counts it.
public struct MarkdownPosition: Sendable, Hashable {
    public let line: Int
    public let byteColumn: Int
}

/// What a document's body holds that inspection rules look at, with positions.
public struct MarkdownOutline: Sendable, Hashable {
    public struct Image: Sendable, Hashable {
        public let alt: String
        /// As written.
        public let url: String
        public let position: MarkdownPosition
    }

    public struct Heading: Sendable, Hashable {
        public let level: Int
        public let position: MarkdownPosition
    }

    public struct Link: Sendable, Hashable {
        public let text: String
        public let url: String
        public let position: MarkdownPosition
    }

    public struct Table: Sendable, Hashable {
        /// False when every cell of the header row is empty.
        public let hasHeader: Bool
        public let position: MarkdownPosition
    }

    public var images: [Image] = []
    public var headings: [Heading] = []
    public var links: [Link] = []
    public var tables: [Table] = []
}

extension Document {
    /// The position in the whole file, counting columns in characters as YAML diagnostics do.
    public func location(of position: MarkdownPosition) -> SourceLocation {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let text = position.line - 1 < lines.count ? lines[position.line - 1] : ""
        let column = String(decoding: text.utf8.prefix(max(0, position.byteColumn - 1)), as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(path: path, line: bodyLine + position.line - 1, column: column)
    }
}
