/// A word as Khabar compares it: the stable 64-bit hash of its match key.
///
/// Comparing and hashing terms costs one integer operation, where comparing Swift strings of Devanagari
/// costs a Unicode normalization each time. Two spellings with the same match key (मॉस्को, मास्को) are the
/// same term. A string literal makes a term of its match key, so rules read naturally: `term == "कहा"`.
public struct Term: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The stable hash of the match key.
    public let hash: UInt64

    /// The term with this hash.
    public init(hash: UInt64) {
        self.hash = hash
    }

    /// The term of a word (normalized and keyed first).
    public init(_ word: String) {
        let key = Array(MatchKey.of(word).unicodeScalars)
        hash = key.withUnsafeBufferPointer { StableHash.hash($0) }
    }

    /// The term of a word given as a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The term of canonical scalars, without allocating (for words of up to 64 scalars; longer ones are
    /// keyed through a heap buffer).
    public init(canonical word: UnsafeBufferPointer<Unicode.Scalar>) {
        hash = withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(word.count, 1)) { buffer in
            let length = MatchKey.write(word, into: buffer.baseAddress.unsafelyUnwrapped)
            return StableHash.hash(UnsafeBufferPointer(start: buffer.baseAddress, count: length))
        }
    }

    /// The terms of a phrase: one per token.
    public static func phrase(_ text: String) -> [Term] {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        return canonical.scalars.withUnsafeBufferPointer { scalars in
            tokens.map { Term(canonical: UnsafeBufferPointer(rebasing: scalars[$0.range])) }
        }
    }

    /// The terms of every token of canonical text (punctuation included).
    public static func terms(of canonical: CanonicalText, tokens: [Token]) -> [Term] {
        TextPipeline.termHashes(canonical, tokens: tokens, stem: false, everyToken: true).map(Term.init(hash:))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    public var description: String { StableHash.hex(hash) }
}
