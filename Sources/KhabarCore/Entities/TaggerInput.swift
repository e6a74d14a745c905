public import KhabarText

/// One sentence as the tagger sees it: the match-key scalars and kind of every token.
public struct TaggerSentence: Sendable {
    /// The match-key scalars of each token.
    public var keys: [[Unicode.Scalar]]
    /// The kind of each token.
    public var kinds: [Token.Kind]
    /// The term (hash of the match key) of each token.
    public var terms: [UInt64]
    /// Whether each token starts with a Latin capital letter.
    public var capitalized: [Bool]

    /// A sentence of tokens of canonical text.
    public init(_ canonical: CanonicalText, tokens: ArraySlice<Token>) {
        keys = tokens.map { Array(MatchKey.of(canonical: canonical.scalars[$0.range]).unicodeScalars) }
        kinds = tokens.map(\.kind)
        terms = keys.map { $0.withUnsafeBufferPointer { StableHash.hash($0) } }
        capitalized = tokens.map { canonical.scalars[$0.start].value &- 0x41 < 26 }
    }

    /// A sentence of words (training data), each normalized and keyed.
    public init(words: [String]) {
        var keys: [[Unicode.Scalar]] = []
        var kinds: [Token.Kind] = []
        var capitalized: [Bool] = []
        for word in words {
            let canonical = Normalizer.canonical(word)
            let token = Tokenizer.tokenize(canonical).first
            keys.append(Array(MatchKey.of(canonical: canonical.scalars[...]).unicodeScalars))
            kinds.append(token?.kind ?? .symbol)
            capitalized.append(canonical.scalars.first.map { $0.value &- 0x41 < 26 } ?? false)
        }
        self.keys = keys
        self.kinds = kinds
        self.capitalized = capitalized
        terms = keys.map { $0.withUnsafeBufferPointer { StableHash.hash($0) } }
    }

    /// The number of tokens.
    public var count: Int { keys.count }
}
