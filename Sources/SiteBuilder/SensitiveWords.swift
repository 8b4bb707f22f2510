import ContentModel
import Foundation

/// The secrecy gate's word list (保密审查), matched on the text as readers see it: a word split by a line break or
/// by emphasis in the Markdown (`绝⏎密`, `绝**密**`) is one word on the page, so it is one word here. Every place a
/// word stands is reported, at the line and column where its first character is written.
public struct SensitiveWords: Sendable {
    let words: [String]
    /// Where the bodies the document cache left in their files are read.
    let source: BodySource

    public init(_ words: [String], root: String) {
        self.words = words.filter { !$0.isEmpty }
        self.source = BodySource(root: root)
    }

    /// The places the words stand in the title and body of each public document; documents that are never
    /// published are not searched.
    public func findings(in documents: [Document]) -> [Diagnostic] {
        guard !words.isEmpty else { return [] }
        return documents.filter { $0.frontMatter.classification == FrontMatter.publicClassification }.parallelMap { document -> [Diagnostic] in
            let title = TextRun(text: document.title, start: document.titleLocation)
            // A body that is no longer as loaded cannot be vouched for: that is a problem of its own.
            let body: String
            do throws(BodySource.Unavailable) {
                body = try source.text(of: document)
            } catch {
                return findings(in: [title]) + [error.diagnostic]
            }
            return findings(in: [title]) + findings(in: bodyRuns(document, body: body))
        }.flatMap { $0 }
    }

    /// Runs that read as one text are joined before searching; a word found is placed by the run it starts in.
    private func findings(in runs: [TextRun]) -> [Diagnostic] {
        let (joined, place) = TextRun.joined(runs)
        return words.flatMap { word in
            var found: [Diagnostic] = []
            var searchFrom = joined.startIndex
            while let range = joined.range(of: word, range: searchFrom..<joined.endIndex) {
                let at = joined.distance(from: joined.startIndex, to: range.lowerBound)
                if let location = place(at) {
                    found.append(Diagnostic(.secrecySensitiveWord, at: location,
                                            Wording("the sensitive word “\(word)” appears here", "此处出现敏感词“\(word)”"),
                                            fix: Wording("remove or rephrase it, and have the text reviewed before publication (保密审查)",
                                                         "请删除或改写，并在发布前进行保密审查")))
                }
                searchFrom = range.upperBound
            }
            return found
        }
    }

    /// The body's text as rendered, in runs with their places; a body that holds every character of no word is
    /// not parsed at all, which spares the build parsing every body each time.
    private func bodyRuns(_ document: Document, body: String) -> [TextRun] {
        guard words.contains(where: { word in word.allSatisfy(body.contains) }) else { return [] }
        guard document.frontMatter.format == .markdown else {
            return body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                TextRun(text: String(line), start: SourceLocation(path: document.path, line: document.bodyLine + index))
            }
        }
        return MarkdownRenderer().textRuns(body).map { TextRun(text: $0.text, at: $0.position, in: document) }
    }
}
