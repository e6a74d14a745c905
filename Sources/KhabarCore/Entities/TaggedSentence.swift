public import KhabarText

/// A sentence of canonical text with a gold tag for each token: what the tagger learns from.
public struct TaggedSentence: Sendable {
    /// The sentence's canonical text.
    public var text: CanonicalText
    /// Its tokens.
    public var tokens: [Token]
    /// The gold tag of each token.
    public var tags: [EntityTag]

    /// Creates a tagged sentence.
    public init(text: CanonicalText, tokens: [Token], tags: [EntityTag]) {
        precondition(tokens.count == tags.count, "one tag per token")
        self.text = text
        self.tokens = tokens
        self.tags = tags
    }
}
