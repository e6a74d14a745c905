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
    ///
    /// - Parameter everyToken: hash punctuation, symbols and web addresses too (their match keys), instead of
    ///   giving them 0.
    public static func termHashes(
        _ canonical: CanonicalText,
        tokens: [Token],
        stem: Bool,
        everyToken: Bool = false
    ) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: tokens.count) { out, initialized in
            canonical.scalars.withUnsafeBufferPointer { scalars in
                tokens.withUnsafeBufferPointer { list in
                    HindiSuffixTrie.shared.nodes.withUnsafeBufferPointer { trie in
                        hashTerms(scalars, list, stem: stem, everyToken: everyToken, trie: trie, into: out)
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
        everyToken: Bool,
        trie: UnsafeBufferPointer<UInt16>,
        into out: UnsafeMutableBufferPointer<UInt64>
    ) {
        var capacity = 256
        var scratch = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
        defer { scratch.deallocate() }
        for (k, token) in tokens.enumerated() {
            let isWord = token.kind != .punctuation && token.kind != .symbol && token.kind != .url
            if !isWord && !everyToken {
                out[k] = 0
            } else {
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

    /// The stable hashes of the match keys of the words of a text, in order, where a word is a maximal run
    /// of letters, marks and digits of the canonical text. One pass and no token list: the fastest way from
    /// text to word shingles (duplicate detection).
    ///
    /// Complexity: O(n); one scratch buffer.
    public static func wordTermHashes(_ text: String) -> [UInt64] {
        let scalars = Normalizer.canonicalScalars(text)
        var terms: [UInt64] = []
        terms.reserveCapacity(scalars.count / 5)
        scalars.withUnsafeBufferPointer { source in
            var capacity = 64
            var scratch = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
            defer { scratch.deallocate() }
            var start = -1
            var keyed = false  // whether the word has a scalar a key rule may change
            var previous: UInt32 = 0
            for index in 0...source.count {
                if index < source.count {
                    let v = source[index].value
                    if isWordScalar(v) {
                        if start < 0 {
                            start = index
                            keyed = false
                        }
                        if !keyed && needsKey(v, after: previous) { keyed = true }
                        previous = v
                        continue
                    }
                }
                guard start >= 0 else { continue }
                let word = UnsafeBufferPointer(rebasing: source[start..<index])
                if keyed {
                    if word.count > capacity {
                        scratch.deallocate()
                        capacity = word.count
                        scratch = .allocate(capacity: capacity)
                    }
                    let length = MatchKey.write(word, into: scratch)
                    terms.append(StableHash.hash(UnsafeBufferPointer(start: scratch, count: length)))
                } else {
                    terms.append(StableHash.hash(word))  // the word is its own key
                }
                start = -1
                previous = 0
            }
        }
        return terms
    }

    /// Whether a scalar (after `previous` in the same word) might make a word's match key differ from the
    /// word: upper-case Latin, scalars outside ASCII and Devanagari, the Devanagari scalars with a key rule of
    /// their own, a nasal's virama, and य before े or ी.
    @inline(__always)
    static func needsKey(_ v: UInt32, after previous: UInt32) -> Bool {
        if v < 0x80 { return v &- 0x41 < 26 }
        guard Devanagari.contains(v) else { return true }
        switch v {
        case Devanagari.nukta, Devanagari.chandrabindu, 0x0929, 0x0931, 0x0934, 0x0949, 0x0911, 0x0945, 0x090D,
            0x0966...0x096F:
            return true
        case Devanagari.virama:
            return Devanagari.isNasal(previous)
        case 0x0947, 0x0940:
            return previous == Devanagari.ya
        default:
            return false
        }
    }

    /// Whether a scalar belongs to a word (a letter, mark or digit), answered without a function call for
    /// Devanagari and ASCII.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if Devanagari.contains(v) {
            return v != Devanagari.danda && v != Devanagari.doubleDanda && v != Devanagari.abbreviationSign
        }
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
        return ScalarCategory.of(v).isWordPart
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
