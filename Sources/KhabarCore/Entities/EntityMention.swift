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
    /// What linking across documents compares, computed once with the annotation
    /// (``EntityDirectory/linkKeys(of:)``).
    public var linkKeys: LinkKeys

    /// Creates a document entity; its link keys are computed from its names unless given.
    public init(
        name: String, type: EntityType, english: String?, mentions: [Int], aliases: [String], linkKeys: LinkKeys? = nil
    ) {
        self.name = name
        self.type = type
        self.english = english
        self.mentions = mentions
        self.aliases = aliases
        self.linkKeys = LinkKeys()
        self.linkKeys = linkKeys ?? EntityDirectory.linkKeys(of: self)
    }

    /// The keys a document entity is linked across documents by, computed once with the annotation (on
    /// every core) so that linking, which runs one batch at a time, only compares them.
    public struct LinkKeys: Sendable, Hashable, Codable {
        /// Its identifying keys ("type|match key", "type|=English"): gazetteer keys first, then its fullest names.
        public var identifying: [String] = []
        /// "type|script|skeleton" of its name and of its English form (names across scripts), and the same
        /// keys as names in the other script would have them (what it looks its cross-script twins up by).
        public var skeletons: [String] = []
        public var crossSkeletons: [String] = []
        /// The keys the store's entities it may join are filed under (``EntityDirectory/queryKeys(of:)``).
        public var query: [String] = []
        /// The keys a user's query finds it by (``CanonicalEntity/searchKeys``).
        public var search: [String] = []
        /// The words of its English form.
        public var englishWords = 0

        /// No keys.
        public init() {}
    }
}
