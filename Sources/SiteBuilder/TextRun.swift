import ContentModel

/// A stretch of text as read, and where a character of it is written, worked out only for something found: the
/// secrecy gate and the personal-data gate search the text as rendered, and place what they find in the file.
struct TextRun {
    let text: String
    let place: (_ offset: Int) -> SourceLocation

    init(text: String, start: SourceLocation) {
        self.text = text
        place = { offset in SourceLocation(path: start.path, line: start.line, column: start.column + offset) }
    }

    init(text: String, place: @escaping (Int) -> SourceLocation) {
        (self.text, self.place) = (text, place)
    }

    /// A run of a Markdown body, placed from where cmark says it starts.
    init(text: String, at position: MarkdownPosition, in document: Document) {
        self.init(text: text) { offset in
            let start = document.location(of: position)
            return SourceLocation(path: start.path, line: start.line, column: start.column + offset)
        }
    }

    /// Runs read as one text, and the place of a character of it by its offset in the joined text.
    static func joined(_ runs: [TextRun]) -> (text: String, place: (Int) -> SourceLocation?) {
        var starts: [(offset: Int, run: TextRun)] = []
        var offset = 0
        for run in runs {
            starts.append((offset, run))
            offset += run.text.count
        }
        return (runs.map(\.text).joined(), { at in
            starts.last(where: { $0.offset <= at }).map { $0.run.place(at - $0.offset) }
        })
    }
}
