/// A theme folder under `themes/`, with the parent it extends.
public struct Theme: Sendable, Hashable {
    public var id: String
    public var parent: String?
    /// Group-relative folder of the theme.
    public var path: String

    public init(id: String, parent: String? = nil, path: String) {
        self.id = id
        self.parent = parent
        self.path = path
    }
}
