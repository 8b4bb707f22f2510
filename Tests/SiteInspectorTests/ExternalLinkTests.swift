import ContentModel
import Foundation
import HTTPFetch
@testable import SiteInspector
import Testing
import TestSupport

@Suite("check --external: links elsewhere on the web, against servers on 127.0.0.1")
struct ExternalLinkTests {
    static let path = "sites/portal/content/notices/n.md"
    /// Quick bounds for tests: 1 s a link, 3 redirects.
    static let checker = ExternalLinkChecker(limits: HTTPFetcher.Limits(timeout: 1, maximumBytes: 1 << 20, maximumRedirects: 3), concurrency: 4)

    /// A notice linking to `addresses`, one paragraph each, in the current group of `InspectionRuleTests`.
    func group(linking addresses: [String]) throws -> FixtureGroup {
        let body = addresses.enumerated().map { index, address in "[外部网站\(index + 1)](\(address))" }.joined(separator: "\n\n")
        return try FixtureGroup(InspectionRuleTests.current.merging([
            Self.path: FixtureGroup.document("title: 通知\ndate: 2024-05-30", body: body),
        ]) { $1 })
    }

    func server() throws -> (TestHTTPServer, TemporaryFolder) {
        let pages = TemporaryFolder()
        try FileManager.default.createDirectory(at: pages.url, withIntermediateDirectories: true)
        try Data("<p>ok</p>".utf8).write(to: pages.url.appendingPathComponent("ok.html"))
        return (try TestHTTPServer(folder: pages.url), pages)
    }

    func lines(_ report: InspectionReport) -> [String] {
        report.diagnostics.map(\.description)
    }

    @Test(arguments: [
        ("lyj.cq.gov.cn", "cq.gov.cn"), ("www.cq.gov.cn", "cq.gov.cn"), ("old-expo.cn", "old-expo.cn"), ("www.old-expo.cn", "old-expo.cn"),
        ("casino.example.com", "example.com"), ("WWW.Example.COM.", "example.com"), ("127.0.0.1", "127.0.0.1"), ("localhost", "localhost"),
    ])
    func aHostBelongsToTheDomainItsOwnerRegistered(host: String, domain: String) {
        #expect(RegisteredDomain.of(host) == domain)
    }

    @Test func theStandardBoundsAreTheREADMEs() {
        let standard = ExternalLinkChecker.standard
        #expect(standard.concurrency == 8 && standard.cacheLifetime == 86_400)
        #expect(standard.limits.timeout == 15 && standard.limits.maximumRedirects == 5)
    }

    @Test func aDeadLinkOrImageIsReportedAtItsPlaceAndALiveOneIsNot() throws {
        let (server, pages) = try server()
        let group = try group(linking: ["\(server.baseURL)ok.html#part", "\(server.baseURL)gone.html"])
        try group.write([Self.path: FixtureGroup.document("title: 通知\ndate: 2024-05-30", body: """
            [外部网站1](\(server.baseURL)ok.html#part)

            [外部网站2](\(server.baseURL)gone.html)

            ![示意图](\(server.baseURL)gone.png)
            """)])
        #expect(try lines(group.inspect(today: "2024-06-01", external: Self.checker)) == [
            "\(Self.path):8:1: warning: link.external-dead: the link to \(server.baseURL)gone.html does not answer: HTTP 404; correct the address, or remove the link",
            "\(Self.path):10:1: warning: link.external-dead: the link to \(server.baseURL)gone.png does not answer: HTTP 404; correct the address, or remove the link",
        ])
        #expect(try group.inspect(today: "2024-06-01").diagnostics == [], "links are followed only when asked")
        withExtendedLifetime(pages) {}
    }

    @Test func aLinkNowLeadingToAnotherRegisteredDomainIsReportedAndAMoveWithinOneIsNot() throws {
        let (target, pages) = try server()
        let (mover, morePages) = try server()
        mover.behaviour = .redirect(to: "http://localhost:\(target.port)/ok.html")
        let (sameHost, evenMore) = try server()
        sameHost.behaviour = .redirect(to: "\(target.baseURL)ok.html")
        let group = try group(linking: ["\(mover.baseURL)old/", "\(sameHost.baseURL)moved/"])
        let report = try group.inspect(today: "2024-06-01", external: Self.checker)
        #expect(lines(report) == [
            "\(Self.path):6:1: error: link.external-moved: the link to \(mover.baseURL)old/ now leads to http://localhost:\(target.port)/ok.html, another registered domain: the domain may have changed hands; check where it leads, and remove the link if that is not the site meant",
        ])
        #expect(report.diagnostics.first?.line(in: .chinese).contains("现跳转到另一注册域名的 http://localhost:\(target.port)/ok.html，该域名可能已易主") == true)
        withExtendedLifetime((pages, morePages, evenMore)) {}
    }

    @Test func eachLinkIsFetchedOnceAndRememberedForADay() throws {
        let (server, pages) = try server()
        let group = try group(linking: ["\(server.baseURL)gone.html", "\(server.baseURL)gone.html"])
        let first = try group.inspect(today: "2024-06-01", external: Self.checker)
        #expect(first.diagnostics.map(\.code) == ["link.external-dead", "link.external-dead"])
        #expect(server.statuses == [404], "one request for two links to the same address")
        let again = try group.inspect(today: "2024-06-01", external: Self.checker)
        #expect(again.diagnostics == first.diagnostics)
        #expect(server.statuses == [404], "the second check asks nobody")
        #expect(group.text(".sitegroup-cache/.gitignore") == "*\n")
        var expired = Self.checker
        expired.cacheLifetime = 0
        _ = try group.inspect(today: "2024-06-01", external: expired)
        #expect(server.statuses == [404, 404], "a result older than its lifetime is fetched again")
        withExtendedLifetime(pages) {}
    }

    @Test func aSlowServerARedirectLoopAndARefusedConnectionAreDeadWithinTheirBounds() throws {
        let (slow, pages) = try server()
        slow.behaviour = .delay(3)
        let (loop, morePages) = try server()
        loop.behaviour = .redirectLoop
        let (closed, evenMore) = try server()
        closed.stop()
        let started = Date()
        let report = try group(linking: ["\(slow.baseURL)ok.html", "\(loop.baseURL)a", "\(closed.baseURL)ok.html"])
            .inspect(today: "2024-06-01", external: Self.checker)
        #expect(Date().timeIntervalSince(started) < 3, "the slow server is given up on after the checker's timeout")
        let messages = report.diagnostics.map(\.message.english)
        #expect(messages.count == 3)
        #expect(messages[0].hasSuffix("does not answer: the request failed: no answer within 1 seconds"))
        #expect(messages[1].hasSuffix("does not answer: more than 3 redirects (a redirect loop?)"))
        #expect(messages[2].contains("does not answer: the request failed: "))
        withExtendedLifetime((pages, morePages, evenMore)) {}
    }
}
