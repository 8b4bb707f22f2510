/// A front-matter value sitegroup does not interpret itself, kept for templates.
public indirect enum FrontMatterValue: Sendable, Codable, Hashable {
    case text(String)
    case list([FrontMatterValue])
    case mapping([String: FrontMatterValue])
}
