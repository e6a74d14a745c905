/// An article as an ingest adapter read it, before cleaning.
public struct RawDocument: Sendable, Hashable {
    /// Where it came from.
    public var source: Source
    /// The article text exactly as read.
    public var text: String
    /// The headline, when the input gave one.
    public var title: String?
    /// The publication date as the input gave it, parsed.
    public var published: PublicationDate?
    /// The publication, when known.
    public var outlet: String?
    /// The article's web address, when known.
    public var url: String?
    /// What reading noticed but did not reject, one sentence each (a publication date that is not a date).
    public var warnings: [String]

    /// Creates a raw document.
    public init(
        source: Source,
        text: String,
        title: String? = nil,
        published: PublicationDate? = nil,
        outlet: String? = nil,
        url: String? = nil,
        warnings: [String] = []
    ) {
        self.source = source
        self.text = text
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
        self.warnings = warnings
    }
}
