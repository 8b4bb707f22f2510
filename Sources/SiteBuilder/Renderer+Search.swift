import CacheStore
import ContentModel
import Foundation
import SearchIndex

/// The search files of a site: its own index in `search/site/`, the group's in `search/group/` on the portal, and
/// the traditional-to-simplified table the browser folds queries with. They are made again only when what they
/// hold may have changed; of those made, only the files whose bytes changed are written (see docs/SEARCH.md).
extension Renderer {
    static let searchFolder = "search/"

    /// The key every search file of the site shares, and the records of those files if all are as the last build left them.
    struct SearchPlan {
        let key: UInt64
        let kept: [String: BuildCache.FileRecord]?
    }

    func searchPlan(_ site: ResolvedSite, base: UInt64, previous: BuildCache.SiteRecord?, writer: OutputWriter) -> SearchPlan {
        var hasher = KeyHasher(base)
        hasher.add("search index")
        for (scope, findable) in [("site", site.findable), ("group", site.groupFindable)] where !findable.isEmpty || scope == "site" {
            hasher.add(scope)
            for column in Self.searchColumns(findable, site: site) { hasher.add("\(column.site) \(column.id) \(column.title)") }
            for item in findable {
                hasher.add("\(item.site.id) \(item.column?.id ?? "") \(item.document.path)")
                hasher.add(item.document.revision)
            }
        }
        let key = hasher.value
        let recorded = (previous?.files ?? [:]).filter { Self.isSearchData($0.key) }
        // An index's manifest is made by every build that changes the index, so its key tells whether the index is current.
        let manifests = recorded.filter { $0.key.hasSuffix("/index.json") }
        guard site.site.search, !manifests.isEmpty, manifests.values.allSatisfy({ $0.key == key }) else { return SearchPlan(key: key, kept: nil) }
        var kept: [String: BuildCache.FileRecord] = [:]
        for (path, record) in recorded {
            guard let confirmed = writer.confirm(site.site.id, path, record) else { return SearchPlan(key: key, kept: nil) }
            kept[path] = confirmed
        }
        return SearchPlan(key: key, kept: kept)
    }

    static func isSearchData(_ path: String) -> Bool {
        path.hasPrefix(searchFolder) && path != OutputPath.file(OutputPath.search)
    }

    /// The search files of a site; bodies whose text is not yet known are read and rendered. An index the last build
    /// wrote is patched where few of its documents changed (see `SearchIndexWriter.patch`); the files it keeps come back
    /// in `kept`.
    func searchFiles(_ site: ResolvedSite, key: UInt64, base: UInt64, bodies: inout Bodies, known: [String: BuildCache.DocumentFacts],
                     earlier: [String: BuildCache.DocumentFacts], previous: BuildCache.SiteRecord?,
                     writer: OutputWriter) throws -> (files: [(OutputFile, UInt64)], kept: [String: BuildCache.FileRecord]) {
        guard site.site.search else { return ([], [:]) }
        func text(_ document: Document) -> String? {
            [bodies.learnt[document.path], earlier[document.path], known[document.path]]
                .first { $0??.revision == document.revision }??.text
        }
        let everything = site.findable + site.groupFindable
        var seen = Set<String>()
        let unknown = everything.map(\.document).filter { text($0) == nil && seen.insert($0.path).inserted }
        bodies.add(renderBodies(read(unknown, into: &bodies), absolute: false))
        let siteID = site.site.id, records = previous?.files ?? [:]
        var files: [(OutputFile, UInt64)] = [], kept: [String: BuildCache.FileRecord] = [:]
        let table = Self.searchFolder + "t2s.json"
        if let record = records[table], record.key == base, let confirmed = writer.confirm(siteID, table, record) {
            kept[table] = confirmed
        } else {
            guard let data = TraditionalChinese.simplifiedTable else { throw BuildError.searchDataMissing }
            files.append((OutputFile(path: table, data: data), base))
        }
        for (scope, findable) in [("site/", site.findable), ("group/", site.groupFindable)] where !findable.isEmpty || scope == "site/" {
            let sites = Self.searchSites(findable, site: site)
            let columns = Self.searchColumns(findable, site: site)
            let documents = findable.compactMap { item in searchable(item, in: site, sites: sites, columns: columns, text: text(item.document)) }
            let index = SearchIndexWriter(documents: documents, sites: sites, columns: columns)
            let folder = Self.searchFolder + scope
            let chunkKeys = index.chunks.map { Self.chunkKey($0, base: base, scope: scope) }
            func keyed(_ made: [(path: String, data: Data)]) -> [(OutputFile, UInt64)] {
                made.map { path, data in
                    let chunk = path.hasPrefix("d/") ? Int(path.dropFirst(2).dropLast(5)) : nil
                    return (OutputFile(path: folder + path, data: data), chunk.map { chunkKeys[$0] } ?? key)
                }
            }
            let unchanged = Set(chunkKeys.indices.filter { records[folder + "d/\($0).json"]?.key == chunkKeys[$0] })
            let last = SearchIndexWriter.PreviousIndex(file: { path in records[folder + path].flatMap { writer.recordedBytes(siteID, folder + path, $0) } },
                                                       unchangedChunks: unchanged)
            if previous != nil, let patch = index.patch(last), let unpatched = confirmed(patch, in: folder, records: records, siteID: siteID, writer: writer) {
                files += keyed(patch.files)
                kept.merge(unpatched) { first, _ in first }
            } else {
                files += keyed(index.files())
            }
        }
        return (files, kept)
    }

