import FlyingFox
import Foundation

/// The WebSocket each served page opens: it is sent the server's build generation on connecting and after every
/// build, and reloads when that is not the generation it was served at.
struct LiveReload: WSMessageHandler {
    static let path = "/_sitegroup/live"

    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let generations = await state.listen()
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let forwarding = Task {
            for await generation in generations { continuation.yield(.text(generation)) }
            continuation.finish()
        }
        // The page went away: stop forwarding, which ends its listening.
        Task {
            for await _ in client {}
            forwarding.cancel()
            continuation.finish()
        }
        return messages
    }

    /// Placed before `</body>` of every served page, never written into the build's output.
    static func script(generation: Int) -> String {
        """
        <script>(function () {
          var served = "\(generation)";
          var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(path)");
          socket.onmessage = function (event) { if (event.data !== served) { location.reload(); } };
        })();</script>
        """
    }
}
