import KhabarText

/// Turns raw articles into documents: cleaning, language, identity.
///
/// Pure: no IO, the same input always gives the same document (apart from `ingestedAt`, which the caller
/// sets).
public struct Analyzer: Sendable {
    /// The cleaner used.
    public var cleaner: Cleaner

    /// Creates an analyzer.
    public init(cleaner: Cleaner = Cleaner()) {
        self.cleaner = cleaner
    }

    /// The match-key hash of a text as read: the identity of an input's content.
    public static func sourceHash(of text: String) -> String {
        MatchKey.hash128(canonical: Normalizer.canonical(text).scalars[...])
    }

    /// Cleans and analyzes one article.
    ///
    /// - Parameter sourceHash: the precomputed ``sourceHash(of:)`` of `raw.text`, when the caller has it.
    public func document(from raw: RawDocument, sourceHash: String? = nil) -> Document {
        let cleaned = cleaner.clean(raw)
        let hash = sourceHash ?? MatchKey.hash128(canonical: cleaned.source.scalars[...])
        let tokens = cleaned.scalars.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        let language = LanguageDetector.detect(scalars: cleaned.scalars, tokens: tokens)
        return Document(
            id: Document.id(sourceKey: raw.source.key, sourceHash: hash),
            source: raw.source,
            title: cleaned.title,
            titleFromText: cleaned.titleFromText,
            published: cleaned.published,
            outlet: raw.outlet,
            url: raw.url,
            language: language,
            text: cleaned.text,
            removed: cleaned.removed,
            dateline: cleaned.dateline,
            sourceHash: hash,
            contentHash: MatchKey.hash128(canonical: cleaned.scalars[...]),
            original: raw.text)
    }
}
