import ContentModel
import Foundation

/// Carries out the group's sync rules: reads each rule's source, and writes what is new or changed into the
/// target column as documents with an `origin:` block. It never deletes a document and never overwrites an
/// editor's change, and a source that fails or says nothing is taken as "no news".
public struct SyncAgent {
    public let group: SiteGroup
    /// What loading the group found; a rule whose target column has errors is not run.
    public let diagnostics: [Diagnostic]
    /// Reads a site's documents when a rule first needs them; nil when `group` was loaded whole.
    private let loader: GroupLoader?

    public struct Options: Sendable {
        public var dryRun: Bool
        /// Rule names to run; all when empty.
        public var rules: [String]
        public var now: Date
        public var limits: FeedFetcher.Limits

        public init(dryRun: Bool = false, rules: [String] = [], now: Date = Date(), limits: FeedFetcher.Limits = .standard) {
            self.dryRun = dryRun
            self.rules = rules
            self.now = now
            self.limits = limits
        }
    }

    public init(group: SiteGroup, diagnostics: [Diagnostic]) {
        self.group = group
        self.diagnostics = diagnostics
        self.loader = nil
    }

    /// For a group read with `GroupLoader.loadConfiguration()`: a site's documents are read only when a rule needs
    /// them, so a run whose remote sources all answer 304 reads no document at all.
    public init(configuration: LoadedGroup, loader: GroupLoader) {
        self.group = configuration.group
        self.diagnostics = configuration.diagnostics
        self.loader = loader
    }

    var root: URL { URL(fileURLWithPath: group.root) }

    public func run(_ options: Options) throws -> SyncReport {
        let unknown = options.rules.filter { name in !group.syncRules.contains { $0.name == name } }
        guard unknown.isEmpty else { throw SyncError.unknownRules(unknown, known: group.syncRules.map(\.name)) }
        let rules = group.syncRules.filter { options.rules.isEmpty || options.rules.contains($0.name) }
        let leftovers = options.dryRun ? [] : removeLeftovers()
        var state = SyncState.read(root: root)
        let initialState = state
        var sites = RunSites(group: group, diagnostics: diagnostics, loader: loader)
        var reports: [RuleReport] = []
        var wroteFiles = false
        for rule in rules {
            var report = RuleReport(rule: rule)
            // A remote source is asked first: when it answers that nothing changed, no document needs reading.
            let answer: SourceAnswer
            switch ask(for: rule, state: state, options: options) {
            case .failure(let failure):
                report.failure = failure.reason
                reports.append(report)
                continue
            case .success(nil):
                report.notModified = true
                reports.append(report)
                continue
            case .success(let given?):
                answer = given
            }
            let target = try sites.site(rule.targetSite)
            if let problem = blockingDiagnostic(for: rule, in: sites.diagnostics) {
                report.failure = Wording("\(problem.location.path) has errors (\(problem.code)); run `sitegroup check` and fix them first",
                                         "\(problem.location.path) 有错误（\(problem.code)）；请先运行 `sitegroup check` 并改正")
                reports.append(report)
                continue
            }
            guard let target else {
                report.failure = Wording("the site \(rule.targetSite) does not exist", "网站 \(rule.targetSite) 不存在")
                reports.append(report)
                continue
            }
            switch try listing(answer, for: rule, sites: &sites, options: options) {
            case .failure(let failure):
                report.failure = failure.reason
            case .success(let listing):
                var importer = Importer(rule: rule, site: target, timeZone: group.timeZone, now: options.now, root: root,
                                        dryRun: options.dryRun, report: report)
                importer.apply(listing)
                report = importer.report
                wroteFiles = wroteFiles || importer.wrote
                sites.update(importer.site)
                if report.failure == nil, case .feed(let feed, let address) = answer {
                    state.sources[rule.name] = SyncState.Source(url: address, validators: feed.validators)
                }
            }
            reports.append(report)
        }
        // One flush for every file written: the documents reach the disk before the state that says they were imported.
        if wroteFiles { try FileSystem.flush(root.path) }
        if !options.dryRun, state != initialState {
            try state.write(root: root)
        }
        return SyncReport(rules: reports, dryRun: options.dryRun, removedLeftovers: leftovers)
    }

