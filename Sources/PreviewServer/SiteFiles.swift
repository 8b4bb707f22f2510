import FlyingFox
import Foundation

/// Answers a request for `/<site>/<path>` from the build's output folder, as a web server in front of `public/`
/// would: a folder's `index.html`, a folder's address without its `/` redirected, HTML pages with the preview's
/// script added.
struct SiteFiles: Sendable {
    /// The folder the preview builds into, holding a folder per site.
    let output: URL
    let state: PreviewState

    /// - Parameters:
    ///   - path: the address after `/<site>/`.
    ///   - asked: the address after `/<site>` as asked, to tell a folder asked for without its final `/`.
    func response(siteID: String, path: String, asked: String) async -> HTTPResponse {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        // Only files under the site's own folder, whatever the address says.
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return await notFound(siteID: siteID) }
        var file = output.appendingPathComponent(siteID)
        for part in parts { file.appendPathComponent(String(part)) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else { return await notFound(siteID: siteID) }
        if isFolder.boolValue {
            guard asked.hasSuffix("/") else {
                return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: "/\(siteID)\(asked)/"]))
            }
            file.appendPathComponent("index.html")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return await notFound(siteID: siteID) }
        return await served(data, type: Self.contentType(of: file.pathExtension), status: .ok)
    }

    /// A file's bytes, an HTML page with the preview's script added.
    private func served(_ data: Data, type: String, status: HTTPStatusCode) async -> HTTPResponse {
        guard type.hasPrefix("text/html") else {
            return HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: data)
        }
        let page = PreviewPage.serving(String(decoding: data, as: UTF8.self), generation: await state.generation, outcome: await state.outcome)
        return HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: Data(page.utf8))
    }

    /// The site's own `404.html`, as a web server configured for it answers a missing address; the preview's plain
    /// page when the site has none.
    func notFound(siteID: String) async -> HTTPResponse {
        let page = output.appendingPathComponent(siteID).appendingPathComponent("404.html")
        guard let data = FileManager.default.contents(atPath: page.path) else { return await notFound() }
        return await served(data, type: Self.contentType(of: "html"), status: .notFound)
    }

    func notFound() async -> HTTPResponse {
        let outcome = await state.outcome
        let title = outcome.language == .chinese ? "找不到该页面" : "No such page"
        let page = PreviewPage.standalone(title: title, body: "<h1>\(title)</h1>", generation: await state.generation, outcome: outcome)
        return HTTPResponse(statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/html; charset=utf-8"]), body: Data(page.utf8))
    }

    static func contentType(of pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "pdf": "application/pdf"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
