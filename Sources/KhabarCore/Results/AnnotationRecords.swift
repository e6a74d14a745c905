/// A mention of a canonical entity in a document.
public struct MentionRecord: Sendable, Hashable, Codable {
    public var document: String
    /// The canonical entity's id.
    public var entity: String
    /// The exact text of the mention.
    public var text: String
    public var type: EntityType
    /// Unicode-scalar offsets into the document's cleaned text.
    public var start: Int
    public var end: Int
    /// How it was found.
    public var source: EntityMention.Source

    /// Creates a record.
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

/// Who said what, in a document.
public struct QuoteRecord: Sendable, Hashable, Codable {
    public var document: String
    /// The speaker's canonical entity id, when the speaker is an entity the articles name.
    @ExplicitNull public var speaker: String?
    /// That entity's display name.
    @ExplicitNull public var speakerName: String?
    /// The phrase naming the speaker (for a pronoun, the phrase it refers to); empty when the text does not say.
    public var speakerText: String
    /// The quoted or reported words.
    public var text: String
    public var kind: Quote.Kind
    /// Unicode-scalar offsets of the words in the document's cleaned text.
    public var start: Int
    public var end: Int
    /// The pronoun the text uses for the speaker (उन्होंने, he), when it uses one.
    @ExplicitNull public var pronoun: String?
    /// True when the quote mark was never closed and the quote runs to the end of its paragraph.
    public var open: Bool

    /// Creates a record.
    public init(
        document: String, speaker: String?, speakerName: String?, speakerText: String, text: String,
        kind: Quote.Kind, start: Int, end: Int, pronoun: String?, open: Bool
    ) {
        self.document = document
        self.speaker = speaker
        self.speakerName = speakerName
        self.speakerText = speakerText
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.pronoun = pronoun
        self.open = open
    }
}

/// A time expression in a document: `value` is an ISO 8601 date, month, year, time or duration (null when
/// it cannot be resolved, e.g. a relative word in an article without a publication date), `precision` how
/// much of it is known, `kind` date, period, frequency or time (ILTIMEX's D/P/F/T), `relative` whether it
/// needed the publication date.
public struct DateRecord: Sendable, Hashable, Codable {
    public var document: String
    public var text: String
    @ExplicitNull public var value: String?
    public var precision: TimeExpression.Precision
    public var kind: TimeExpression.Kind
    public var relative: Bool
    /// Unicode-scalar offsets into the document's cleaned text.
    public var start: Int
    public var end: Int

    /// Creates a record.
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
