public import Foundation
public import KhabarText

/// One document after the per-document stages: its stored form, and what the cross-document stages read of
/// it. The text was normalized, tokenized and split into sentences once; everything here comes from that one
/// analysis.
///
/// Immutable, and a class: a batch passes hundreds of these through several stages, and sharing one object
/// costs one reference count where copying the fields would cost one per array.
public final class AnalyzedDocument: Sendable {
    /// The document as it is stored and reported.
    public let document: Document
    /// Its word shingles and MinHash signature (near-duplicates).
    public let fingerprint: Fingerprint
    /// Its words with their places and the keys of its long sentences (shared passages).
    public let passageText: PassageText
    /// Its entities, quotes and dates.
    public let annotations: Annotations
    /// The text analysis and the tagger's spans, kept while the batch is linked (a second look reuses them).
    let text: AnalyzedText
    let tagged: [EntityRecognizer.Span]

    init(
        document: Document, fingerprint: Fingerprint, passageText: PassageText, annotations: Annotations,
        text: AnalyzedText, tagged: [EntityRecognizer.Span]
    ) {
        self.document = document
        self.fingerprint = fingerprint
        self.passageText = passageText
        self.annotations = annotations
        self.text = text
        self.tagged = tagged
    }

    /// The same document with other annotations.
    func annotated(_ annotations: Annotations) -> AnalyzedDocument {
        AnalyzedDocument(
            document: document, fingerprint: fingerprint, passageText: passageText, annotations: annotations,
            text: text, tagged: tagged)
    }
}

/// An article read, with its text normalized and the id it is stored under: enough to tell whether a store
/// has it before anything else is done.
public struct Identified: Sendable {
    /// The article as read.
    public var raw: RawDocument
    /// Its text normalized (what cleaning starts from).
    public var canonical: CanonicalText
    /// The match-key hash of the text as read.
    public var sourceHash: String
    /// The id it is stored under (``Document/id(sourceKey:sourceHash:)``).
    public var id: String

    /// Normalizes an article's text and computes its id.
    public init(_ raw: RawDocument) {
        self.raw = raw
        canonical = Normalizer.canonical(raw.text)
        sourceHash = MatchKey.hash128(canonical: canonical.scalars[...])
        id = Document.id(sourceKey: raw.source.key, sourceHash: sourceHash)
    }
}

/// The per-document stage: cleans an article, analyzes its text once, and derives from that analysis its
/// language, identity, fingerprint, passage keys, entities, quotes and dates.
///
/// Pure: no IO; the same input and known names always give the same result (apart from `ingestedAt`, which
/// the caller passes).
public struct DocumentAnalyzer: Sendable {
    /// The cleaner.
    public var cleaner: Cleaner
    /// Entities, quotes and dates.
    public var annotator: Annotator
    /// Shingles, MinHash and banding.
    public var dedup: DedupOptions
    /// Sentences this long or longer are keyed for passage search.
    public var sentenceWords: Int
    private let hasher: MinHasher

    /// An analyzer with the given annotator and default cleaning and fingerprint settings.
    public init(
        annotator: Annotator,
        cleaner: Cleaner = Cleaner(),
        dedup: DedupOptions = DedupOptions(),
        sentenceWords: Int = PassageFinder.sentenceWords
    ) {
        self.cleaner = cleaner
        self.annotator = annotator
        self.dedup = dedup
        self.sentenceWords = sentenceWords
        hasher = MinHasher(count: dedup.slots, scheme: dedup.scheme)
    }

    /// The match-key hash of a text as read: the identity of an input's content.
    public static func sourceHash(of text: String) -> String {
        MatchKey.hash128(canonical: Normalizer.canonical(text).scalars[...])
    }

    /// Cleans one article and analyzes what is left.
    ///
    /// - Parameters:
    ///   - known: names known from other documents, found in this one too;
    ///   - ingestedAt: when the article was read (stored with it).
    public func analyze(_ raw: RawDocument, known: KnownNames = KnownNames(), ingestedAt: Date? = nil)
        -> AnalyzedDocument
    {
        analyze(Identified(raw), known: known, ingestedAt: ingestedAt)
    }

    /// Cleans one article whose identity was computed already and analyzes what is left.
    public func analyze(_ identified: Identified, known: KnownNames = KnownNames(), ingestedAt: Date? = nil)
        -> AnalyzedDocument
    {
        let raw = identified.raw
        let cleaned = cleaner.clean(raw, canonical: identified.canonical)
        let text = TextPipeline.analyze(canonical: cleaned.scalars)
        let document = Document(
            id: identified.id,
            source: raw.source,
            title: cleaned.title,
            titleFromText: cleaned.titleFromText,
            published: cleaned.published,
            outlet: raw.outlet,
            url: raw.url,
            language: LanguageDetector.detect(scalars: cleaned.scalars, tokens: text.tokens),
            text: cleaned.text,
            removed: cleaned.removed,
            dateline: cleaned.dateline,
            sourceHash: identified.sourceHash,
            contentHash: MatchKey.hash128(canonical: cleaned.scalars[...]),
            original: raw.text,
            ingestedAt: ingestedAt)
        return analyze(document, text: text, known: known)
    }

    /// Analyzes a stored document again (after the analysis settings changed): its cleaned text is not
    /// cleaned a second time.
    public func analyze(stored document: Document, known: KnownNames = KnownNames()) -> AnalyzedDocument {
        analyze(
            document, text: TextPipeline.analyze(canonical: Normalizer.canonicalScalars(document.text)), known: known)
    }

    private func analyze(_ document: Document, text: AnalyzedText, known: KnownNames) -> AnalyzedDocument {
        let words = text.wordTerms()
        let tagged = annotator.tag(text, language: document.language)
        return AnalyzedDocument(
            document: document,
            fingerprint: Fingerprint(terms: text.shingleWords(), options: dedup, hasher: hasher),
            passageText: PassageText(text, words: words, sentenceWords: sentenceWords),
            annotations: annotator.annotate(text, tagged: tagged, published: document.published, known: known),
            text: text, tagged: tagged)
    }

    /// A second look at a document once its batch taught new names (`taught`, all of them also in `known`):
    /// when one of them occurs where the first look found no entity, the document is annotated again with
    /// `known`, reusing its text analysis and tagger spans. Nil when nothing changes.
    public func secondLook(_ analyzed: AnalyzedDocument, taught: KnownNames, known: KnownNames) -> AnalyzedDocument? {
        guard !taught.isEmpty else { return nil }
        let text = analyzed.text
        var taken = [Bool](repeating: false, count: text.tokens.count)
        var index = 0
        for mention in analyzed.annotations.mentions {
            while index < text.tokens.count && text.tokens[index].end <= mention.start { index += 1 }
            var k = index
            while k < text.tokens.count && text.tokens[k].start < mention.end {
                taken[k] = true
                k += 1
            }
        }
        let terms = text.terms.map(Term.init(hash:))
        var hit = false
        search: for start in terms.indices where !taken[start] && taught.mayStart(terms[start]) {
            var length = 1
            while length < taught.longest, start + length < terms.count, !taken[start + length] { length += 1 }
            while length >= 1 {
                if taught.type(of: terms[start..<(start + length)]) != nil {
                    hit = true
                    break search
                }
                length -= 1
            }
        }
        guard hit else { return nil }
        let dates = analyzed.annotations.dates
        return analyzed.annotated(
            annotator.annotate(
                text, tagged: analyzed.tagged, published: analyzed.document.published, known: known, dates: dates))
    }
}
