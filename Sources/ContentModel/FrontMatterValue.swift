/// A front-matter value sitegroup does not interpret itself, kept for templates.
public indirect enum FrontMatterValue: Sendable, Hashable {
    case text(String)
    case list([FrontMatterValue])
    case mapping([String: FrontMatterValue])
}
