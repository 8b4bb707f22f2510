import ContentModel
import Foundation

/// What the server serves now: the last good build, and what the latest build found wrong when it failed. Every open
/// page holds a live connection; each finished build sends them its generation, and a page that shows an older one
/// reloads.
actor PreviewState {
    /// Counts finished builds; a page is current when it was served at the generation the server is at.
    private(set) var generation = 0
    /// The outcome of the latest build.
    private(set) var outcome = PreviewOutcome()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    func finish(_ outcome: PreviewOutcome) {
        generation += 1
        self.outcome = outcome
        for listener in listeners.values { listener.yield(String(generation)) }
    }

    /// A stream of generations, starting with the current one, for one open page.
    func listen() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        continuation.yield(String(generation))
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        listeners[id] = continuation
        return stream
    }

    /// Ends every open page's connection, so the server can stop without waiting for them.
    func closeAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
