/// An agency dateline taken off the start of an article ("पटना, 3 जुलाई (भाषा)।", "NEW DELHI (PTI) -").
public struct Dateline: Sendable, Hashable, Codable {
    /// The place it names, as written.
    public var place: String?
    /// The news agency it credits, as written.
    public var agency: String?
    /// The dateline exactly as it appeared.
    public var text: String

    /// Creates a dateline.
    public init(place: String?, agency: String?, text: String) {
        self.place = place
        self.agency = agency
        self.text = text
    }
}
