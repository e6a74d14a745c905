/// A text taken through the whole text layer: canonical form, tokens, sentences and term keys.
///
/// Made once per document and passed on: every stage that needs words, sentences or terms reads them here
/// instead of normalizing and tokenizing again.
public struct AnalyzedText: Sendable {
    /// The canonical text with its map to the source.
    public let canonical: CanonicalText
    /// Its tokens.
    public let tokens: [Token]
    /// Its sentences.
    public let sentences: [Sentence]
    /// For each token, the stable hash of its term. ``TextPipeline/analyze(_:stem:)`` gives the stemmed match
    /// key of a word and 0 for punctuation, symbols and web addresses; ``TextPipeline/analyze(canonical:)``
    /// gives the unstemmed match key of every token (what names, quotes, dates and duplicates compare).
    public let terms: [UInt64]

    /// Wraps the parts of an analysis.
    public init(canonical: CanonicalText, tokens: [Token], sentences: [Sentence], terms: [UInt64]) {
        self.canonical = canonical
        self.tokens = tokens
        self.sentences = sentences
        self.terms = terms
    }

    /// The terms of the word and number tokens, in order, with the index of each one's token.
    public func wordTerms() -> (terms: [UInt64], tokens: [Int]) {
        var words: [UInt64] = []
        var positions: [Int] = []
        words.reserveCapacity(tokens.count)
        positions.reserveCapacity(tokens.count)
        for (k, token) in tokens.enumerated() where token.isWordLike {
            words.append(terms[k])
            positions.append(k)
        }
        return (words, positions)
    }
}

extension AnalyzedText {
    /// The words duplicate detection shingles, as ``TextPipeline/wordTermHashes(_:)`` finds them in the same
    /// text (a word is a maximal run of letters, marks and digits), taken from this analysis without a second
    /// pass over the text: a word token is its own word; a token holding other scalars (`1,00,000`, a web
    /// address, a hashtag) gives each run of word scalars inside it.
    public func shingleWords() -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(tokens.count)
        canonical.scalars.withUnsafeBufferPointer { scalars in
            var scratch: [Unicode.Scalar] = []
            var previousEnd = -1
            for (k, token) in tokens.enumerated() {
                var pure = token.isWordLike
                if pure {
                    for index in token.start..<token.end where !TextPipeline.isWordScalar(scalars[index].value) {
                        pure = false
                        break
                    }
                }
                // A token glued to a word before it continues that word (the scan sees one run).
                let glued =
                    token.start == previousEnd && token.start > 0
                    && TextPipeline.isWordScalar(scalars[token.start - 1].value)
                    && TextPipeline.isWordScalar(scalars[token.start].value)
                previousEnd = token.end
                if pure && !glued {
                    words.append(terms[k])
                    continue
                }
                var index = token.start
                var first = true
                while index < token.end {
                    guard TextPipeline.isWordScalar(scalars[index].value) else {
                        index += 1
                        first = false
                        continue
                    }
                    var end = index
                    while end < token.end && TextPipeline.isWordScalar(scalars[end].value) { end += 1 }
                    if first && glued, let last = words.popLast(), let start = lastRunStart(before: index, scalars) {
                        _ = last
                        scratch.removeAll(keepingCapacity: true)
                        MatchKey.append(UnsafeBufferPointer(rebasing: scalars[start..<end]), to: &scratch)
                    } else {
                        scratch.removeAll(keepingCapacity: true)
                        MatchKey.append(UnsafeBufferPointer(rebasing: scalars[index..<end]), to: &scratch)
                    }
                    words.append(scratch.withUnsafeBufferPointer { StableHash.hash($0) })
                    first = false
                    index = end
                }
            }
        }
        return words
    }

    /// The start of the run of word scalars that ends at `index`.
    private func lastRunStart(before index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var start = index
        while start > 0 && TextPipeline.isWordScalar(scalars[start - 1].value) { start -= 1 }
        return start < index ? start : nil
    }
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

    /// Takes text that is canonical already (a cleaned article) through the rest of the text layer: tokens,
    /// sentences and the unstemmed match-key term of every token, punctuation included. The source map is
    /// the text's own UTF-8 offsets.
    ///
    /// - Precondition: `scalars` is canonical (``Normalizer`` would return it unchanged).
    public static func analyze(canonical scalars: [Unicode.Scalar]) -> AnalyzedText {
        var offsets = [UInt32]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset: UInt32 = 0
        for scalar in scalars {
            offsets.append(offset)
            offset &+= UInt32(UTF8.width(scalar))
        }
        offsets.append(offset)
        let canonical = CanonicalText(scalars: scalars, sourceOffsets: offsets)
        let tokens = scalars.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        let terms = termHashes(canonical, tokens: tokens, stem: false, everyToken: true)
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
