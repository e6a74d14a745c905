/// A stretch of text that several documents print (or one prints twice), stored once with every place it
/// occurs, in the order the documents appeared: the copy chain.
public struct PassageRecord: Sendable, Hashable, Codable {
    /// One place the passage occurs.
    public struct Occurrence: Sendable, Hashable, Codable {
        /// The document.
        public var document: String
        /// Unicode-scalar offsets into the document's cleaned text, or into its original text when the cleaner
        /// removed this copy as a repeat (``removed``).
        public var start: Int
        public var end: Int
        /// Exact, or with a few words changed.
        public var kind: DuplicateKind
        /// The share of the passage's words matched here (1 for an exact copy).
        public var similarity: Double
        /// True when this copy is a paragraph the cleaner removed as a repeat (offsets into the original).
        public var removed: Bool?

        /// Creates an occurrence.
        public init(
            document: String, start: Int, end: Int, kind: DuplicateKind = .exact, similarity: Double = 1,
            removed: Bool = false
        ) {
            self.document = document
            self.start = start
            self.end = end
            self.kind = kind
            self.similarity = (similarity * 10_000).rounded() / 10_000
            self.removed = removed ? true : nil
        }

        /// The scalar range.
        public var range: Range<Int> { start..<end }
    }

    /// A stable id: a hash of where the passage was first found.
    public var id: String
    /// The documents it occurs in, in chain order (a document printing it twice appears twice).
    public var documents: [String]
    /// The text, as its first occurrence has it.
    public var text: String
    /// The document that published it first, when the publication dates tell (null otherwise).
    @ExplicitNull public var first: String?
    /// Exact when every copy is, else near.
    public var kind: DuplicateKind
    /// The lowest similarity of any copy.
    public var similarity: Double
    /// Words matched between the first two copies.
    public var words: Int
    /// Every occurrence, in chain order.
    public var locations: [Occurrence]

    /// A passage from its occurrences, already in chain order.
    public init(id: String, text: String, words: Int, first: String?, occurrences: [Occurrence]) {
        self.id = id
        self.text = text
        self.words = words
        self.first = first
        locations = occurrences
        documents = occurrences.map(\.document)
        kind = occurrences.contains { $0.kind == .near } ? .near : .exact
        similarity = occurrences.map(\.similarity).min() ?? 1
    }
}
