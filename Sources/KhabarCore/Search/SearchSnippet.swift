import KhabarText

/// The passage of an article a search result shows: the window of about ``words`` words with the most
/// distinct query terms in it, and where the matched words are in it.
public struct SearchSnippet: Sendable, Equatable, Codable {
    /// The passage (cleaned text; "…" where it was cut).
    public var text: String
    /// The matched words, as Unicode-scalar offsets into `text`.
    public var highlights: [Range<Int>]

    public static let words = 30

    /// The snippet of `text` for the query's words (its phrases' and alternatives' words included).
    public init(text: String, query: SearchQuery) {
        let wanted = Set(query.words + query.phrases.flatMap { $0 } + query.alternatives.flatMap { $0 })
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let hashes = TextPipeline.termHashes(canonical, tokens: tokens, stem: true)
        let wordTokens = tokens.indices.filter { tokens[$0].isWordLike }
        guard !wordTokens.isEmpty else {
            self.text = ""
            highlights = []
            return
        }
        // The window (in word tokens) with the most distinct wanted terms; the earliest among equals.
        var best = (start: 0, score: -1)
        let width = min(Self.words, wordTokens.count)
        for start in stride(from: 0, through: wordTokens.count - width, by: 1) {
            var found = Set<UInt64>()
            for k in wordTokens[start..<(start + width)] where wanted.contains(hashes[k]) { found.insert(hashes[k]) }
            if found.count > best.score { best = (start, found.count) }
            if found.count == wanted.count { break }
        }
        let first = wordTokens[best.start]
        let last = wordTokens[best.start + width - 1]
        let from = tokens[first].start
        let to = tokens[last].end
        var snippet = from > 0 ? "…" : ""
        let offset = snippet.unicodeScalars.count - from
        snippet += canonical.string(from..<to)
        if to < canonical.scalars.count { snippet += "…" }
        self.text = snippet
        highlights = wordTokens[best.start..<(best.start + width)].filter { wanted.contains(hashes[$0]) }.map {
            (tokens[$0].start + offset)..<(tokens[$0].end + offset)
        }
    }
}
