public import KhabarCore
import KhabarText

/// One document's reading as the store keeps it: its mentions linked to canonical entities, its quotes with
/// their speakers' entities, and its dates.
public struct StoredReading: Sendable, Hashable {
    /// The document.
    public var documentID: String
    public var mentions: [StoredMention]
    public var quotes: [StoredQuote]
    public var dates: [StoredDate]

    /// The rows of a document's reading, given the canonical entity each of its document entities was linked
    /// to (`entities[i]` for `reading.entities[i]`).
    public init(document: Document, reading: Reading, entities: [CanonicalEntity]) {
        documentID = document.id
        let scalars = Array(document.text.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String.fromScalars(scalars[range.clamped(to: 0..<scalars.count)]) }
        func entity(_ index: Int) -> CanonicalEntity? { entities.indices.contains(index) ? entities[index] : nil }
        mentions = reading.mentions.compactMap { mention in
            entity(mention.entity).map {
                StoredMention(
                    document: document.id, entity: $0.id, text: mention.text, type: mention.type,
                    start: mention.start, end: mention.end, source: mention.source)
            }
        }
        quotes = reading.quotes.map { quote in
            let speaker = reading.speaker(of: quote).flatMap(entity)
            return StoredQuote(
                document: document.id, speaker: speaker?.id, speakerName: speaker?.name,
                speakerText: quote.shownSpeakerRange.map(text) ?? "", pronoun: quote.pronounRange.map(text),
                text: text(quote.range), kind: quote.kind, start: quote.range.lowerBound, end: quote.range.upperBound,
                open: quote.isOpen)
        }
        dates = reading.dates.map { date in
            StoredDate(
                document: document.id, text: text(date.range), value: date.value, precision: date.precision,
                kind: date.kind, relative: date.relative, start: date.range.lowerBound, end: date.range.upperBound)
        }
    }
}

/// A canonical entity with how often the stored documents mention it.
public struct EntitySummary: Sendable, Hashable {
    /// The entity.
    public var entity: CanonicalEntity
    /// Its stored mentions.
    public var mentions: Int
    /// The documents that mention it.
    public var documents: Int

    /// Creates a summary.
    public init(entity: CanonicalEntity, mentions: Int, documents: Int) {
        self.entity = entity
        self.mentions = mentions
        self.documents = documents
    }
}

/// A stored entity mention.
public struct StoredMention: Sendable, Hashable, Codable {
    public var document: String
    public var entity: String
    public var text: String
    public var type: EntityType
    public var start: Int
    public var end: Int
    public var source: EntityMention.Source

    /// Creates a mention row.
    public init(
        document: String, entity: String, text: String, type: EntityType, start: Int, end: Int,
        source: EntityMention.Source
    ) {
        self.document = document
        self.entity = entity
        self.text = text
        self.type = type
        self.start = start
        self.end = end
        self.source = source
    }
}

/// A stored quote, with its speaker's canonical entity when known.
public struct StoredQuote: Sendable, Hashable, Codable {
    public var document: String
    /// The speaker's canonical entity id, when the speaker is a known entity.
    public var speaker: String?
    /// That entity's display name.
    public var speakerName: String?
    /// The phrase naming the speaker (for a pronoun, the phrase it refers to); empty when the text does not say.
    public var speakerText: String
    /// The pronoun the text uses for the speaker, when it uses one.
    public var pronoun: String?
    public var text: String
    public var kind: Quote.Kind
    public var start: Int
    public var end: Int
    public var open: Bool

    /// Creates a quote row.
    public init(
        document: String, speaker: String?, speakerName: String?, speakerText: String, pronoun: String?,
        text: String, kind: Quote.Kind, start: Int, end: Int, open: Bool
    ) {
        self.document = document
        self.speaker = speaker
        self.speakerName = speakerName
        self.speakerText = speakerText
        self.pronoun = pronoun
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.open = open
    }
}

/// A stored time expression.
public struct StoredDate: Sendable, Hashable, Codable {
    public var document: String
    public var text: String
    /// The resolved ISO 8601 value, nil when unresolved.
    public var value: String?
    public var precision: TimeExpression.Precision
    public var kind: TimeExpression.Kind
    public var relative: Bool
    public var start: Int
    public var end: Int

    /// Creates a date row.
    public init(
        document: String, text: String, value: String?, precision: TimeExpression.Precision,
        kind: TimeExpression.Kind, relative: Bool, start: Int, end: Int
    ) {
        self.document = document
        self.text = text
        self.value = value
        self.precision = precision
        self.kind = kind
        self.relative = relative
        self.start = start
        self.end = end
    }
}
