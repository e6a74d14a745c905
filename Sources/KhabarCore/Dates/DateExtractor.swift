public import KhabarText

/// Finds time expressions in Hindi and English news text and resolves them against the publication date.
///
/// Spans follow the ILTIMEX 2012 conventions for Hindi news: minimal noun phrases around time words, case
/// markers left out (`[शुक्रवार] को`, `[2008] में`), modifiers kept (`[पिछले साल]`, `[हर महीने]`, `[कुछ दिन
/// बाद]`), approximators left out at the start (`करीब [दो साल]`), ranges as one span (`[27 से 30 जनवरी]`),
/// coordinations as two (`[शनिवार] व [रविवार]`). Beyond ILTIMEX it reads ISO stamps (`2023-09-17 18:58:04`),
/// numeric dates (`17/09/2023`, `17.09.2023`), Devanagari digits, spelling variants of month and weekday
/// names, and English dates and relative words (`June 19, 2024`, `19 June 2024`, `last week`, `three days
/// ago`, `on Monday`).
///
/// Values are resolved as described in ``DateResolver``: with no publication date, relative expressions
/// keep a nil value and ``TimeExpression/Precision/unresolved`` precision; nothing is guessed from the
/// current clock.
///
/// Example:
/// ```swift
/// let published = PublicationDate(year: 2024, month: 6, day: 14)
/// let found = DateExtractor().extract(from: "उन्होंने कल कहा कि चुनाव अगले साल होंगे।", published: published)
/// // कल → 2024-06-13 (day), अगले साल → 2025 (year)
/// ```
///
/// Complexity: O(n) in the length of the text: one classifying pass over the tokens, seven marking passes
/// that look a bounded number of tokens around each, and a tense look-up bounded to 30 tokens per
/// expression that needs one.
public struct DateExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The time expressions of canonical text, in text order.
    ///
    /// - Parameters:
    ///   - text: canonical text (a cleaned document's text is canonical already).
    ///   - tokens: its tokens (``Tokenizer/tokenize(_:)``).
    ///   - terms: the unstemmed term of every token, punctuation included (``Term/terms(of:tokens:)``).
    ///   - published: the publication date that relative expressions are resolved against.
    /// - Returns: the expressions, with ranges in scalar offsets of `text`.
    /// - Precondition: `terms.count == tokens.count`.
    public func extract(
        _ text: CanonicalText,
        tokens: [Token],
        terms: [Term],
        published: PublicationDate?
    ) -> [TimeExpression] {
        precondition(terms.count == tokens.count, "one term per token")
        guard !tokens.isEmpty else { return [] }
        let words = text.scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                terms.withUnsafeBufferPointer { termBuffer in
                    TimeWord.classify(scalars, tokens: tokenBuffer, terms: termBuffer)
                }
            }
        }
        var marker = SpanMarker(words: words, tokens: tokens, terms: terms, scalars: text.scalars)
        let spans = marker.spans()
        guard !spans.isEmpty else { return [] }
        let interpreter = SpanInterpreter(
            words: words, tokens: tokens, terms: terms,
            tense: ClauseTense(tokens: tokens, terms: terms, scalars: text.scalars),
            resolver: DateResolver(published: published))
        var expressions = spans.map(interpreter.expression)
        // An elided first conjunct (`[चार] या [पांच महीने]`) takes the kind of the conjunct it shares a unit with.
        for (index, span) in spans.enumerated() where marker.lone.contains(span.lowerBound) {
            if index + 1 < expressions.count { expressions[index].kind = expressions[index + 1].kind }
        }
        return expressions
    }

    /// The time expressions of a string, normalized and tokenized first.
    ///
    /// Ranges are scalar offsets into `Normalizer.canonical(string)`, which is `string` itself when it is
    /// canonical already (as a cleaned document's text is).
    public func extract(from string: String, published: PublicationDate?) -> [TimeExpression] {
        let canonical = Normalizer.canonical(string)
        let tokens = Tokenizer.tokenize(canonical)
        return extract(
            canonical, tokens: tokens, terms: Term.terms(of: canonical, tokens: tokens), published: published)
    }
}

extension TimeExpression {
    /// The expression's text in the canonical text it was found in.
    public func text(in canonical: CanonicalText) -> String { canonical.string(range) }
}

extension DateExtractor {
    /// The time expressions of a cleaned document (whose text is canonical), resolved against its
    /// publication date; ranges are scalar offsets into `document.text`.
    public func extract(_ document: Document) -> [TimeExpression] {
        extract(from: document.text, published: document.published)
    }
}
