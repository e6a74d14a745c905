public import KhabarText

/// What a careful reader marks in one document: the people, places and organisations it mentions and who
/// they are within the document, who said what, and when things happened.
///
/// Every offset is a Unicode-scalar offset into the document's cleaned (canonical) text.
public struct Annotations: Sendable, Hashable, Codable {
    /// The entity mentions, in text order.
    public var mentions: [EntityMention] = []
    /// The document's entities; each mention's ``EntityMention/entity`` indexes this list.
    public var entities: [DocumentEntity] = []
    /// The quotes, in text order; ``Quote/speakerMention`` indexes ``mentions``.
    public var quotes: [Quote] = []
    /// The time expressions, in text order, resolved against the publication date when there is one.
    public var dates: [TimeExpression] = []

    /// No annotations.
    public init() {}
}

/// Annotates one document's analyzed text: entities, quotes and dates, all reading the same tokens,
/// sentences and terms.
///
/// Pure and thread-safe: one annotator serves every worker.
public struct Annotator: Sendable {
    /// Names what the annotator finds: bump it when a rule change alters what is found, so stored
    /// annotations are made again.
    public static let version = "annotate v3"

    /// The entity recognizer.
    public var recognizer: EntityRecognizer
    /// Within-document coreference: which mentions are one entity.
    public var coreference: Coreference
    /// The quote extractor.
    public var quotes: QuoteExtractor
    /// The time-expression extractor.
    public var dates: DateExtractor

    /// An annotator with the given entity tagger and the standard layers, quote and date rules.
    public init(tagger: EntityTagger) {
        self.init(recognizer: EntityRecognizer(tagger: tagger))
    }

    /// An annotator from its parts.
    public init(
        recognizer: EntityRecognizer,
        coreference: Coreference = Coreference(),
        quotes: QuoteExtractor = QuoteExtractor(),
        dates: DateExtractor = DateExtractor()
    ) {
        self.recognizer = recognizer
        self.coreference = coreference
        self.quotes = quotes
        self.dates = dates
    }

    /// Annotates an analyzed text (its terms must be the unstemmed ones of
    /// ``TextPipeline/analyze(canonical:)``); relative dates resolve against `published` and stay unresolved
    /// without it.
    ///
    /// Complexity: O(n) in the text, plus coreference's O(m log m) in its mentions.
    ///
    /// - Parameter known: names known from other documents, found here too.
    public func annotate(
        _ text: AnalyzedText, language: Language, published: PublicationDate?, known: KnownNames = KnownNames()
    ) -> Annotations {
        annotate(text, tagged: tag(text, language: language), published: published, known: known)
    }

    /// The entity tagger's spans of an analyzed text: the costly part of annotation, which depends on the
    /// text alone (kept, so a document can be annotated again with more known names for a fraction of it).
    public func tag(_ text: AnalyzedText, language: Language) -> [EntityRecognizer.Span] {
        recognizer.taggedSpans(
            text.canonical, tokens: text.tokens, terms: text.terms.map(Term.init(hash:)), sentences: text.sentences,
            language: language)
    }

    /// Annotates an analyzed text whose tagger spans (and, when known, dates) are given.
    public func annotate(
        _ text: AnalyzedText, tagged: [EntityRecognizer.Span], published: PublicationDate?,
        known: KnownNames = KnownNames(), dates found: [TimeExpression]? = nil
    ) -> Annotations {
        let canonical = text.canonical
        let tokens = text.tokens
        let sentences = text.sentences
        let terms = text.terms.map(Term.init(hash:))
        var annotations = Annotations()
        annotations.mentions = recognizer.mentions(
            canonical, tokens: tokens, terms: terms, sentences: sentences, tagged: tagged, known: known)
        annotations.entities = coreference.resolve(
            &annotations.mentions, in: canonical, tokens: tokens, terms: terms)
        let speakers = annotations.mentions.map {
            QuoteExtractor.Mention(range: $0.range, type: $0.type, entity: $0.entity >= 0 ? $0.entity : nil)
        }
        annotations.quotes = quotes.extract(
            canonical, tokens: tokens, terms: terms, sentences: sentences, mentions: speakers)
        annotations.dates = found ?? dates.extract(canonical, tokens: tokens, terms: terms, published: published)
        return annotations
    }

    /// Annotates a text of any form: it is normalized and analyzed first.
    public func annotate(
        text: String, language: Language, published: PublicationDate? = nil, known: KnownNames = KnownNames()
    ) -> Annotations {
        annotate(
            TextPipeline.analyze(canonical: Normalizer.canonicalScalars(text)), language: language,
            published: published, known: known)
    }
}

extension Annotations {
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
