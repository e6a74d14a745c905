public import Foundation

/// The one-shot report of `khabar analyze --json` (ARCHITECTURE.md), made of the same records the store
/// keeps and the API serves. Field names and shapes are a contract with evaluation scripts and notebooks:
/// fields may be added, never renamed.
public struct AnalysisReport: Sendable, Encodable {
    /// The documents, cleaned (without their original text).
    public var documents: [Document]
    /// One record per copy of an earlier document.
    public var duplicates: [DuplicateRecord]
    /// Passages several documents print, each with its copy chain.
    public var passages: [PassageRecord]
    /// Stories (filled by the stories stage; empty until it lands).
    public var stories: [StoryEntry] = []
    /// Canonical entities with their mentions, in order of first mention.
    public var entities: [EntityEntry]
    /// Quotes, in document and text order.
    public var quotes: [QuoteRecord]
    /// Time expressions, in document and text order.
    public var dates: [DateRecord]

    /// A report from stored records: `mentions` are grouped under their entities, and entities come in the
    /// order they are first mentioned (documents in the given order, then text order).
    public init(
        documents: [Document],
        duplicates: [DuplicateRecord] = [],
        passages: [PassageRecord] = [],
        entities: [CanonicalEntity] = [],
        mentions: [MentionRecord] = [],
        quotes: [QuoteRecord] = [],
        dates: [DateRecord] = []
    ) {
        self.documents = documents
        self.duplicates = duplicates
        self.passages = passages
        self.quotes = quotes
        self.dates = dates
        let position = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = mentions.sorted {
            (position[$0.document] ?? Int.max, $0.start) < (position[$1.document] ?? Int.max, $1.start)
        }
        var byEntity: [String: [MentionRecord]] = [:]
        var order: [String] = []
        for mention in ordered {
            if byEntity[mention.entity] == nil { order.append(mention.entity) }
            byEntity[mention.entity, default: []].append(mention)
        }
        let known = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.entities = order.compactMap { id in
            known[id].map { EntityEntry(entity: $0, mentions: byEntity[id] ?? []) }
        }
    }

    /// The report as JSON (UTF-8 text unescaped).
    public func json(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        encoder.userInfo[.omitOriginalText] = true
        return try encoder.encode(self)
    }

    /// A story.
    public struct StoryEntry: Sendable, Encodable {
        public var id: String
        public var documents: [String]
        public var headline: String
        /// The summary's sentences (``StorySummary``), about 60 words.
        public var summary: [String]
        /// The article each summary sentence comes from, in the same order.
        public var summaryDocuments: [String] = []
        /// The longer summary (about 150 words) and its articles.
        public var summaryLong: [String] = []
        public var summaryLongDocuments: [String] = []
        /// Its dated events and publication days, in order (``StoryTimeline``).
        public var timeline: [StoryTimeline.Entry] = []
        /// What each of its articles added, in publication order (``StoryNovelty``).
        public var updates: [StoryNovelty.Update] = []
        /// The articles that are copies of an earlier one, with that one's id.
        public var copies: [String: String] = [:]
    }

    /// A canonical entity with its mentions: the entity's fields, then `mentions`.
    public struct EntityEntry: Sendable, Encodable {
        /// The entity.
        public var entity: CanonicalEntity
        /// Its mentions in the reported documents.
        public var mentions: [MentionRecord]

        enum CodingKeys: String, CodingKey {
            case mentions
        }

        public func encode(to encoder: any Encoder) throws {
            try entity.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(mentions, forKey: .mentions)
        }
    }
}

extension String {
    /// The text of a scalar range of this string.
    public func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        return String(scalars[start..<end])
    }
}
