import ContentModel

/// Why `sitegroup new` wrote nothing: a bad name, a target that exists, a file it cannot safely change. Told in
/// the group's language, exit status 2.
public struct ScaffoldRefusal: Error, Sendable {
    public let reason: Wording

    init(_ reason: Wording) {
        self.reason = reason
    }
}
