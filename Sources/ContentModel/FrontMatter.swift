import Foundation

/// The YAML header of a document.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var date: Date
    public var slug: String?
    public var summary: String
    public var author: String
    /// 来源
    public var source: String
    public var tags: [String]
    public var draft: Bool
    public var weight: Int
    public var expires: Date?
    /// `public` unless stated; anything else is never published (涉密信息不上网).
    public var classification: String
    public var disclosure: Disclosure?
    /// When the reply to an interaction item (咨询、投诉) was published.
    public var replied: Date?
    /// The letter an interaction item answers (来信).
    public var letter: Letter?
    public var origin: Origin?
    /// How the body is written: Markdown, or HTML imported from another CMS's feed.
    public var format: BodyFormat
    /// Set by the sync agent on a rule that holds imports for an editor (外来文章审核).
    public var review: Review?
    /// When the sync agent found the item gone from its source; a retracted document is kept but not built.
    public var retracted: Date?
    /// The picture 图片新闻 shows it with.
    public var image: DocumentImage?
    /// Keys sitegroup does not know, kept for templates.
    public var extra: [String: FrontMatterValue]

    public static let publicClassification = "public"

    public init(title: String, date: Date, slug: String? = nil, summary: String = "", author: String = "",
                source: String = "", tags: [String] = [], draft: Bool = false, weight: Int = 0, expires: Date? = nil,
                classification: String = FrontMatter.publicClassification, disclosure: Disclosure? = nil, replied: Date? = nil,
                letter: Letter? = nil, origin: Origin? = nil, format: BodyFormat = .markdown, review: Review? = nil, retracted: Date? = nil,
                image: DocumentImage? = nil, extra: [String: FrontMatterValue] = [:]) {
        self.title = title
        self.date = date
        self.slug = slug
        self.summary = summary
        self.author = author
        self.source = source
        self.tags = tags
        self.draft = draft
        self.weight = weight
        self.expires = expires
        self.classification = classification
        self.disclosure = disclosure
        self.replied = replied
        self.letter = letter
        self.origin = origin
        self.format = format
        self.review = review
        self.retracted = retracted
        self.image = image
        self.extra = extra
    }
}

public enum BodyFormat: String, Sendable, Hashable, CaseIterable {
    case markdown
    case html
}

/// Where an imported document stands in the review queue.
public enum Review: String, Sendable, Hashable, CaseIterable {
    case pending
    case approved
    case rejected
}
