import ContentModel
import Foundation

/// A site's layouts and assets merged once from its layers — the site, its theme, that theme's parents —
/// so that lookups never walk the chain again. The first layer that has a file wins.
struct ThemeChain: Sendable {
    /// Template name → group-relative file, for the whole chain.
    let layouts: [String: String]
    /// Template name → group-relative file, for the theme layers alone (what `theme.<name>` refers to).
    let themeLayouts: [String: String]
    /// Asset path under `assets/` → group-relative file.
    let assets: [String: String]

    init(site: Site, group: SiteGroup, files: FileLister) throws {
        var themeFolders: [String] = []
        var next: String? = site.theme
        while let id = next, let theme = group.themes[id], !themeFolders.contains(theme.path) {
            themeFolders.append(theme.path)
            next = theme.parent
        }
        let siteFolder = "sites/\(site.id)"
        themeLayouts = try Self.merge(themeFolders.map { "\($0)/layouts" }, files: files, stripping: ".mustache")
        layouts = try Self.merge(["\(siteFolder)/layouts"] + themeFolders.map { "\($0)/layouts" }, files: files, stripping: ".mustache")
        assets = try Self.merge(["\(siteFolder)/assets"] + themeFolders.map { "\($0)/assets" }, files: files, stripping: nil)
    }

    private static func merge(_ folders: [String], files: FileLister, stripping suffix: String?) throws -> [String: String] {
        var merged: [String: String] = [:]
        for folder in folders {
            for relative in try files.list(folder) {
                var name = relative
                if let suffix {
                    guard name.hasSuffix(suffix) else { continue }
                    name = String(name.dropLast(suffix.count))
                }
                if merged[name] == nil { merged[name] = "\(folder)/\(relative)" }
            }
        }
        return merged
    }
}