    /// The records of the files a patch keeps, each confirmed as the last build left it; nil if one is not.
    private func confirmed(_ patch: SearchIndexWriter.Patch, in folder: String, records: [String: BuildCache.FileRecord], siteID: String,
                           writer: OutputWriter) -> [String: BuildCache.FileRecord]? {
        let made = Set(patch.files.map(\.path))
        var kept: [String: BuildCache.FileRecord] = [:]
        for path in patch.paths where !made.contains(path) {
            guard let record = records[folder + path], let confirmed = writer.confirm(siteID, folder + path, record) else { return nil }
            kept[folder + path] = confirmed
        }
        return kept
    }

    /// What a chunk file is made from: its documents, each where the index puts it and as its file now is.
    private static func chunkKey(_ documents: ArraySlice<SearchableDocument>, base: UInt64, scope: String) -> UInt64 {
        var hasher = KeyHasher(base)
        hasher.add("search chunk \(scope)")
        for document in documents {
            hasher.add("\(document.path) \(document.revision) \(document.url) \(document.site) \(document.column ?? -1) \(document.day)")
        }
        return hasher.value
    }

    /// The sites an index holds: the site itself, and on the portal every site whose search is on, portal first.
    private static func searchSites(_ findable: [Findable], site: ResolvedSite) -> [SearchableSite] {
        var ids = [site.site.id]
        for item in findable where !ids.contains(item.site.id) { ids.append(item.site.id) }
        let names = Dictionary(findable.map { ($0.site.id, $0.site.name) }, uniquingKeysWith: { first, _ in first })
        return ids.map { SearchableSite(id: $0, name: $0 == site.site.id ? site.site.name : names[$0] ?? $0) }
    }

    /// Every column of every site an index holds, as the sites declare them.
    private static func searchColumns(_ findable: [Findable], site: ResolvedSite) -> [SearchableColumn] {
        var sites = [site.site]
        for item in findable where !sites.contains(where: { $0.id == item.site.id }) { sites.append(item.site) }
        return sites.enumerated().flatMap { index, site in site.columns.map { SearchableColumn(site: index, id: $0.id, title: $0.title) } }
    }

    private func searchable(_ item: Findable, in site: ResolvedSite, sites: [SearchableSite], columns: [SearchableColumn],
                            text: String?) -> SearchableDocument? {
        // A body that could not be read was reported where it was read; it is left out rather than indexed without text.
        guard let text, let siteIndex = sites.firstIndex(where: { $0.id == item.site.id }) else { return nil }
        let document = item.document
        let path = OutputPath.document(document)
        let disclosure = document.frontMatter.disclosure
        return SearchableDocument(
            path: document.path, published: document.frontMatter.date, day: resolved.dates.day(document.frontMatter.date),
            year: resolved.dates.year(document.frontMatter.date), title: document.title,
            url: item.site.id == site.site.id ? path : item.site.baseURL + path, site: siteIndex,
            column: item.column.flatMap { column in columns.firstIndex { $0.site == siteIndex && $0.id == column.id } },
            indexNumber: disclosure?.indexNumber ?? "", documentNumber: disclosure?.documentNumber ?? "",
            publisher: disclosure?.publisher ?? "", text: text, revision: document.revision)
    }
}

extension SiteRenderer {
    func searchContext() -> [String: Any] {
        let path = OutputPath.search
        var context = baseContext(path: path, title: "搜索", current: nil, crumbs: [("搜索", nil)])
        context["search"] = [
            "site_index": "site/",
            "group_index": site.groupFindable.isEmpty ? false : "group/",
            "catalog_url": OutputPath.relative(from: path, to: OutputPath.catalog),
        ] as [String: Any]
        return context
    }
}
