public import Foundation
public import KhabarText

/// An article after cleaning and analysis: what Khabar stores and reports.
public struct Document: Sendable, Hashable, Identifiable {
    /// A stable id: 16 hex digits of a hash of the source identity and the source text's match key, so the
    /// same input gets the same id on every run and machine.
    public var id: String
    /// Where the article came from.
    public var source: Source
    /// The headline.
    public var title: String?
    /// Whether the headline was taken from the text's first line.
    public var titleFromText: Bool
    /// The publication date.
    public var published: PublicationDate?
    /// The publication.
    public var outlet: String?
    /// The web address.
    public var url: String?
    /// The language of the cleaned text.
    public var language: Language
    /// The cleaned canonical text, one paragraph per line.
    public var text: String
    /// What cleaning removed, with reasons.
    public var removed: [RemovedPiece]
    /// The agency dateline, when there was one.
    public var dateline: Dateline?
    /// 128-bit hash (hex) of the match key of the text as read: re-ingesting the same input, even with
    /// other whitespace, ZWJ or nukta forms, gives the same hash.
    public var sourceHash: String
    /// 128-bit hash (hex) of the match key of the cleaned text: exact duplicates share it.
    public var contentHash: String
    /// The text exactly as read.
    public var original: String
    /// When Khabar first read it (set by ingest).
    public var ingestedAt: Date?

    /// Creates a document.
    public init(
        id: String,
        source: Source,
        title: String?,
        titleFromText: Bool,
        published: PublicationDate?,
        outlet: String?,
        url: String?,
        language: Language,
        text: String,
        removed: [RemovedPiece],
        dateline: Dateline?,
        sourceHash: String,
        contentHash: String,
        original: String,
        ingestedAt: Date? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.titleFromText = titleFromText
        self.published = published
        self.outlet = outlet
        self.url = url
        self.language = language
        self.text = text
        self.removed = removed
        self.dateline = dateline
        self.sourceHash = sourceHash
        self.contentHash = contentHash
        self.original = original
        self.ingestedAt = ingestedAt
    }

    /// The id of the document a source identity and a source hash give.
    public static func id(sourceKey: String, sourceHash: String) -> String {
        StableHash.hex(StableHash.hash(sourceKey + "\u{0}" + sourceHash))
    }
}

extension CodingUserInfoKey {
    /// Set to `true` to leave each document's original text out of its JSON (the analysis report does).
    public static let omitOriginalText: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "khabar.omitOriginalText") else {
            preconditionFailure("a non-empty raw value always makes a key")
        }
        return key
    }()
}

extension Document: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, source, title, published, language, text, removed, outlet, url, dateline, contentHash
        case sourceKind, sourcePath, line, externalID, sourceKey, titleFromText, sourceHash, ingestedAt, original
    }

    /// The report's shape (ARCHITECTURE.md): `source` is what reports show (the record id, else the path),
    /// absent values are `null`; the source's parts, the hashes and the original text follow (the original
    /// unless the encoder's ``CodingUserInfoKey/omitOriginalText`` is true).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source.display, forKey: .source)
        try container.encode(ExplicitNull(wrappedValue: title), forKey: .title)
        try container.encode(ExplicitNull(wrappedValue: published?.iso), forKey: .published)
        try container.encode(language, forKey: .language)
        try container.encode(text, forKey: .text)
        try container.encode(removed, forKey: .removed)
        try container.encode(ExplicitNull(wrappedValue: outlet), forKey: .outlet)
        try container.encode(ExplicitNull(wrappedValue: url), forKey: .url)
        try container.encode(ExplicitNull(wrappedValue: dateline), forKey: .dateline)
        try container.encode(contentHash, forKey: .contentHash)
        try container.encode(source.kind, forKey: .sourceKind)
        try container.encode(source.path, forKey: .sourcePath)
        try container.encode(ExplicitNull(wrappedValue: source.line), forKey: .line)
        try container.encode(ExplicitNull(wrappedValue: source.externalID), forKey: .externalID)
        try container.encode(source.key, forKey: .sourceKey)
        try container.encode(titleFromText, forKey: .titleFromText)
        try container.encode(sourceHash, forKey: .sourceHash)
        try container.encode(
            ExplicitNull(wrappedValue: ingestedAt.map { $0.formatted(.iso8601) }), forKey: .ingestedAt)
        if encoder.userInfo[.omitOriginalText] as? Bool != true {
            try container.encode(original, forKey: .original)
        }
    }
}
