import ContentModel
import Foundation

/// The home page: the blocks `home:` in `site.yaml` lists (or the default ones), each rendered by its own template
/// `home-<kind>`, which a site replaces by putting a template of that name in its `layouts/`.
extension SiteRenderer {
    /// A block with the documents it shows, worked out once for the page and for its key.
    struct HomeSection {
        let block: HomeBlock
        /// The lists it shows: one per column, one per department, or a single one.
        let lists: [HomeList]
    }

    /// Documents under one heading: a column's, a department's, or a block's own.
    struct HomeList {
        let title: String
        let url: String
        let entries: [Entry]
        /// Whether the list's column has no published document at all.
        let isEmptyColumn: Bool
    }

    /// The blocks as shown: those with nothing to show are left out.
    var homeSections: [HomeSection] {
        let blocks = site.site.home ?? HomeBlock.defaults(for: site.site, isPortal: site.isPortal)
        return blocks.compactMap { block in
            let section = HomeSection(block: block, lists: lists(of: block))
            switch block.kind {
            case .lead, .pictures, .departments, .policy:
                return section.lists.allSatisfy(\.entries.isEmpty) ? nil : section
            case .columns, .services, .interaction, .banners:
                return section
            }
        }
    }

    private func lists(of block: HomeBlock) -> [HomeList] {
        let columns = block.columns.compactMap { id in site.columns.first { $0.column.id == id } }
        switch block.kind {
        case .lead, .columns, .policy, .interaction:
            return columns.map { list(of: $0, count: block.count) }
        case .pictures:
            let pictured = columns.flatMap { column in
                column.documents.filter { $0.frontMatter.image != nil }.map { Entry(site: site.site, column: column.column, document: $0) }
            }
            let newest = Resolver.sorted(pictured, by: { Resolver.NewestFirst($0.document) }).prefix(block.count)
            return [HomeList(title: "", url: columns.first.map { OutputPath.column($0.column.id) } ?? "", entries: Array(newest), isEmptyColumn: false)]
        case .departments:
            return departmentLists(count: block.count)
        case .services, .banners:
            return []
        }
    }

    private func list(of column: ResolvedColumn, count: Int) -> HomeList {
        let entries = column.documents.prefix(count).map { Entry(site: site.site, column: column.column, document: $0) }
        return HomeList(title: column.column.title, url: OutputPath.column(column.column.id), entries: Array(entries),
                        isEmptyColumn: column.documents.isEmpty)
    }

    /// 部门动态: each department site's newest stories, leaving out those the portal carries itself (部门信息 holds the
    /// copies the sync agent brought), so that no story is shown twice.
    private func departmentLists(count: Int) -> [HomeList] {
        let carried = Set(site.columns.flatMap(\.documents).map(\.stableID))
        // One pass over the departments' stories, newest first: a group of a thousand sites has millions.
        var newest: [String: [Entry]] = [:]
        for entry in site.departmentLatest where newest[entry.site.id, default: []].count < count && !carried.contains(entry.document.stableID) {
            newest[entry.site.id, default: []].append(entry)
        }
        return group.portalFirst.compactMap { department in
            newest[department.id].map { HomeList(title: department.name, url: department.baseURL, entries: $0, isEmptyColumn: false) }
        }
    }

    func homeContext() -> [String: Any] {
        var context = baseContext(path: "", title: site.site.name, current: nil, crumbs: [])
        context["is_home"] = true
        let sections = homeSections
        context["blocks"] = sections.enumerated().map { index, section in
            [section.block.kind.rawValue: blockContext(section, id: "home-\(index + 1)")]
        }
        if let departments = sections.first(where: { $0.block.kind == .departments }) {
            context["department_news"] = ["items": departments.lists.flatMap(\.entries).map { entry in
                ["title": entry.document.title, "site": entry.site.name, "date": group.dates.day(entry.document.frontMatter.date),
                 "url": entry.site.baseURL + OutputPath.document(entry.document)]
            }]
        }
        context["sections"] = site.site.nav.compactMap { id -> [String: Any]? in
            guard let column = site.columns.first(where: { $0.column.id == id }) else { return nil }
            return columnContext(column.column, from: "") + [
                "items": column.documents.prefix(Self.homeItemsPerColumn).map { item($0, from: "") },
                "empty": column.documents.isEmpty,
            ]
        }
        return context
    }

    private func blockContext(_ section: HomeSection, id: String) -> [String: Any] {
        let block = section.block
        let first = section.lists.first
        let title = block.title.isEmpty ? (block.kind.defaultTitle.isEmpty ? first?.title ?? "" : block.kind.defaultTitle) : block.title
        return [
            "id": id, "title": title, "url": first?.url ?? false,
            "items": first?.entries.map(homeItem) ?? [],
            "lists": section.lists.enumerated().map { index, list in
                ["id": "\(id)-\(index + 1)", "title": list.title, "url": list.url, "items": list.entries.map(homeItem), "empty": list.isEmptyColumn]
            },
            "entries": block.entries.map { entry in
                ["title": entry.title, "url": entry.url, "description": TemplateText(entry.description),
                 "image": entry.image.map { imageContext($0, title: "") } ?? false] as [String: Any]
            },
        ]
    }

    /// A document as a home block shows it: linked on its own site, with its summary, picture and whether it is a 解读.
    private func homeItem(_ entry: Entry) -> [String: Any] {
        let document = entry.document
        let path = OutputPath.document(document)
        var item = item(document, from: "")
        item["url"] = entry.site.id == site.site.id ? path : entry.site.baseURL + path
        item["site_name"] = entry.site.name
        item["image"] = document.frontMatter.image.map { imageContext($0, title: document.title) } ?? false
        item["interpretation"] = document.isInterpretation
        return item
    }

    /// A picture; `title` is the caption when none is written.
    private func imageContext(_ image: DocumentImage, title: String) -> [String: Any] {
        ["src": image.src, "alt": image.alt, "caption": image.caption.isEmpty ? title : image.caption]
    }
}
