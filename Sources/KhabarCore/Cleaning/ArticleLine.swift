import KhabarText

/// One line (paragraph) of an article's canonical text, with what the cleaning rules ask of it.
///
/// Rules compare ``Term``s (hashes of match keys), never strings: a string of the token is built only
/// where a rule needs its characters (a number's digits, a web address).
struct ArticleLine {
    /// Position among the article's non-blank lines.
    let index: Int
    /// Scalar range in the canonical text.
    let range: Range<Int>
    /// The line's tokens.
    let tokens: [Token]
    /// The term of each token.
    let terms: [Term]
    /// Letters and signs of Devanagari, and Latin letters.
    let devanagariScalars: Int
    let latinLetters: Int
    /// The article's canonical text (shared by every line).
    let canonical: CanonicalText

    /// Number of word and number tokens.
    var wordCount: Int { tokens.lazy.filter(\.isWordLike).count }

    /// The number of scalars.
    var length: Int { range.count }

    /// Whether the line is mostly Latin script.
    var isMostlyLatin: Bool { latinLetters > devanagariScalars }

    /// Terms of word-like tokens only.
    var wordTerms: [Term] {
        zip(tokens, terms).compactMap { $0.isWordLike ? $1 : nil }
    }

    /// The match key of token `k` as a string.
    func key(_ k: Int) -> String { MatchKey.of(canonical: canonical.scalars[tokens[k].range]) }

    /// The canonical text of token `k`.
    func text(_ k: Int) -> String { canonical.string(tokens[k].range) }

    /// The term at `k`, or nil past the end.
    func term(_ k: Int) -> Term? { k >= 0 && k < terms.count ? terms[k] : nil }

    /// Whether the line ends with a sentence mark (after closing quotes and brackets).
    var endsLikeSentence: Bool {
        for term in terms.reversed() {
            if ArticleLine.closers.contains(term) { continue }
            return ArticleLine.sentenceEnds.contains(term)
        }
        return false
    }

    static let closers: Set<Term> = ["\"", "'", ")", "]", "”", "’"]
    static let sentenceEnds: Set<Term> = ["।", "॥", ".", "?", "!"]

    /// Whether the term sequence `phrase` occurs at token position `position`.
    func matches(_ phrase: [Term], at position: Int) -> Bool {
        guard position + phrase.count <= terms.count else { return false }
        for (offset, word) in phrase.enumerated() where terms[position + offset] != word { return false }
        return true
    }

    /// The first token position at or after `start` where `phrase` occurs, if any.
    func find(_ phrase: [Term], from start: Int = 0) -> Int? {
        guard !phrase.isEmpty, start + phrase.count <= terms.count else { return nil }
        for position in start...(terms.count - phrase.count) where matches(phrase, at: position) { return position }
        return nil
    }

    /// Whether any of `phrases` occurs in the line at or after token position `start`.
    func containsAny(_ phrases: [[Term]], from start: Int = 0) -> Bool {
        phrases.contains { find($0, from: start) != nil }
    }

    /// The phrase of `phrases` the line starts with (after leading bullets and punctuation), if any.
    func startsWithAny(_ phrases: [[Term]]) -> [Term]? {
        let first = firstWordPosition
        return phrases.first { matches($0, at: first) }
    }

    /// The position of the first word-like token.
    var firstWordPosition: Int { tokens.firstIndex(where: \.isWordLike) ?? 0 }
}

extension ArticleLine {
    /// Splits canonical text into its non-blank lines.
    static func lines(of canonical: CanonicalText, tokens: [Token]) -> [ArticleLine] {
        let allTerms = Term.terms(of: canonical, tokens: tokens)
        var lines: [ArticleLine] = []
        let scalars = canonical.scalars
        var tokenIndex = 0
        var start = 0
        var lineIndex = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            if end > start {
                let first = tokenIndex
                while tokenIndex < tokens.count && tokens[tokenIndex].start < end { tokenIndex += 1 }
                var devanagari = 0
                var latin = 0
                for k in start..<end {
                    let v = scalars[k].value
                    if Devanagari.isWordScalar(v) {
                        devanagari += 1
                    } else if (v | 0x20) &- 0x61 < 26 {
                        latin += 1
                    }
                }
                lines.append(
                    ArticleLine(
                        index: lineIndex, range: start..<end, tokens: Array(tokens[first..<tokenIndex]),
                        terms: Array(allTerms[first..<tokenIndex]), devanagariScalars: devanagari,
                        latinLetters: latin, canonical: canonical))
                lineIndex += 1
            }
            start = end + 1
        }
        return lines
    }
}

/// Cue phrases, stored as term sequences.
struct Phrases {
    let list: [[Term]]

    init(_ phrases: [String]) {
        list = phrases.map(Term.phrase)
    }
}
