import Foundation
import KhabarText

/// An inverted index of articles for BM25 search, Hindi-correct: words are the text layer's stemmed match
/// keys (so मॉस्को is मास्को, हिन्दी is हिंदी, and a word is never cut at a vowel sign), stopwords are not
/// indexed, and a title word counts ``titleBoost`` times. Adjacent word pairs are indexed too, so a quoted
/// phrase is answered from the index alone.
///
/// Top-k retrieval is document-at-a-time with MaxScore (Turtle & Flood 1995): lists whose best possible
/// contribution cannot lift a document into the top k are only probed, never walked, so a query stays fast
/// as the index grows.
public struct SearchIndex: Sendable {
    /// An indexed article.
    public struct Entry: Sendable {
        public var id: String
        /// Title-weighted word count (BM25's document length).
        var length: Float
        /// What filters read without loading the article: its publication day (days since 1970), outlet and
        /// language.
        public var day: Int?
        public var outlet: String?
        public var language: String?
    }

    /// The documents of a term, ascending, with their title-weighted counts; the largest count and the
    /// shortest document bound any document's score for the term.
    struct Postings: Sendable {
        var documents: [Int32] = []
        var counts: [Float] = []
        var maxCount: Float = 0
        var minLength: Float = .infinity
    }

    public internal(set) var entries: [Entry] = []
    var words: [UInt64: Postings] = [:]
    var pairs: [UInt64: Postings] = [:]
    var totalLength: Double = 0

    /// BM25's parameters (Lucene's defaults) and how much more a title word counts than a body word.
    static let k1: Float = 1.2
    static let b: Float = 0.75
    static let titleBoost: Float = 2

    public init() {}

    public var count: Int { entries.count }

    /// The bytes the posting lists hold (document numbers and counts, 8 bytes a posting).
    public var postingBytes: Int {
        var postings = 0
        for list in words.values { postings += list.documents.count }
        for list in pairs.values { postings += list.documents.count }
        return postings * 8
    }

    /// The stemmed match-key terms of the words of a text. Stopwords are indexed like any word: BM25's
    /// weights already make them count for little, and dropping them lost known-item retrieval on short
    /// Hindi sentences (DPIL MRR@10 0.680 against 0.702).
    public static func terms(_ text: String) -> [UInt64] {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let hashes = TextPipeline.termHashes(canonical, tokens: tokens, stem: true)
        var terms: [UInt64] = []
        terms.reserveCapacity(tokens.count)
        for (k, token) in tokens.enumerated() where token.isWordLike {
            let term = hashes[k]
            terms.append(term)
        }
        return terms
    }

    /// The hash of an adjacent pair of terms.
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        h = (h &+ b) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 29)
    }

    /// Indexes an article; it is found at once.
    public mutating func add(
        id: String, title: String?, text: String, day: Int? = nil, outlet: String? = nil, language: String? = nil
    ) {
        let document = Int32(entries.count)
        var counts: [UInt64: Float] = [:]
        var pairCounts: [UInt64: Float] = [:]
        var length: Float = 0
        func count(_ terms: [UInt64], weight: Float) {
            var previous: UInt64 = 0
            for term in terms {
                if term != 0 {
                    counts[term, default: 0] += weight
                    length += weight
                    if previous != 0 { pairCounts[Self.pair(previous, term), default: 0] += weight }
                }
                previous = term
            }
        }
        if let title { count(Self.terms(title), weight: Self.titleBoost) }
        count(Self.terms(text), weight: 1)
        func post(_ n: Float, _ list: inout Postings) {
            list.documents.append(document)
            list.counts.append(n)
            list.maxCount = max(list.maxCount, n)
            list.minLength = min(list.minLength, length)
        }
        for (term, n) in counts { post(n, &words[term, default: Postings()]) }
        for (term, n) in pairCounts { post(n, &pairs[term, default: Postings()]) }
        entries.append(Entry(id: id, length: length, day: day, outlet: outlet, language: language))
        totalLength += Double(length)
    }

    /// Indexes a stored article: its title and cleaned text, with the day, outlet and language filters read.
    public mutating func add(_ document: Document) {
        add(
            id: document.id, title: document.title, text: document.text, day: document.published?.dayNumber,
            outlet: document.outlet, language: document.language.rawValue)
    }

    /// A document found, with its BM25 score.
    public struct Hit: Sendable, Equatable {
        public var document: Int32
        public var score: Float
    }

    /// The best `limit` documents for a query, best first (ties by the earlier document), and how many
    /// documents match it in all when `countAll` (counting walks every match; without it, the total is nil).
    public func search(
        _ query: SearchQuery, limit: Int, countAll: Bool = false, filter: ((Int32) -> Bool)? = nil
    ) -> (hits: [Hit], total: Int?) {
        guard limit > 0, !entries.isEmpty, !query.isEmpty else { return ([], 0) }
        let n = Float(entries.count)
        func idf(_ df: Int) -> Float { log(1 + (n - Float(df) + 0.5) / (Float(df) + 0.5)) }
        // Scored lists: every word, and every adjacent pair of a phrase (a phrase is required as well).
        var scored: [(postings: Postings, idf: Float)] = []
        var required: [Postings] = []
        for term in query.words {
            guard let list = words[term] else { continue }
            scored.append((list, idf(list.documents.count)))
        }
        for alternative in query.alternatives {
            let lists =
                alternative.count == 1
                ? [words[alternative[0]]]
                : (1..<alternative.count).map { k in
                    pairs[Self.pair(alternative[k - 1], alternative[k])]
                }
            for list in lists.compactMap({ $0 }) { scored.append((list, idf(list.documents.count))) }
        }
        for phrase in query.phrases {
            let lists =
                phrase.count == 1
                ? [words[phrase[0]]]
                : (1..<phrase.count).map { k in
                    pairs[Self.pair(phrase[k - 1], phrase[k])]
                }
            for list in lists {
                guard let list else { return ([], 0) }  // a phrase nothing contains: no document matches
                scored.append((list, idf(list.documents.count)))
                required.append(list)
            }
        }
        guard !scored.isEmpty else { return ([], 0) }
        let excluded = (query.excluded.map { [$0] } + query.excludedPhrases).compactMap { phrase -> [Postings]? in
            let lists =
                phrase.count == 1
                ? [words[phrase[0]]]
                : (1..<phrase.count).map { k in
                    pairs[Self.pair(phrase[k - 1], phrase[k])]
                }
            // A phrase some part of which no document has excludes nothing.
            let found = lists.compactMap { $0 }
            return found.count == lists.count ? found : nil
        }
        var search = MaxScore(
            lists: scored, required: required, excluded: excluded, entries: entries,
            average: Float(totalLength / Double(entries.count)), limit: limit, filter: filter)
        return search.run(countAll: countAll)
    }
}
