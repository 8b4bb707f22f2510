import Foundation

/// What the loader is handed to skip the files it read before: the build's document cache, which lives with the
/// rest of the cache's plumbing (CacheStore), so that the model knows nothing of how a cache is stored.
/// Called from many threads at once.
public protocol DocumentMemory: AnyObject, Sendable {
    /// Called once the group's time zone is known, before any document is looked up: dates are read in it.
    func use(timeZone: TimeZone)
    /// The document a file held when it was last loaded, with its diagnostics, if the file's stamp is as it was then;
    /// its body is left in the file (`DocumentBody.file`).
    func document(at path: String, stamp: FileStamp) -> (Document, [Diagnostic])?
    /// The document a file held when it was last loaded, if its bytes are the same.
    func document(at path: String, contents data: Data, revision: String, stamp: FileStamp) -> (Document, [Diagnostic])?
    /// Remembers a document just read in full, or a file that failed to load (`document` nil).
    func remember(_ document: Document?, diagnostics: [Diagnostic], contents data: Data, stamp: FileStamp)
}
