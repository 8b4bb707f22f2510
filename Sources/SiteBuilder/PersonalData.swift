import ContentModel
import Foundation

/// The personal-data gate (个人信息保护): 身份证号, mobile and bank card numbers in the title and body of public
/// documents — tables and link text included — matched on the text as readers see it, paragraph by paragraph and
/// cell by cell, so a number split by a line break is found and two cells side by side are not read as one number.
/// Each is reported at the line and column where it is written, masked: the report must not spread it further.
public struct PersonalData: Sendable {
    /// Numbers published on purpose, digits only.
    let publicNumbers: Set<String>
    let source: BodySource

    public init(publicNumbers: Set<String>, root: String) {
        self.publicNumbers = publicNumbers
        self.source = BodySource(root: root)
    }

    /// What stands in each public document, published now or later.
    public func findings(in documents: [Document]) -> [Diagnostic] {
        documents.filter { $0.frontMatter.classification == FrontMatter.publicClassification }.parallelMap { document -> [Diagnostic] in
            let title = findings(in: [TextRun(text: document.title, start: document.titleLocation)])
            if case .file(let place) = document.storedBody, !place.holdsLongNumber { return title }
            let body: String
            do throws(BodySource.Unavailable) {
                body = try source.text(of: document)
            } catch {
                return title + [error.diagnostic]
            }
            return title + blocks(document, body: body).flatMap(findings(in:))
        }.flatMap { $0 }
    }

    /// The block read as one text finds a number split by a line break; each run read alone finds one that a line
    /// break joined to the digits of the next line. A number both find is reported once.
    private func findings(in block: [TextRun]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (text, place) in [TextRun.joined(block)] + block.map({ run in (run.text, { Optional(run.place($0)) }) }) {
            for number in PersonalNumber.all(in: text) where !isPublic(number) {
                guard let location = place(number.offset) else { continue }
                let diagnostic = Diagnostic(.privacyPersonalData, at: location, Self.message(number), fix: Self.fix(number))
                if !found.contains(diagnostic) { found.append(diagnostic) }
            }
        }
        return found
    }

    private static func message(_ number: PersonalNumber) -> Wording {
        switch number.kind {
        case .idNumber: Wording("a 身份证号 (\(number.masked)) is published here", "此处公开了身份证号（\(number.masked)）")
        case .mobile: Wording("a mobile number (\(number.masked)) is published here", "此处公开了手机号码（\(number.masked)）")
        case .bankCard: Wording("a bank card number (\(number.masked)) is published here", "此处公开了银行卡号（\(number.masked)）")
        }
    }

    private static func fix(_ number: PersonalNumber) -> Wording {
        Wording("remove it or write it masked, as \(number.masked); a number that is public on purpose (a hotline) goes under `check: public_numbers:`",
                "请删除，或遮盖后发布（如 \(number.masked)）；确需公开的号码（如服务热线）请列入 `check: public_numbers:`")
    }

    /// The body as rendered, block by block. A body is parsed only if its text as written holds a number, its lines
    /// read alone or joined: most bodies have no eleven digits close together, and a landline (`023-12345678`) is no
    /// such number, so a build does not parse every body each time.
    private func blocks(_ document: Document, body: String) -> [[TextRun]] {
        guard BodyFile.holdsLongNumber(body), !unlisted(in: body).isEmpty || !unlisted(in: body.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")).isEmpty else {
            return []
        }
        guard document.frontMatter.format == .markdown else {
            return body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                [TextRun(text: String(line), start: SourceLocation(path: document.path, line: document.bodyLine + index))]
            }
        }
        let runs = MarkdownRenderer().textRuns(body)
        return Dictionary(grouping: runs, by: \.block).sorted { $0.key < $1.key }.map { _, runs in
            runs.map { TextRun(text: $0.text, at: $0.position, in: document) }
        }
    }

    private func unlisted(in text: String) -> [PersonalNumber] {
        PersonalNumber.all(in: text).filter { !isPublic($0) }
    }

    /// Listed by its digits; a mobile number may be listed with the country code in front (`+86 …`).
    private func isPublic(_ number: PersonalNumber) -> Bool {
        publicNumbers.contains(number.digits) || number.kind == .mobile && publicNumbers.contains("86" + number.digits)
    }
}
