/// What a site offers its readers, read from the templates it is built with: the report's 创新发展 figures.
public struct SiteFeatures: Sendable, Hashable {
    /// 站内搜索: a search form (`role="search"`).
    public var search: Bool
    /// 无障碍浏览: the reading-aid bar of larger text and high contrast (`data-a11y-tools`).
    public var accessibility: Bool
    /// 多语言版本: links to versions in other languages (`hreflang=`).
    public var languages: Bool

    public init(search: Bool = false, accessibility: Bool = false, languages: Bool = false) {
        self.search = search
        self.accessibility = accessibility
        self.languages = languages
    }

    /// The features the given template texts show.
    public init(templates: some Sequence<String>) {
        self.init()
        for text in templates {
            search = search || text.contains("role=\"search\"")
            accessibility = accessibility || text.contains("data-a11y-tools")
            languages = languages || text.contains("hreflang=")
        }
    }
}
