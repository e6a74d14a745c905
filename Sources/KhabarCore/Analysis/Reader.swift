public import KhabarText

/// What a careful reader marks in one document: the people, places and organisations it mentions and who
/// they are within the document.
public struct Reading: Sendable, Hashable, Codable {
    /// The entity mentions, in text order; offsets are Unicode-scalar offsets into the cleaned text.
    public var mentions: [EntityMention] = []
    /// The document's entities; each mention's ``EntityMention/entity`` indexes this list.
    public var entities: [DocumentEntity] = []

    /// An empty reading.
    public init() {}
}

/// Reads documents: entities now, quotes and dates from their extractors.
///
/// Pure and thread-safe: one reader serves every worker.
public struct Reader: Sendable {
    /// The entity recognizer.
    public var recognizer: EntityRecognizer
    /// The within-document linker.
    public var linker: EntityLinker

    /// A reader with the shipped models.
    public init(recognizer: EntityRecognizer = EntityRecognizer(), linker: EntityLinker = EntityLinker()) {
        self.recognizer = recognizer
        self.linker = linker
    }

    /// Reads a document.
    ///
    /// Complexity: O(n) in its text, plus the linker's O(m²) in its mentions.
    ///
    /// - Parameter known: names known from other documents, found here too.
    public func read(_ document: Document, known: KnownNames = KnownNames()) -> Reading {
        read(text: document.text, language: document.language, known: known)
    }

    /// Reads a cleaned text.
    public func read(text: String, language: Language, known: KnownNames = KnownNames()) -> Reading {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        let terms = Term.terms(of: canonical, tokens: tokens)
        var reading = Reading()
        reading.mentions = recognizer.mentions(
            canonical, tokens: tokens, terms: terms, sentences: sentences, language: language, known: known)
        reading.entities = linker.link(&reading.mentions, in: canonical, tokens: tokens, terms: terms)
        return reading
    }
}
