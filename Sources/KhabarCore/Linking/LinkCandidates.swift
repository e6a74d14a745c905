/// What the link stage asks the store for, for one batch of new documents: the keys it is filed under.
public struct LinkQuery: Sendable, Hashable {
    /// Content hashes of the batch's non-empty documents (exact copies).
    public var contentHashes: [String] = []
    /// LSH band keys (near-duplicate candidates).
    public var bandKeys: [UInt64] = []
    /// Keys of long sentences (documents that may share passages).
    public var sentenceKeys: [UInt64] = []
    /// Entity lookup keys (``EntityDirectory/queryKeys(of:)``).
    public var entityKeys: [String] = []

    /// An empty query.
    public init() {}
}

/// Stored documents and entities a batch may link to, as the store hands them for a ``LinkQuery``.
public struct LinkCandidates: Sendable {
    /// Content hash → the earliest stored document with that content.
    public var exact: [String: String] = [:]
    /// Band key → the stored documents filed under it (at most ``DuplicateLinker/bucketCapacity``).
    public var bands: [UInt64: [String]] = [:]
    /// Sentence key → the stored documents filed under it (at most ``PassageLinker/sentenceCapacity``).
    public var sentences: [UInt64: [String]] = [:]
    /// Every document listed above → the first article of its group of copies (itself when it copies none).
    public var groups: [String: String] = [:]
    /// The ids of the stored entities filed under the query's entity keys.
    public var entityIDs: [String] = []
    /// The store's epoch: it changes with every save (``LinkResult/epoch``).
    public var epoch: Int64 = 0

    /// No candidates.
    public init() {}

    /// The group of a stored document.
    public func group(of document: String) -> String { groups[document] ?? document }
}

/// A stored document's text, for aligning passages with it.
public struct StoredText: Sendable {
    public var id: String
    /// The cleaned text.
    public var text: String
    /// Occurrences of stored passages in it.
    public var anchors: [PassageAnchor]

    /// Creates a stored text.
    public init(id: String, text: String, anchors: [PassageAnchor]) {
        self.id = id
        self.text = text
        self.anchors = anchors
    }
}

/// Where a stored passage occurs in a document.
public struct PassageAnchor: Sendable, Hashable {
    /// The passage.
    public var passage: String
    /// Its scalar range in the document's cleaned text.
    public var start: Int
    public var end: Int

    /// Creates an anchor.
    public init(passage: String, start: Int, end: Int) {
        self.passage = passage
        self.start = start
        self.end = end
    }
}