    /// Temporary files of runs killed before their rename, in every folder the agent writes to.
    private func removeLeftovers() -> [SyncReport.Leftover] {
        let store = FileStore(root: root)
        let folders = Set(group.syncRules.map { "sites/\($0.targetSite)/content/\($0.targetColumn)" }).sorted() + ["sync"]
        return folders.flatMap { folder in store.removeLeftovers(in: folder).map { SyncReport.Leftover(folder: folder, name: $0) } }
    }

    /// An error in the target column's files: a document that cannot be read might be an import the agent would then write twice.
    private func blockingDiagnostic(for rule: SyncRule, in diagnostics: [Diagnostic]) -> Diagnostic? {
        let folder = "sites/\(rule.targetSite)/content/\(rule.targetColumn)/"
        return diagnostics.first { $0.severity == .error && $0.location.path.hasPrefix(folder) }
    }

    /// What a rule's source offers: a feed fetched anew, or a column of a site of this group.
    private enum SourceAnswer {
        case feed(FetchedFeed, address: String)
        case local(site: String, column: String)
    }

    /// Asks a remote source for its feed with the validators of the last run; nil when it answered that nothing changed.
    private func ask(for rule: SyncRule, state: SyncState, options: Options) -> Result<SourceAnswer?, SourceFailure> {
        switch rule.source {
        case .site(let siteID, let columnID):
            return .success(.local(site: siteID, column: columnID))
        case .feed(let address):
            guard let url = URL(string: address) else {
                return .failure(SourceFailure(Wording("\(address) is not an address", "\(address) 不是有效地址")))
            }
            let remembered = state.sources[rule.name].flatMap { $0.url == address ? $0.validators : nil } ?? FetchValidators()
            return FeedFetcher(limits: options.limits).fetch(url, validators: remembered).map { response in
                guard case .fetched(let feed) = response else { return nil }
                return .feed(feed, address: address)
            }
        }
    }

    /// The source's items.
    /// - Parameter sites: the group's sites with what earlier rules of this run wrote, which a local source lists too.
    private func listing(_ answer: SourceAnswer, for rule: SyncRule, sites: inout RunSites, options: Options) throws -> Result<SourceListing, SourceFailure> {
        switch answer {
        case .local(let siteID, let columnID):
            guard let site = try sites.site(siteID) else {
                return .failure(SourceFailure(Wording("the site \(siteID) does not exist", "网站 \(siteID) 不存在")))
            }
            return .success(LocalSource(group: group, site: site, columnID: columnID, now: options.now, diagnostics: sites.diagnostics).listing())
        case .feed(let feed, _):
            switch FeedReader(address: feed.finalURL, timeZone: group.timeZone).read(feed.data, contentType: feed.contentType) {
            case .failure(let failure):
                return .failure(failure)
            case .success(var listing):
                if listing.items.isEmpty {
                    return .failure(SourceFailure(Wording("the feed has no items; nothing was changed", "订阅中没有条目；未作任何改动")))
                }
                if !rule.sourceName.isEmpty, !listing.isSitegroup {
                    for index in listing.items.indices { listing.items[index].originSiteName = rule.sourceName }
                }
                return .success(listing)
            }
        }
    }
}

public enum SyncError: Error, CustomStringConvertible {
    case unknownRules([String], known: [String])

    public var description: String {
        switch self {
        case .unknownRules(let names, let known):
            "no sync rule is named \(names.joined(separator: ", ")); the rules are: \(known.isEmpty ? "(none)" : known.joined(separator: ", "))"
        }
    }
}
