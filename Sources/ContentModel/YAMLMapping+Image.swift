import Foundation

/// Reading `image: { src, alt, caption }`, in a document's front matter and in a home banner alike.
extension YAMLMapping {
    static let imageKeys = ["src", "alt", "caption"]

    /// The picture under `key`; nil, with diagnostics, when it lacks an address or alt text.
    /// - Parameter rule: what a value of the wrong kind is reported as, in the file being read.
    func image(_ key: String, invalid rule: Rule) -> DocumentImage? {
        guard let fields = mapping(key, rule: rule) else { return nil }
        fields.warnUnknownKeys(allowed: Self.imageKeys, rule: .imageUnknownKey)
        guard let src = fields.requiredString("src", rule: rule, example: "assets/img/news/meeting.svg") else { return nil }
        guard DocumentImage.isSiteAddress(src) else {
            source.log.add(rule, at: fields.valueLocation(of: "src"),
                           Wording("the image address \"\(src)\" is neither a path within the site nor an http(s) address",
                                   "图片地址“\(src)”既不是网站内的路径，也不是 http(s) 地址"),
                           fix: Wording("write it from the site's root, such as `src: assets/img/news/meeting.svg`",
                                        "请从网站根目录写起，例如 `src: assets/img/news/meeting.svg`"))
            return nil
        }
        let alt = fields.string("alt", rule: rule) ?? ""
        guard !alt.trimmingCharacters(in: .whitespaces).isEmpty else {
            source.log.add(.imageMissingAlt, at: fields.value("alt") == nil ? fields.location : fields.location(of: "alt"),
                           Wording("the image has no alt text, so readers who cannot see it learn nothing from it",
                                   "图片缺少替代文字（alt），视障读者无法获知图片内容"),
                           fix: Wording("describe what the picture shows: `alt: 会场全景，主席台上方悬挂会标`",
                                        "请写明图片内容，例如 `alt: 会场全景，主席台上方悬挂会标`"))
            return nil
        }
        return DocumentImage(src: src, alt: alt, caption: fields.string("caption", rule: rule) ?? "", location: fields.textLocation(of: "src"))
    }
}
