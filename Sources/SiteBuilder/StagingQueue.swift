import Foundation

/// Stages one site's files in the background while the build makes the next site. On a disk, writing a site's
/// thousands of files waits on the kernel, and the cores stood idle for it between one site and the next. At most
/// one site is being staged at a time, so memory holds the files of at most two sites.
///
/// `@unchecked Sendable`: `outcome` is written by the one background job, and read by the building thread only after
/// `group.wait()`, which orders the two.
final class StagingQueue<Outcome: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var outcome: Result<Outcome, any Error>?

    /// Waits for the site being staged, then starts `job`.
    /// - Returns: the outcome of the site staged before, if any.
    /// - Throws: the error of the site staged before, which stops the build as if it had been staged in line.
    func stage(_ job: @escaping @Sendable () throws -> Outcome) throws -> Outcome? {
        let before = try finish()
        group.enter()
        DispatchQueue.global().async {
            self.outcome = Result { try job() }
            self.group.leave()
        }
        return before
    }

    /// Waits for the site being staged, if any, and returns its outcome.
    func finish() throws -> Outcome? {
        group.wait()
        defer { outcome = nil }
        return try outcome?.get()
    }

    /// Waits for the site being staged without caring how it went: for a build leaving early, which must not return
    /// while a job still writes into staging.
    func drain() {
        group.wait()
    }
}
