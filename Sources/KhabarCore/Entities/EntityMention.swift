/// One mention of a person, place or organisation in a document's cleaned text.
public struct EntityMention: Sendable, Hashable, Codable {
    /// Unicode-scalar offsets into the cleaned text; the span leaves out titles before a person
    /// (राष्ट्रपति, श्री) and honorifics after (जी).
    public var start: Int
    public var end: Int
    /// The entity type.
    public var type: EntityType
    /// The exact text of the span.
    public var text: String
    /// How it was found.
    public var source: Source
    /// The index of the document-level entity it belongs to (``DocumentEntity``).
    public var entity: Int

    /// How a mention was found.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The statistical tagger (Hindi).
        case tagger
        /// The gazetteer of places.
        case gazetteer
        /// Rules on capitalized Latin words.
        case latin
        /// A title or role word before an unknown name (राष्ट्रपति पुतिन).
        case title
        /// The list of well-known people and organisations (``Notables``).
        case notables
        /// The same name found elsewhere in the document.
        case document
    }

    /// The scalar range.
    public var range: Range<Int> { start..<end }

    /// Creates a mention.
    public init(start: Int, end: Int, type: EntityType, text: String, source: Source, entity: Int = -1) {
        self.start = start
        self.end = end
        self.type = type
        self.text = text
        self.source = source
        self.entity = entity
    }
}

/// An entity as one document names it: all mentions of one person, place or organisation there.
public struct DocumentEntity: Sendable, Hashable, Codable {
    /// The fullest name the document gives (किम जोंग उन rather than किम).
    public var name: String
    /// The type.
    public var type: EntityType
    /// An English form the document gives (a Latin mention, or a gazetteer's English name), if any.
    public var english: String?
    /// The indices of its mentions.
    public var mentions: [Int]
    /// Every distinct name the document uses for it, by match key (for linking across documents).
    public var aliases: [String]

    /// Creates a document entity.
    public init(name: String, type: EntityType, english: String?, mentions: [Int], aliases: [String]) {
        self.name = name
        self.type = type
        self.english = english
        self.mentions = mentions
        self.aliases = aliases
    }
}
