import KhabarText

/// What near-duplicate and passage detection need to know about one text.
public struct Fingerprint: Sendable, Hashable {
    /// Word shingles.
    public var shingles: ShingleSet
    /// The MinHash signature; nil for texts too short to be matched as near-duplicates.
    public var signature: MinHashSignature?
    /// Number of words.
    public var words: Int

    /// Creates a fingerprint.
    public init(shingles: ShingleSet, signature: MinHashSignature?, words: Int) {
        self.shingles = shingles
        self.signature = signature
        self.words = words
    }

    /// The fingerprint of a text (the cleaned text of a document).
    public init(text: String, options: DedupOptions, hasher: MinHasher) {
        self.init(terms: WordTerms.of(text), options: options, hasher: hasher)
    }

    /// The fingerprint of a sequence of word terms.
    public init(terms: [UInt64], options: DedupOptions, hasher: MinHasher) {
        let shingles = ShingleSet(terms: terms, size: options.shingleSize)
        self.init(
            shingles: shingles, signature: terms.count >= options.minimumWords ? hasher.signature(of: shingles) : nil,
            words: terms.count)
    }

    /// The fingerprint without the 64-bit hashes the signature was made from (what verification keeps).
    public var compact: Fingerprint {
        Fingerprint(shingles: ShingleSet(sortedHashes: shingles.hashes), signature: signature, words: words)
    }
}

/// The word terms of a text: stable hashes of the match keys of its words, in order.
///
/// Punctuation is not a word, so "कहा," and "कहा" are the same term; match keys make मॉस्को and मास्को,
/// “quotes” and "quotes", ज़ and ज the same too.
public enum WordTerms {
    /// The word terms of a text, for duplicate detection: a word is a maximal run of letters, marks and
    /// digits of the canonical text (so `1,00,000` is three words and `एक-दूसरे` two). One pass, no token
    /// list: the fastest way from text to shingles.
    ///
    /// Complexity: O(n), one scratch buffer.
    public static func of(_ text: String) -> [UInt64] {
        TextPipeline.wordTermHashes(text)
    }
}
