import Foundation
import KhabarText

/// An article as story assignment sees it: its weighted words, its entities and when it was published.
///
/// Words are stemmed match keys (``TextPipeline/analyze(_:stem:)``) without stopwords; a title word counts
/// three times, as titles name the event. Counts are damped (1 + ln tf) so that one repeated word does not
/// carry an article.
public struct StoryInput: Sendable {
    /// The article's id.
    public var id: String
    /// Term hash → damped, title-weighted count.
    public var terms: [UInt64: Float]
    /// The title's terms alone (titles name the event), damped counts.
    public var titleTerms: [UInt64: Float]
    /// Canonical ids of the entities it mentions, and its figures (numbers of two digits or more that are
    /// not years) as `#` and the digits: "#84".
    public var entities: Set<String>
    /// Publication time in days since 1970, if known.
    public var day: Double?

    /// How much more a title word counts than a word of the body.
    static let titleWeight: Float = 3
    /// Words of the body read (the lead carries the event; a long tail adds noise and time).
    static let bodyWords = 400

    /// Reads an article's title and text.
    public init(id: String, title: String?, text: String, entities: Set<String> = [], day: Double? = nil) {
        self.id = id
        self.entities = entities
        self.day = day
        var counts: [UInt64: Float] = [:]
        var figures = Set<String>()
        if let title {
            let analyzed = TextPipeline.analyze(title)
            Self.count(analyzed, weight: 1, limit: .max, into: &counts)
            Self.figures(analyzed, limit: .max, into: &figures)
        }
        titleTerms = counts.mapValues { 1 + log($0) }
        counts = counts.mapValues { $0 * Self.titleWeight }
        let body = TextPipeline.analyze(text)
        Self.count(body, weight: 1, limit: Self.bodyWords, into: &counts)
        Self.figures(body, limit: Self.bodyWords, into: &figures)
        terms = counts.mapValues { 1 + log($0) }
        self.entities.formUnion(figures)
    }

    /// A stored article as story assignment reads it: title, cleaned text, its entities' canonical ids and its
    /// publication day; `id` instead of the article's own (an evaluation's external ids).
    public init(document: Document, entities: Set<String>, id: String? = nil) {
        self.init(
            id: id ?? document.id, title: document.title, text: document.text, entities: entities,
            day: document.published.map { Double($0.dayNumber) })
    }

    /// Creates an input from terms already counted (tests, stores).
    public init(
        id: String, terms: [UInt64: Float], titleTerms: [UInt64: Float] = [:], entities: Set<String>, day: Double?
    ) {
        self.id = id
        self.terms = terms
        self.titleTerms = titleTerms
        self.entities = entities
        self.day = day
    }

    /// Whether an entity id of an input is a figure.
    static func isFigure(_ entity: String) -> Bool { entity.utf8.first == UInt8(ascii: "#") }

    /// The figures among the first `limit` words: numbers of two digits or more (ASCII or Devanagari), years
    /// (1900–2099) left out, as "#" and their ASCII digits.
    private static func figures(_ text: AnalyzedText, limit: Int, into figures: inout Set<String>) {
        var seen = 0
        for token in text.tokens where token.isWordLike {
            seen += 1
            if seen > limit { break }
            let scalars = text.canonical.scalars[token.range]
            guard scalars.count >= 2, scalars.count <= 9 else { continue }
            var digits = "#"
            var value = 0
            for scalar in scalars {
                guard let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil
                else {
                    digits = ""
                    break
                }
                digits.unicodeScalars.append(Unicode.Scalar(UInt8(48 + Int(digit))))
                value = value * 10 + Int(digit)
            }
            guard !digits.isEmpty, !(1900...2099).contains(value) || scalars.count != 4 else { continue }
            figures.insert(digits)
        }
    }

    /// The same article without its publication date.
    public var undated: StoryInput {
        var copy = self
        copy.day = nil
        return copy
    }

    private static func count(_ text: AnalyzedText, weight: Float, limit: Int, into counts: inout [UInt64: Float]) {
        var seen = 0
        for (k, token) in text.tokens.enumerated() where token.isWordLike {
            let term = text.terms[k]
            seen += 1
            if seen > limit { break }
            guard term != 0, !stopStems.contains(hash: term) else { continue }
            counts[term, default: 0] += weight
        }
    }

    /// Hindi and English stopwords as stemmed terms (what ``TextPipeline/analyze(_:stem:)`` gives).
    static let stopStems = TermSet(
        terms: (Stopwords.hindi.union(Stopwords.english)).map { Term(Stemmer.stem($0)) })
}
