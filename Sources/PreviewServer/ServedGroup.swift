import ContentModel
import FlyingFox
import FlyingSocks
import Foundation
import Pipeline
import SiteBuilder

/// `sitegroup serve`: builds the group into a private temporary folder, serves every site of it at
/// `http://<address>:<port>/<site>/` with the sites' addresses moved there, and builds again on every save.
public final class ServedGroup: Sendable {
    public struct Options: Sendable {
        public var root: URL
        public var address: String
        /// 0 lets the system choose a free port.
        public var port: UInt16
        public var sites: [String]
        public var now: Pipeline.Moment
        /// Drafts, imports waiting for review and later-dated documents are shown too, each with a banner saying so.
        public var drafts: Bool
        /// The language of messages, when not the group's.
        public var language: Language?

        public init(root: URL, address: String = "127.0.0.1", port: UInt16 = 8080, sites: [String] = [],
                    now: Pipeline.Moment = .at(Date()), drafts: Bool = false, language: Language? = nil) {
            self.root = root
            self.address = address
            self.port = port
            self.sites = sites
            self.now = now
            self.drafts = drafts
            self.language = language
        }
    }

    /// A site as served: its folder name, its name, and its local address.
    public struct ServedSite: Sendable {
        public let id: String
        public let name: String
        public let url: String
    }

    private let options: Options
    /// Holds `public/` and its build cache; made readable by its owner only, removed by `stop()`.
    private let folder: URL
    private let state = PreviewState()
    private let server: HTTPServer
    private let changes: (stream: AsyncStream<Void>, continuation: AsyncStream<Void>.Continuation)
    private let running = Tasks()

    public init(_ options: Options) throws {
        self.options = options
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegroup-serve-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        // Builds come one at a time; saves made during one are taken together by the next.
        changes = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        do {
            server = HTTPServer(address: try sockaddr_in.inet(ip4: options.address, port: options.port), timeout: 60, logger: .disabled)
        } catch {
            throw ListenFailure(error)
        }
    }

    private var output: URL { folder.appendingPathComponent("public") }

    /// Starts listening, builds once, then watches the group; returns the served sites and the first build's outcome.
    /// - Parameter built: told the outcome of every build after the first.
    public func start(built: @escaping @Sendable (PreviewOutcome) -> Void) async throws -> (sites: [ServedSite], first: PreviewOutcome) {
        await server.appendRoute(HTTPRoute("GET \(LiveReload.path)"), to: .webSocket(LiveReload(state: state)))
        let pages = PageRouter(output: output, state: state)
        await server.appendRoute(HTTPRoute("GET *")) { request in await pages.response(to: request) }
        let serving = Task { [server] in try await server.run() }
        await running.add(serving)
        do {
            try await server.waitUntilListening()
        } catch {
            // The server gave up before listening (the port is taken, the address is not this machine's): say why.
            if case .failure(let refusal) = await serving.result { throw ListenFailure(refusal) }
            throw ListenFailure(error)
        }
        guard case .ip4(let host, let port) = await server.listeningAddress else { throw SocketError.unsupportedAddress }
        // Every site moves to this server, built or not, so no page links to a production host.
        let served = "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/"
        guard let preview = Preview(baseURL: served, showsHeld: options.drafts, isForReview: false) else { throw SocketError.unsupportedAddress }
        let build = PreviewBuild(root: options.root, output: output, now: options.now, sites: options.sites, preview: preview,
                                 language: options.language)
        let first = await Task.detached { build.run() }.value
        await state.finish(first)
        let watcher = try ChangeWatcher(root: options.root) { [changes] in changes.continuation.yield() }
        watcher.start()
        await running.add(Task { [changes, state] in
            for await _ in changes.stream {
                let outcome = await Task.detached { build.run() }.value
                await state.finish(outcome)
                built(outcome)
            }
            watcher.stop()
        })
        let sites = siteFolders().filter { options.sites.isEmpty || options.sites.contains($0) }.map { id in
            ServedSite(id: id, name: first.siteNames[id] ?? id, url: served + id + "/")
        }
        return (sites, first)
    }

    /// Stops watching and serving, waits for a build under way, and removes the temporary folder.
    public func stop() async {
        changes.continuation.finish()
        await state.closeAll()
        await server.stop(timeout: 0)
        await running.finish()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every site folder of the group, in order (the build reports one without `site.yaml`).
    private func siteFolders() -> [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: options.root.appendingPathComponent("sites").path)) ?? []
        return folders.filter { !$0.hasPrefix(".") }.sorted()
    }
}

/// The tasks a preview runs, awaited when it stops.
private actor Tasks {
    private var tasks: [Task<Void, any Error>] = []

    func add(_ task: Task<Void, any Error>) {
        tasks.append(task)
    }

    func finish() async {
        for task in tasks { _ = await task.result }
    }
}
