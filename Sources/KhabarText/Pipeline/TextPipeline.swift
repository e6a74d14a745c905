/// A text taken through the whole text layer: canonical form, tokens, sentences and term keys.
public struct AnalyzedText: Sendable {
    /// The canonical text with its map to the source.
    public let canonical: CanonicalText
    /// Its tokens.
    public let tokens: [Token]
    /// Its sentences.
    public let sentences: [Sentence]
    /// For each token, the stable hash of its term: the stemmed match key of a word, the match key of a
    /// number, hashtag or mention; 0 for punctuation, symbols and web addresses.
    public let terms: [UInt64]
}

/// Runs the text layer in one call: normalize, tokenize, segment, and key and stem every word.
///
/// Complexity: O(n); allocation is limited to the result arrays and one scratch buffer reused by
/// every token.
public enum TextPipeline {
    /// Takes `text` through the text layer.
    ///
    /// - Parameter stem: whether word terms are stemmed (search) or only keyed (duplicates, names).
    public static func analyze(_ text: String, stem: Bool = true) -> AnalyzedText {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        let terms = termHashes(canonical, tokens: tokens, stem: stem)
        return AnalyzedText(canonical: canonical, tokens: tokens, sentences: sentences, terms: terms)
    }

    /// The term hash of every token (see ``AnalyzedText/terms``).
    ///
    /// Complexity: O(n); one scratch buffer serves every token.
    public static func termHashes(_ canonical: CanonicalText, tokens: [Token], stem: Bool) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: tokens.count) { out, initialized in
            canonical.scalars.withUnsafeBufferPointer { scalars in
                tokens.withUnsafeBufferPointer { list in
                    HindiSuffixTrie.shared.nodes.withUnsafeBufferPointer { trie in
                        hashTerms(scalars, list, stem: stem, trie: trie, into: out)
                    }
                }
            }
            initialized = tokens.count
        }
    }

    private static func hashTerms(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        _ tokens: UnsafeBufferPointer<Token>,
        stem: Bool,
        trie: UnsafeBufferPointer<UInt16>,
        into out: UnsafeMutableBufferPointer<UInt64>
    ) {
        var capacity = 256
        var scratch = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
        defer { scratch.deallocate() }
        for (k, token) in tokens.enumerated() {
            switch token.kind {
            case .punctuation, .symbol, .url:
                out[k] = 0
            case .word, .number, .hashtag, .mention:
                let length = token.end - token.start
                if length > capacity {
                    scratch.deallocate()
                    capacity = length
                    scratch = .allocate(capacity: capacity)
                }
                var n = MatchKey.write(UnsafeBufferPointer(rebasing: scalars[token.start..<token.end]), into: scratch)
                if stem && token.kind == .word { n = Stemmer.stem(scratch, count: n, trie: trie) }
                out[k] = StableHash.hash(UnsafeBufferPointer(start: scratch, count: n))
            }
        }
    }

    /// The match key of one token of canonical text, optionally stemmed.
    public static func term(_ canonical: CanonicalText, _ token: Token, stem: Bool) -> String {
        var scratch = [Unicode.Scalar]()
        canonical.scalars.withUnsafeBufferPointer { scalars in
            MatchKey.append(UnsafeBufferPointer(rebasing: scalars[token.start..<token.end]), to: &scratch)
        }
        if stem && token.kind == .word { Stemmer.stem(&scratch) }
        return String.fromScalars(scratch[...])
    }
}
