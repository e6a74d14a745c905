import KhabarText

/// A search query as the index reads it: words (any may match), quoted phrases (each must match, its words
/// adjacent), and excluded words and phrases (`-word`, `-"a phrase"`). Words go through the same text layer
/// as the articles, so a query matches whatever spelling or script variant the match keys merge.
///
/// Hostile input is bounded: at most ``maxWords`` words are read, quotes left open close at the end, a lone
/// `-` is nothing. Stopwords are searched like any word (BM25 makes them count for little).
public struct SearchQuery: Sendable, Equatable {
    public var words: [UInt64] = []
    public var phrases: [[UInt64]] = []
    public var excluded: [UInt64] = []
    public var excludedPhrases: [[UInt64]] = []
    /// Other ways to say a word or phrase of the query (an entity's names in either script): each may match,
    /// words in order, and adds to the score; none is required.
    public var alternatives: [[UInt64]] = []

    /// The most words a query is read for.
    public static let maxWords = 64

    public var isEmpty: Bool { words.isEmpty && phrases.isEmpty && alternatives.isEmpty }

    public init() {}

    /// Parses a query; `expand` gives the other names a word or quoted phrase of it stands for (a Latin
    /// name's Devanagari forms, an entity's other spellings), added as ``alternatives``.
    public init(_ text: String, expand: (String) -> [String] = { _ in [] }) {
        var read = 0
        for piece in Self.pieces(text) {
            guard read < Self.maxWords else { break }
            let terms = SearchIndex.terms(piece.text).filter { $0 != 0 }
            guard !terms.isEmpty else { continue }
            read += terms.count
            switch (piece.quoted, piece.negated) {
            case (true, false):
                phrases.append(terms)
                alternatives += expand(piece.text).map { SearchIndex.terms($0).filter { $0 != 0 } }
            case (true, true): excludedPhrases.append(terms)
            case (false, true): excluded += terms
            case (false, false):
                words += terms
                alternatives += expand(piece.text).map { SearchIndex.terms($0).filter { $0 != 0 } }
            }
        }
        // A name of several bare words ("Kim Jong Un") is asked for whole too.
        let bare = Self.pieces(text).filter { !$0.quoted && !$0.negated }.map(\.text)
        if bare.count > 1 && bare.count <= 6 {
            alternatives += expand(bare.joined(separator: " ")).map { SearchIndex.terms($0).filter { $0 != 0 } }
        }
        var seen = Set<UInt64>()
        words = words.filter { seen.insert($0).inserted }
        var seenAlternatives = Set<[UInt64]>()
        alternatives = alternatives.filter { !$0.isEmpty && seenAlternatives.insert($0).inserted }
    }

    /// The pieces of a query: quoted runs and bare words, each maybe negated by a leading `-`.
    public static func pieces(_ text: String) -> [(text: String, quoted: Bool, negated: Bool)] {
        var pieces: [(text: String, quoted: Bool, negated: Bool)] = []
        var scalars = Array(text.unicodeScalars.prefix(20_000))
        scalars.append(" ")
        var k = 0
        func isQuote(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "\u{201C}" || s == "\u{201D}" }
        while k < scalars.count {
            let s = scalars[k]
            if s.properties.isWhitespace {
                k += 1
                continue
            }
            var negated = false
            if s == "-" && k + 1 < scalars.count && !scalars[k + 1].properties.isWhitespace {
                negated = true
                k += 1
            }
            if isQuote(scalars[k]) {
                var end = k + 1
                while end < scalars.count && !isQuote(scalars[end]) { end += 1 }
                pieces.append(
                    (String(String.UnicodeScalarView(scalars[(k + 1)..<min(end, scalars.count)])), true, negated))
                k = end + 1
            } else {
                var end = k
                while end < scalars.count && !scalars[end].properties.isWhitespace && !isQuote(scalars[end]) {
                    end += 1
                }
                pieces.append((String(String.UnicodeScalarView(scalars[k..<end])), false, negated))
                k = end
            }
        }
        return pieces
    }
}
