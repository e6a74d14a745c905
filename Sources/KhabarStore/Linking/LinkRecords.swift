public import KhabarCore

/// What the store keeps about one document for linking it to documents that come later.
public struct LinkRecord: Sendable, Hashable {
    /// The document.
    public var documentID: String
    /// The settings it was fingerprinted with (shingle size, slots, scheme); a change means relinking.
    public var settings: String
    /// Its fingerprint (compact: 32-bit shingle hashes and the signature).
    public var fingerprint: Fingerprint
    /// Its LSH band keys (none when it has no signature).
    public var bandKeys: [UInt64]
    /// Hashes of its long sentences.
    public var sentenceKeys: [UInt64]

    /// Creates a record.
    public init(
        documentID: String, settings: String, fingerprint: Fingerprint, bandKeys: [UInt64], sentenceKeys: [UInt64]
    ) {
        self.documentID = documentID
        self.settings = settings
        self.fingerprint = fingerprint
        self.bandKeys = bandKeys
        self.sentenceKeys = sentenceKeys
    }
}

/// Stored documents that might link to new ones: by band key, sentence key and content hash.
public struct LinkCandidates: Sendable {
    public var byBandKey: [UInt64: [String]] = [:]
    public var bySentenceKey: [UInt64: [String]] = [:]
    public var byContentHash: [String: [String]] = [:]

    /// Empty candidates.
    public init() {}
}

/// A stored pair of duplicate documents (first was linked before second).
public struct StoredPair: Sendable, Hashable, Codable {
    public var first: String
    public var second: String
    public var kind: DuplicatePair.Kind
    public var similarity: Double

    /// Creates a pair.
    public init(first: String, second: String, kind: DuplicatePair.Kind, similarity: Double) {
        self.first = first
        self.second = second
        self.kind = kind
        self.similarity = similarity
    }
}

/// A stored passage shared by two documents (or repeated in one), with scalar ranges in their cleaned texts.
public struct StoredPassage: Sendable, Hashable, Codable {
    public var first: String
    public var firstStart: Int
    public var firstEnd: Int
    public var second: String
    public var secondStart: Int
    public var secondEnd: Int
    public var kind: DuplicatePair.Kind
    public var similarity: Double
    public var words: Int
    /// The passage as the first document has it.
    public var text: String
    /// The document that published it first, when their dates tell.
    public var earliest: String?
    /// Whether the second copy is a paragraph the cleaner removed as a repeat: its range is then in the
    /// document's original text.
    public var secondRemoved: Bool

    /// Creates a passage.
    public init(
        first: String, firstStart: Int, firstEnd: Int, second: String, secondStart: Int, secondEnd: Int,
        kind: DuplicatePair.Kind, similarity: Double, words: Int, text: String, earliest: String?,
        secondRemoved: Bool = false
    ) {
        self.first = first
        self.firstStart = firstStart
        self.firstEnd = firstEnd
        self.second = second
        self.secondStart = secondStart
        self.secondEnd = secondEnd
        self.kind = kind
        self.similarity = similarity
        self.words = words
        self.text = text
        self.earliest = earliest
        self.secondRemoved = secondRemoved
    }
}
