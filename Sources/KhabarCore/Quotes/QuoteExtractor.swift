public import KhabarText

/// Finds direct and reported speech in Hindi and English news text, with its speakers.
///
/// The work runs in five passes over the tokens, each linear:
/// 1. **Roles**: one lexicon probe per word token gives its part in speech frames (``SpeechLexicon``).
/// 2. **Quote marks**: every style (“ ” ‘ ’ " ' « » and doubled ‘‘ ’’) is paired by its glyph and the spaces
///    around it; straight quotes are opened or closed by context; a quote left open at a paragraph end either
///    continues (the next paragraph opens with a quote mark) or ends there and is flagged open.
/// 3. **Frames**: speech cues — ने + a speech verb (`कहा`, `दावा किया`, …), `बोले/बोलीं`, `X का कहना है`,
///    `X के अनुसार/मुताबिक/हवाले से`, English `said`/`told`/`according to` — each with its speaker phrase,
///    found from the syntax by walking left from ने (or the verb) over the noun phrase.
/// 4. **Assembly**: a quoted span becomes a direct quote when a frame opens right before it (`ने कहा, “…”`),
///    closes right after it (`“…”, X ने कहा।`, `"…," said X`), or holds it (`उन्होंने इसे “…” बताया`), or when it
///    continues the previous quote; frames left over report the rest of their sentence (`ने कहा कि …`).
/// 5. **Speakers**: a speaker phrase is linked to the mention it holds; a pronoun (`उन्होंने`, `उनका`, `he`) to
///    the latest person mention in subject position (followed by ने, opening a sentence, or the previous
///    speaker), skipping candidates whose gender the verb (`बोलीं`, `कहती`, `she`) rules out.
///
/// Complexity: O(n) in the number of tokens plus O(m log n) in the number of mentions; every walk to the
/// left or right is bounded by a small constant, so a 10 MB text with no sentence end costs the same per
/// token as news prose.
///
/// In the analysis report (`quotes` of `khabar analyze --json`) a quote's `text` is ``Quote/range``, `kind` is
/// ``Quote/kind``, `speakerText` is ``Quote/speakerRange`` (or ``Quote/antecedentRange`` when there is no phrase
/// of its own: a continued quote), and `speaker` is the entity id of the mention ``Quote/speakerMention`` points to.
///
/// ```swift
/// let quotes = QuoteExtractor().extract(from: "मंत्री ने कहा, “हम तैयार हैं।”")
/// // one direct quote: speaker "मंत्री", text "हम तैयार हैं।"
/// ```
public struct QuoteExtractor: Sendable {
    /// An entity mention the extractor can name as a speaker.
    public struct Mention: Sendable, Hashable {
        /// Its scalar range in the canonical text.
        public var range: Range<Int>
        /// What it names; pronouns resolve to persons only.
        public var type: EntityType
        /// The index of the canonical entity it belongs to, when known (gender evidence is pooled over it).
        public var entity: Int?

        /// Creates a mention.
        public init(range: Range<Int>, type: EntityType, entity: Int? = nil) {
            self.range = range
            self.type = type
            self.entity = entity
        }
    }

    /// A closed quoted span that no frame attributes and that continues no quote is still reported (with no
    /// speaker) when it has at least this many words and a sentence end; shorter ones are titles, names and
    /// scare quotes (`‘ग्रीन बेल्ट’`), and ones with no sentence end are subheadings.
    public var minimumUnattributedWords: Int
    /// A quoted span that no frame attributes, that opens its sentence or line and holds a sentence end, takes
    /// the speaker of the previous quote when it starts within this many paragraphs after that quote ended
    /// (0: the same paragraph only).
    public var continuationParagraphs: Int

    /// Creates an extractor.
    public init(minimumUnattributedWords: Int = 8, continuationParagraphs: Int = 1) {
        self.minimumUnattributedWords = minimumUnattributedWords
        self.continuationParagraphs = continuationParagraphs
    }

    /// The quotes of an analyzed text, in text order.
    ///
    /// - Parameters:
    ///   - text: canonical text.
    ///   - tokens: its tokens (``Tokenizer``).
    ///   - terms: the **unstemmed** term of every token (``Term/terms(of:tokens:)``, or
    ///     `TextPipeline.termHashes(_:tokens:stem: false)`), punctuation included or not: the speech words are looked
    ///     up by match key, and a stem would merge `बोले` and `बोलीं`.
    ///   - sentences: its sentences (``SentenceSegmenter``).
    ///   - mentions: entity mentions in any order; may be empty, and then speakers are phrases only.
    /// - Complexity: O(t + m log t) for t tokens and m mentions.
    public func extract(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        sentences: [Sentence],
        mentions: [Mention] = []
    ) -> [Quote] {
        precondition(terms.count == tokens.count, "one term per token")
        guard !tokens.isEmpty else { return [] }
        var scan = QuoteScan(text.scalars, tokens: tokens, terms: terms, sentences: sentences)
        scan.spans = scan.pairedQuoteMarks()
        scan.frames = scan.speechFrames()
        var drafts = scan.assemble()
        var resolver = SpeakerResolver(scan: scan, mentions: mentions)
        resolver.resolve(
            &drafts, continuationParagraphs: continuationParagraphs, minimumWords: minimumUnattributedWords)
        return drafts.compactMap { $0.quote }
    }

    /// The quotes of a raw string: normalizes, tokenizes, segments and keys it first. The quotes' ranges are
    /// offsets into `Normalizer.canonical(string)`.
    ///
    /// - Complexity: O(n) plus the extraction.
    public func extract(from string: String, mentions: [Mention] = []) -> [Quote] {
        let canonical = Normalizer.canonical(string)
        let tokens = Tokenizer.tokenize(canonical)
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        let terms = Term.terms(of: canonical, tokens: tokens)
        return extract(canonical, tokens: tokens, terms: terms, sentences: sentences, mentions: mentions)
    }
}
