import CCmarkGFM
import ContentModel
import Foundation

/// A document body rendered to HTML, with the first paragraph's text for summaries, its outline for checks and
/// its text for search.
struct RenderedMarkdown: Sendable {
    var html: String
    var firstParagraph: String
    var outline: MarkdownOutline
    /// What readers see, white space collapsed; a line break inside a paragraph reads as nothing, as between
    /// Chinese characters, and blocks are apart by a space.
    var text: String = ""
}

/// Markdown to HTML through cmark-gfm with the GitHub extensions, in safe mode (raw HTML is dropped).
/// Links are handed to a closure that may rewrite them, so `../notices/a.md` becomes a page's address.
struct MarkdownRenderer: Sendable {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// cmark-gfm's inline parser flips a process-wide character table while it works
    /// (github/cmark-gfm PR #176), so only one thread may parse at a time; rendering needs no lock.
    private static let parseLock = NSLock()
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    enum LinkRewrite {
        case keep
        case replace(String)
        /// Shows the link's text (an image's alt text) without the link.
        case unlink
    }

    /// - Parameter rewriteLink: gets the URL as written and where it stands; returns what to write instead.
    func render(_ markdown: String, rewriteLink: (String, MarkdownPosition) -> LinkRewrite) -> RenderedMarkdown {
        var result = RenderedMarkdown(html: "", firstParagraph: "", outline: MarkdownOutline())
        parse(markdown) { root, parser in
            let (firstParagraph, outline, text) = walk(root, rewriteLink: rewriteLink)
            result = RenderedMarkdown(html: "", firstParagraph: firstParagraph, outline: outline, text: text)
            guard let rendered = cmark_render_html(root, Self.options, cmark_parser_get_syntax_extensions(parser)) else { return }
            defer { free(rendered) }
            result.html = String(cString: rendered)
        }
        return result
    }

    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// Parses under the lock and hands the tree (and its parser, whose extensions rendering needs) to `body`.
    private func parse(_ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> Void) {
        _ = Self.registered
        guard let parser = cmark_parser_new(Self.options) else { return }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        Self.parseLock.lock()
        let utf8 = Array(markdown.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) } }
        }
        let root = cmark_parser_finish(parser)
        Self.parseLock.unlock()
        guard let root else { return }
        defer { cmark_node_free(root) }
        body(root, parser)
    }

    typealias TextPiece = (text: String, position: MarkdownPosition, block: Int)

    /// The text readers see, node by node with where each starts; line breaks between runs read as nothing, as a
    /// line break between Chinese characters does. `block` counts the paragraphs, headings, table cells and lines
    /// of code blocks, so a reader of numbers can keep two cells side by side from reading as one number.
    func textRuns(_ markdown: String) -> [TextPiece] {
        var runs: [TextPiece] = []
        var block = 0
        parse(markdown) { root, _ in
            guard let iterator = cmark_iter_new(root) else { return }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || Self.isTableCell(node) { block += 1 }
                if type == CMARK_NODE_CODE_BLOCK {
                    runs += Self.codeLines(node, in: markdown, block: &block)
                    continue
                }
                guard type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) else { continue }
                runs.append((String(cString: literal),
                             MarkdownPosition(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node))), block))
            }
        }
        return runs
    }

    /// A code block is published as it is written, line by line: a paragraph indented by four spaces, as text pasted
    /// from a word processor often is, becomes one. Each line is placed where it stands in the source.
    private static func codeLines(_ node: OpaquePointer, in markdown: String, block: inout Int) -> [TextPiece] {
        guard let literal = cmark_node_get_literal(node) else { return [] }
        var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0
        let first = Int(cmark_node_get_start_line(node)) + (cmark_node_get_fenced(node, &length, &offset, &character) != 0 ? 1 : 0)
        let source = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        return String(cString: literal).split(separator: "\n").enumerated().compactMap { index, line in
            let number = first + index
            guard number - 1 < source.count else { return nil }
            block += 1
            let written = source[number - 1]
            let column = written.range(of: line).map { written.utf8.distance(from: written.startIndex, to: $0.lowerBound) + 1 } ?? 1
            return (String(line), MarkdownPosition(line: number, byteColumn: column), block)
        }
    }

    /// Walks the tree once: rewrites link and image URLs, collects the text of the first paragraph, the outline and
    /// the whole text.
    private func walk(_ root: OpaquePointer, rewriteLink: (String, MarkdownPosition) -> LinkRewrite) -> (String, MarkdownOutline, String) {
        var outline = MarkdownOutline()
        guard let iterator = cmark_iter_new(root) else { return ("", outline, "") }
        var text = ""
        defer { cmark_iter_free(iterator) }
        var unlinked: [OpaquePointer] = []
        var paragraph = ""
        var paragraphDepth = 0
        var paragraphDone = false
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            Self.addText(of: node, type: type, entering: event == CMARK_EVENT_ENTER, to: &text)
            if type == CMARK_NODE_PARAGRAPH, !paragraphDone {
                paragraphDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                if event == CMARK_EVENT_EXIT, !paragraph.isEmpty { paragraphDone = true }
            }
            if paragraphDepth > 0, !paragraphDone, type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE,
               let literal = cmark_node_get_literal(node) {
                paragraph += String(cString: literal)
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            let position = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
            if type == CMARK_NODE_HEADING {
                outline.headings.append(.init(level: Int(cmark_node_get_heading_level(node)), position: position))
            } else if Self.isTableHeader(node) {
                outline.tables.append(.init(hasHeader: !Self.text(of: node).trimmingCharacters(in: .whitespaces).isEmpty, position: position))
            }
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            let written = String(cString: url)
            if type == CMARK_NODE_IMAGE {
                outline.images.append(.init(alt: Self.text(of: node), url: written, position: position))
            } else {
                outline.links.append(.init(text: Self.text(of: node), url: written, position: position))
            }
            switch rewriteLink(written, position) {
            case .keep: break
            case .replace(let replacement): cmark_node_set_url(node, replacement)
            case .unlink: unlinked.append(node)
            }
        }
        // Changed once the walk is over: the iterator must not meet a node it has already let go.
        for node in unlinked {
            while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
            cmark_node_free(node)
        }
        return (paragraph, outline, text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    /// Leaves (text, code) give their words; a hard line break and the end of a block give a space.
    private static func addText(of node: OpaquePointer, type: cmark_node_type, entering: Bool, to text: inout String) {
        if entering, type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK,
           let literal = cmark_node_get_literal(node) {
            text += String(cString: literal)
        }
        // CMARK_NODE_TYPE_MASK and CMARK_NODE_TYPE_BLOCK are macros Swift does not import; extensions' table nodes are blocks too.
        let isBlock = type.rawValue & 0xC000 == 0x8000
        if type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_CODE_BLOCK || (isBlock && !entering) { text += " " }
    }

    /// The table extension does not export its node types; its nodes name themselves, the header row as `table_header`.
    private static func isTableHeader(_ node: OpaquePointer) -> Bool {
        isTableNode(node, named: "table_header")
    }

    private static func isTableCell(_ node: OpaquePointer) -> Bool {
        isTableNode(node, named: "table_cell")
    }

    private static func isTableNode(_ node: OpaquePointer, named name: String) -> Bool {
        let type = cmark_node_get_type(node)
        guard type != CMARK_NODE_TEXT, type != CMARK_NODE_PARAGRAPH, type != CMARK_NODE_SOFTBREAK else { return false }
        return String(cString: cmark_node_get_type_string(node)) == name
    }

    /// The plain text below a node, as an image's alt text or a link's words.
    private static func text(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            text += Self.text(of: current)
            child = cmark_node_next(current)
        }
        return text
    }
}
