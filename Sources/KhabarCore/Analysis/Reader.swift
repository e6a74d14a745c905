public import KhabarText

/// What a careful reader marks in one document: the people, places and organisations it mentions and who
/// they are within the document, who said what, and when things happened.
///
/// Every offset is a Unicode-scalar offset into the document's cleaned (canonical) text.
public struct Reading: Sendable, Hashable, Codable {
    /// The entity mentions, in text order.
    public var mentions: [EntityMention] = []
    /// The document's entities; each mention's ``EntityMention/entity`` indexes this list.
    public var entities: [DocumentEntity] = []
    /// The quotes, in text order; ``Quote/speakerMention`` indexes ``mentions``.
    public var quotes: [Quote] = []
    /// The time expressions, in text order, resolved against the publication date when there is one.
    public var dates: [TimeExpression] = []

    /// An empty reading.
    public init() {}
}

/// Reads documents: entities, quotes and dates, sharing one normalization, tokenization and segmentation.
///
/// Pure and thread-safe: one reader serves every worker.
public struct Reader: Sendable {
    /// The entity recognizer.
    public var recognizer: EntityRecognizer
    /// The within-document linker.
    public var linker: EntityLinker
    /// The quote extractor.
    public var quotes: QuoteExtractor
    /// The time-expression extractor.
    public var dates: DateExtractor

    /// A reader with the shipped models.
    public init(
        recognizer: EntityRecognizer = EntityRecognizer(),
        linker: EntityLinker = EntityLinker(),
        quotes: QuoteExtractor = QuoteExtractor(),
        dates: DateExtractor = DateExtractor()
    ) {
        self.recognizer = recognizer
        self.linker = linker
        self.quotes = quotes
        self.dates = dates
    }

    /// Reads a document.
    ///
    /// Complexity: O(n) in its text, plus the linker's O(m²) in its mentions.
    ///
    /// - Parameter known: names known from other documents, found here too.
    public func read(_ document: Document, known: KnownNames = KnownNames()) -> Reading {
        read(text: document.text, language: document.language, published: document.published, known: known)
    }

    /// Reads a cleaned text; relative dates resolve against `published` and stay unresolved without it.
    public func read(
        text: String, language: Language, published: PublicationDate? = nil, known: KnownNames = KnownNames()
    ) -> Reading {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        let terms = Term.terms(of: canonical, tokens: tokens)
        var reading = Reading()
        reading.mentions = recognizer.mentions(
            canonical, tokens: tokens, terms: terms, sentences: sentences, language: language, known: known)
        reading.entities = linker.link(&reading.mentions, in: canonical, tokens: tokens, terms: terms)
        let speakers = reading.mentions.map {
            QuoteExtractor.Mention(range: $0.range, type: $0.type, entity: $0.entity >= 0 ? $0.entity : nil)
        }
        reading.quotes = quotes.extract(
            canonical, tokens: tokens, terms: terms, sentences: sentences, mentions: speakers)
        reading.dates = dates.extract(canonical, tokens: tokens, terms: terms, published: published)
        return reading
    }
}

extension Reading {
    /// The document entity (an index into ``entities``) that speaks a quote, when the speaker is one.
    public func speaker(of quote: Quote) -> Int? {
        guard let index = quote.speakerMention, mentions.indices.contains(index) else { return nil }
        let entity = mentions[index].entity
        return entities.indices.contains(entity) ? entity : nil
    }
}

extension Quote {
    /// The phrase to show as the speaker: for a pronoun (or a quote continuing an earlier one) the phrase it
    /// refers to, else the speaker phrase itself.
    public var shownSpeakerRange: Range<Int>? { antecedentRange ?? speakerRange }
    /// The pronoun standing for the speaker (`उन्होंने`, `he`), when the speaker phrase refers to an earlier one.
    public var pronounRange: Range<Int>? { antecedentRange == nil ? nil : speakerRange }
}
