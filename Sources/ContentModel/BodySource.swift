import Foundation

/// Reads the bodies the document cache left in their files, for the pages that show them. A body is taken
/// only from the file its front matter came from: a file saved again, replaced or removed since the group
/// was loaded is refused with a diagnostic, so no page pairs a new body with an old title or date.
public struct BodySource: Sendable {
    /// The group's folder, which documents' paths are relative to.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The body was not there as loaded.
    public struct Unavailable: Error, Sendable {
        public let diagnostic: Diagnostic
    }

    /// `document` with its body read, as its front matter was.
    public func loaded(_ document: Document) throws(Unavailable) -> Document {
        switch document.storedBody {
        case .text: return document
        case .file(let place):
            var loaded = document
            loaded.body = try text(of: document, at: place)
            return loaded
        case .elsewhere: throw notInFacts(document)
        }
    }

    /// The body of `document`, as its front matter was read.
    public func text(of document: Document) throws(Unavailable) -> String {
        switch document.storedBody {
        case .text(let text): text
        case .file(let place): try text(of: document, at: place)
        case .elsewhere: throw notInFacts(document)
        }
    }

    /// Opened once and checked through the open file, before and after reading, so that neither a rename
    /// over the file nor a write into it can slip between the check and the read.
    private func text(of document: Document, at place: BodyFile) throws(Unavailable) -> String {
        let descriptor = open(root + "/" + document.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw changed(document) }
        defer { close(descriptor) }
        guard FileStamp(descriptor: descriptor) == place.stamp, place.offset <= place.stamp.size else { throw changed(document) }
        var bytes = [UInt8](repeating: 0, count: place.stamp.size - place.offset)
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(place.offset + done)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw changed(document) }
            done += count
        }
        guard FileStamp(descriptor: descriptor) == place.stamp else { throw changed(document) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A page of this build shows a body its site's facts left out: facts made as of another day than the build.
    private func notInFacts(_ document: Document) -> Unavailable {
        Unavailable(diagnostic: Diagnostic(
            .factsMissingBody, at: SourceLocation(path: document.path),
            Wording("this build shows the document in full, but its site's facts, which it was read from, do not hold its body",
                    "本次构建要完整显示该文档，但它所在网站的事实文件中没有它的正文"),
            fix: Wording("run `sitegroup facts` again with the same --now as the build",
                         "请用与构建相同的 --now 重新运行 `sitegroup facts`")))
    }

    private func changed(_ document: Document) -> Unavailable {
        Unavailable(diagnostic: Diagnostic(
            .documentChangedDuringBuild, at: SourceLocation(path: document.path),
            Wording("the file was changed, replaced or removed while the build was running, so this build cannot publish it",
                    "构建过程中该文件被修改、替换或删除，本次构建无法发布它"),
            fix: Wording("run the build again once the file is saved; nothing was written by this build",
                         "请在文件保存完毕后重新构建；本次构建没有写入任何文件")))
    }
}
