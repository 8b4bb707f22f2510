import ContentModel
import Foundation

extension SyncAgent {
    /// Imports held for review (`review: pending`), all or those the named rules brought.
    public func pending(rules names: [String] = []) -> [Document] {
        group.sites.flatMap(\.documents).filter { document in
            document.frontMatter.review == .pending && (names.isEmpty || names.contains(document.frontMatter.origin?.rule ?? ""))
        }
    }

    /// Approves held imports (外来文章审核通过): flips `review: pending` to `approved`; nothing else in the file changes meaning.
    /// - Parameter paths: group-relative paths of documents; each must be an import waiting for review, or none is approved.
    public func approve(_ paths: [String]) throws -> [RuleReport.Change] {
        let documents = Dictionary(group.sites.flatMap(\.documents).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = try paths.map { path in
            guard let document = documents[path] else { throw ReviewError.notADocument(path) }
            guard document.frontMatter.review == .pending else { throw ReviewError.notPending(path, document.frontMatter.review) }
            return document
        }
        let text = DocumentText(timeZone: group.timeZone)
        let store = FileStore(root: root)
        var approved: [RuleReport.Change] = []
        for document in chosen {
            let path = document.path
            var matter = document.frontMatter
            matter.review = .approved
            try store.write(Data(try text.text(matter, body: document.body).utf8), to: path)
            approved.append(.init(path: path, title: matter.title))
        }
        if !approved.isEmpty { try FileSystem.flush(root.path) }
        return approved
    }
}

public enum ReviewError: Error, CustomStringConvertible {
    case notADocument(String)
    case notPending(String, Review?)

    /// What went wrong, for the editor who ran `sync approve`, in either language.
    public var wording: Wording {
        switch self {
        case .notADocument(let path):
            Wording("\(path) is not a document of the group (give its path from the group's folder, such as sites/portal/content/dept-news/a.md)",
                    "\(path) 不是本网站群的文档（请给出从网站群文件夹起的路径，如 sites/portal/content/dept-news/a.md）")
        case .notPending(let path, let review):
            Wording("\(path) is not waiting for review (review: \(review?.rawValue ?? "not set"))",
                    "\(path) 不在待审核状态（review: \(review?.rawValue ?? "未设置")）")
        }
    }

    public var description: String {
        wording.english
    }
}
