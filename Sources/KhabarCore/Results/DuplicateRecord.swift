/// Whether two texts are the same or near the same.
public enum DuplicateKind: String, Sendable, Hashable, Codable {
    /// The same match-key text.
    case exact
    /// Jaccard similarity of word shingles at or above the threshold.
    case near
}

/// A document that copies an earlier one: the pair, how alike they are, and the group of copies it joins.
///
/// Each copy is recorded once, against the earlier document it is most like; the copies of one article
/// form a group named after its first article. A wire story reprinted by hundreds of outlets is one group
/// with one record per reprint, not every pair.
public struct DuplicateRecord: Sendable, Hashable, Codable {
    /// The earlier document and the copy, in that order.
    public var documents: [String]
    /// Exact or near.
    public var kind: DuplicateKind
    /// The exact Jaccard similarity of their shingles (1 for exact copies), to four decimals.
    public var similarity: Double
    /// The group's first article (the earliest document of the copies).
    public var group: String

    /// Creates a record.
    public init(original: String, copy: String, kind: DuplicateKind, similarity: Double, group: String) {
        documents = [original, copy]
        self.kind = kind
        self.similarity = (similarity * 10_000).rounded() / 10_000
        self.group = group
    }

    /// The earlier document.
    public var original: String { documents.first ?? "" }
    /// The copy.
    public var copy: String { documents.last ?? "" }
}
