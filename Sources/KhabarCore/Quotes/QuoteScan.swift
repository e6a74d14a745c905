import KhabarText

/// The working state of one extraction: the text's tokens with their speech roles, sentences and
/// paragraphs, and what the passes find (quoted spans, frames).
struct QuoteScan {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    /// The speech roles of every token.
    let roles: [SpeechRole]
    /// The sentence index of every token.
    let sentenceOf: [Int32]
    /// The paragraph index of every token (a paragraph is a line).
    let paragraphOf: [Int32]
    /// Quoted spans, in text order (outermost quotes only).
    var spans: [QuoteSpan] = []
    /// Speech frames, in order of their cues.
    var frames: [SpeechFrame] = []

    init(_ scalars: [Unicode.Scalar], tokens: [Token], terms: [Term], sentences: [Sentence]) {
        self.scalars = scalars
        self.tokens = tokens
        var sentences = sentences
        if sentences.isEmpty || sentences.last?.tokens.upperBound != tokens.count {
            // Tokens the segmenter did not cover (or no segmentation at all) form one last sentence.
            let start = sentences.last?.tokens.upperBound ?? 0
            if start < tokens.count {
                sentences.append(
                    Sentence(
                        start: tokens[start].start, end: tokens[tokens.count - 1].end, tokens: start..<tokens.count))
            }
        }
        self.sentences = sentences
        var roles = [SpeechRole](repeating: [], count: tokens.count)
        var sentenceOf = [Int32](repeating: Int32(max(sentences.count - 1, 0)), count: tokens.count)
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        var paragraph: Int32 = 0
        for k in tokens.indices {
            let token = tokens[k]
            if token.flags.contains(.lineStart) && k > 0 {
                // A blank line or a single line break both end a paragraph.
                paragraph += 1
            }
            paragraphOf[k] = paragraph
            switch token.kind {
            case .word:
                roles[k] = SpeechLexicon.role(of: terms[k].hash)
            case .punctuation, .symbol:
                roles[k] = SpeechLexicon.role(ofPunctuation: scalars[token.start].value)
            default:
                break
            }
        }
        for (index, sentence) in sentences.enumerated() {
            for k in sentence.tokens where k < tokens.count { sentenceOf[k] = Int32(index) }
        }
        self.roles = roles
        self.sentenceOf = sentenceOf
        self.paragraphOf = paragraphOf
    }

    /// The most tokens reported speech runs to: a news sentence is far shorter, and the cap keeps the output
    /// linear in the input when a huge text has no sentence end (every frame's words would reach its end).
    static let reportedTokenLimit = 400

    // MARK: Helpers

    var count: Int { tokens.count }

    @inline(__always)
    func role(_ k: Int) -> SpeechRole { k >= 0 && k < tokens.count ? roles[k] : [] }

    @inline(__always)
    func has(_ k: Int, _ role: SpeechRole) -> Bool { k >= 0 && k < tokens.count && roles[k].any(role) }

    @inline(__always)
    func isWord(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].isWordLike }

    /// The first token of the sentence holding token `k`.
    @inline(__always)
    func sentenceStart(_ k: Int) -> Int { sentences[Int(sentenceOf[k])].tokens.lowerBound }

    /// One past the last token of the sentence holding token `k`.
    @inline(__always)
    func sentenceEnd(_ k: Int) -> Int { sentences[Int(sentenceOf[k])].tokens.upperBound }

    /// Whether token `k` starts with a Latin capital letter.
    @inline(__always)
    func isCapitalized(_ k: Int) -> Bool { scalars[tokens[k].start].value &- 0x41 < 26 }

    /// Whether token `k` is a Latin word.
    @inline(__always)
    func isLatin(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].flags.contains(.latin) }

    /// The scalar range of tokens `first...last`.
    @inline(__always)
    func scalarRange(_ first: Int, _ last: Int) -> Range<Int> { tokens[first].start..<tokens[last].end }

    /// The scalar range of the tokens `range` (non-empty).
    @inline(__always)
    func scalarRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// The number of word and number tokens in `range`, counting no further than `limit`.
    func wordCount(_ range: Range<Int>, atMost limit: Int = .max) -> Int {
        var n = 0
        for k in range where tokens[k].isWordLike {
            n += 1
            if n >= limit { break }
        }
        return n
    }
}
