import FlyingFox
import Foundation

/// Answers every address but the live connection's: `/` lists the sites, `/<site>/…` is that site's output.
struct PageRouter: Sendable {
    let output: URL
    let state: PreviewState

    func response(to request: HTTPRequest) async -> HTTPResponse {
        let files = SiteFiles(output: output, state: state)
        // The address as asked: `request.path` drops a final `/`, which tells a folder's address from a file's.
        let path = request.target.path(percentEncoded: false).drop { $0 == "/" }
        guard let siteID = path.split(separator: "/").first.map(String.init) else { return await siteList() }
        let outcome = await state.outcome
        guard outcome.siteNames[siteID] != nil || FileManager.default.fileExists(atPath: output.appendingPathComponent(siteID).path) else {
            return await files.notFound()
        }
        return await files.response(siteID: siteID, path: String(path.dropFirst(siteID.count).drop { $0 == "/" }),
                                    asked: String(path.dropFirst(siteID.count)))
    }

    private func siteList() async -> HTTPResponse {
        let outcome = await state.outcome
        let sites = outcome.siteNames.keys.sorted().filter {
            FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path)
        }
        let body = PreviewPage.siteList(sites.map { (name: outcome.siteNames[$0] ?? $0, url: "/\($0)/") }, groupName: outcome.groupName)
        let page = PreviewPage.standalone(title: outcome.groupName, body: body, generation: await state.generation, outcome: outcome)
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]), body: Data(page.utf8))
    }
}
