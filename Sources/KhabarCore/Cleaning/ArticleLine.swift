import KhabarText

/// One line (paragraph) of an article's canonical text, with what the cleaning rules ask of it.
struct ArticleLine {
    /// Position among the article's non-blank lines.
    let index: Int
    /// Scalar range in the canonical text.
    let range: Range<Int>
    /// The line's tokens.
    let tokens: [Token]
    /// The match key of each token.
    let keys: [String]
    /// The match key of the whole line.
    let key: String
    /// Letters and signs of Devanagari, and Latin letters.
    let devanagariScalars: Int
    let latinLetters: Int

    /// Number of word and number tokens.
    var wordCount: Int { tokens.lazy.filter(\.isWordLike).count }

    /// The number of scalars.
    var length: Int { range.count }

    /// Whether the line is mostly Latin script.
    var isMostlyLatin: Bool { latinLetters > devanagariScalars }

    /// Keys of word-like tokens only.
    var wordKeys: [String] {
        zip(tokens, keys).compactMap { $0.isWordLike ? $1 : nil }
    }

    /// Whether the line ends with a sentence mark (after closing quotes and brackets).
    var endsLikeSentence: Bool {
        for key in keys.reversed() {
            switch key {
            case "\"", "'", ")", "]", "”", "’": continue
            case "।", "॥", ".", "?", "!": return true
            default: return false
            }
        }
        return false
    }

    /// Whether the key sequence `phrase` occurs at token position `at`.
    func matches(_ phrase: [String], at position: Int) -> Bool {
        guard position + phrase.count <= keys.count else { return false }
        for (offset, word) in phrase.enumerated() where keys[position + offset] != word { return false }
        return true
    }

    /// The first token position at or after `start` where `phrase` occurs, if any.
    func find(_ phrase: [String], from start: Int = 0) -> Int? {
        guard !phrase.isEmpty, start + phrase.count <= keys.count else { return nil }
        for position in start...(keys.count - phrase.count) where matches(phrase, at: position) { return position }
        return nil
    }

    /// Whether any of `phrases` occurs in the line at or after token position `start`.
    func containsAny(_ phrases: [[String]], from start: Int = 0) -> Bool {
        phrases.contains { find($0, from: start) != nil }
    }

    /// Whether the line starts with any of `phrases` (after leading bullets and punctuation).
    func startsWithAny(_ phrases: [[String]]) -> [String]? {
        let first = firstWordPosition
        return phrases.first { matches($0, at: first) }
    }

    /// The position of the first word-like token.
    var firstWordPosition: Int { tokens.firstIndex(where: \.isWordLike) ?? 0 }
}

extension ArticleLine {
    /// Splits canonical text into its non-blank lines.
    static func lines(of canonical: CanonicalText, tokens: [Token]) -> [ArticleLine] {
        var lines: [ArticleLine] = []
        let scalars = canonical.scalars
        var tokenIndex = 0
        var start = 0
        var lineIndex = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            if end > start {
                var lineTokens: [Token] = []
                while tokenIndex < tokens.count && tokens[tokenIndex].start < end {
                    if tokens[tokenIndex].start >= start { lineTokens.append(tokens[tokenIndex]) }
                    tokenIndex += 1
                }
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
                let keys = lineTokens.map { MatchKey.of(canonical: scalars[$0.range]) }
                lines.append(
                    ArticleLine(
                        index: lineIndex, range: start..<end, tokens: lineTokens, keys: keys,
                        key: MatchKey.of(canonical: scalars[start..<end]), devanagariScalars: devanagari,
                        latinLetters: latin))
                lineIndex += 1
            }
            start = end + 1
        }
        return lines
    }
}

/// Cue phrases, stored as token match-key sequences.
struct Phrases {
    let list: [[String]]

    init(_ phrases: [String]) {
        list = phrases.map { phrase in
            let canonical = Normalizer.canonical(phrase)
            let tokens = Tokenizer.tokenize(canonical)
            return tokens.map { MatchKey.of(canonical: canonical.scalars[$0.range]) }
        }
    }
}
