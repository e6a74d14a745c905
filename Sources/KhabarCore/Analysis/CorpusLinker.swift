import KhabarText

/// The cross-document stage: duplicate pairs and shared passages of a collection of documents.
///
/// Documents are compared by their cleaned text. Empty documents (nothing left after cleaning) take part in
/// nothing. Near-duplicate pairs share everything, so passages are not listed for them; a paragraph the
/// cleaner removed as a repeat of another in the same article is listed as a passage of that article.
public struct CorpusLinker: Sendable {
    /// Duplicate detection.
    public var detector: DuplicateDetector
    /// Passage search.
    public var finder: PassageFinder

    /// Creates a linker.
    public init(detector: DuplicateDetector = DuplicateDetector(), finder: PassageFinder = PassageFinder()) {
        self.detector = detector
        self.finder = finder
    }

    /// What linking found, by index into the documents.
    public struct Links: Sendable {
        public var pairs: [DuplicatePair]
        public var passages: [SharedPassage]
    }

    /// Links a collection.
    public func link(_ documents: [Document]) -> Links {
        let hashes = documents.map { $0.text.isEmpty ? nil : $0.contentHash }
        let fingerprints = documents.map { detector.fingerprint($0.text) }
        let pairs = detector.pairs(contentHashes: hashes, fingerprints: fingerprints)
        let excluded = Set(pairs.map { Int64($0.first) << 32 | Int64($0.second) })
        let texts = documents.map { PassageText($0.text) }
        let passages = finder.passages(among: texts, excluding: excluded)
        return Links(pairs: pairs, passages: passages)
    }

    /// The document that published a passage first, when their dates tell.
    public static func first(_ a: Document, _ b: Document) -> Document? {
        guard let dateA = a.published, let dateB = b.published, dateA != dateB else { return nil }
        return dateA < dateB ? a : b
    }
}
