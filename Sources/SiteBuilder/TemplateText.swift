import Mustache

/// Text for templates that counts as absent when empty, so `{{#author}}…{{/author}}` shows nothing
/// for a document without an author (swift-mustache treats any String, even "", as present).
struct TemplateText: MustacheCustomRenderable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { text.isEmpty }
}
