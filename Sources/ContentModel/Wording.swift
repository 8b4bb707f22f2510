/// A diagnostic's text in the languages sitegroup speaks to editors.
public struct Wording: Sendable, Hashable {
    public var english: String
    public var chinese: String

    public init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    public func text(in language: Language) -> String {
        language == .chinese ? chinese : english
    }
}

public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case chinese = "zh"

    /// Chinese for a `zh-…` group, English otherwise.
    public init(groupLanguage: String) {
        self = groupLanguage.lowercased().hasPrefix("zh") ? .chinese : .english
    }
}
