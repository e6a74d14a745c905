import Foundation
import KhabarText

/// An extractive summary of a story: central sentences of its articles' leads, chosen by maximal marginal
/// relevance (Carbonell & Goldstein 1998) so that nothing is said twice.
///
/// Candidates are the first ``leadSentences`` sentences of each article (cleaned text: removed furniture is
/// never a candidate) with 6–60 words and balanced quote marks, so a quote is kept whole or not at all. A
/// sentence's centrality is its cosine with the sum of all candidates' unit TF-IDF vectors; each pick
/// maximizes λ · centrality − (1 − λ) · its highest cosine with a sentence already chosen, until the word
/// budget is spent. Sentences come out in the order of their articles' publication and their place in them.
public enum StorySummary {
    /// A chosen sentence and the article it comes from.
    public struct Sentence: Sendable, Equatable {
        public var text: String
        public var document: String
        /// Its highest cosine with the sentences chosen before it (how much it repeats them).
        public var redundancy: Double
    }

    /// An article as the summary reads it, in publication order.
    public struct Article: Sendable {
        public var id: String
        public var text: String

        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    static let leadSentences = 6
    /// The word budget of the longer summary.
    public static let longWords = 150
    /// Scores closer than this are equal (Float sums depend on dictionary order in their last bits).
    static let tolerance = 1e-5

    /// A double quotation mark (straight, curly or guillemet); single marks double as apostrophes.
    static func isDoubleQuote(_ v: UInt32) -> Bool { v == 0x22 || v == 0x201C || v == 0x201D || v == 0xAB || v == 0xBB }
    static let lambda = 0.7
    /// Above this cosine with a chosen sentence a candidate says the same thing and is never picked.
    static let repeats = 0.6

    /// Which of a story's titles (in publication order) names it best: the one whose words (stemmed, without
    /// stopwords) the other titles share most (summed Jaccard), the earliest among equals; nil when none has
    /// words.
    public static func headline(_ titles: [String]) -> Int? {
        let words = titles.map { title in
            let analyzed = TextPipeline.analyze(title)
            var set = Set<UInt64>()
            for (k, token) in analyzed.tokens.enumerated() where token.isWordLike {
                let term = analyzed.terms[k]
                if term != 0, !StoryInput.stopStems.contains(hash: term) { set.insert(term) }
            }
            return set
        }
        var best: (index: Int, score: Double)? = nil
        for (i, a) in words.enumerated() where !a.isEmpty {
            var score = 0.0
            for (j, b) in words.enumerated() where j != i && !b.isEmpty {
                let shared = a.intersection(b).count
                score += Double(shared) / Double(a.count + b.count - shared)
            }
            if score > (best?.score ?? -1) + tolerance { best = (i, score) }
        }
        return best?.index
    }

    /// The summary of a story's articles within about `words` words.
    public static func summarize(_ articles: [Article], words budget: Int = 60) -> [Sentence] {
        struct Candidate {
            var text: String
            var document: String
            var order: Int
            var words: Int
            var terms: [UInt64: Float]
        }
        var candidates: [Candidate] = []
        var documentFrequency: [UInt64: Int] = [:]
        for (a, article) in articles.enumerated() {
            let analyzed = TextPipeline.analyze(article.text)
            for (s, sentence) in analyzed.sentences.prefix(leadSentences).enumerated() {
                var terms: [UInt64: Float] = [:]
                var count = 0
                var quoteMarks = 0
                for k in sentence.tokens {
                    let token = analyzed.tokens[k]
                    if token.isWordLike {
                        count += 1
                        let term = analyzed.terms[k]
                        if term != 0, !StoryInput.stopStems.contains(hash: term) { terms[term, default: 0] += 1 }
                    } else if let first = analyzed.canonical.scalars[token.range].first, Self.isDoubleQuote(first.value)
                    {
                        quoteMarks += 1
                    }
                }
                guard (6...60).contains(count), quoteMarks % 2 == 0, !terms.isEmpty else { continue }
                for term in terms.keys { documentFrequency[term, default: 0] += 1 }
                let text = analyzed.canonical.string(sentence.start..<sentence.end)
                candidates.append(
                    Candidate(text: text, document: article.id, order: a * 1_000 + s, words: count, terms: terms))
            }
        }
        guard !candidates.isEmpty else { return [] }
        // Unit TF-IDF vectors and their sum (the story's centre).
        let n = Float(candidates.count + 1)
        for c in candidates.indices {
            var norm: Float = 0
            for (term, tf) in candidates[c].terms {
                let weight = (1 + log(tf)) * (log(n / Float((documentFrequency[term] ?? 0) + 1)) + 1)
                candidates[c].terms[term] = weight
                norm += weight * weight
            }
            norm = norm.squareRoot()
            for (term, weight) in candidates[c].terms { candidates[c].terms[term] = weight / norm }
        }
        var centre: [UInt64: Float] = [:]
        for candidate in candidates { for (term, weight) in candidate.terms { centre[term, default: 0] += weight } }
        let centreNorm = centre.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        func cosine(_ a: [UInt64: Float], _ b: [UInt64: Float]) -> Double {
            let (small, large) = a.count < b.count ? (a, b) : (b, a)
            var dot: Float = 0
            for (term, weight) in small { if let other = large[term] { dot += weight * other } }
            return Double(dot)
        }
        let centrality = candidates.map { cosine($0.terms, centre) / Double(max(centreNorm, 1e-9)) }
        var chosen: [(index: Int, redundancy: Double)] = []
        var spent = 0
        var open = Set(candidates.indices)
        while spent < budget, !open.isEmpty {
            var best: (index: Int, score: Double, redundancy: Double)? = nil
            for c in open.sorted() {
                let redundancy = chosen.map { cosine(candidates[c].terms, candidates[$0.index].terms) }.max() ?? 0
                guard redundancy < repeats else { continue }
                let score = lambda * centrality[c] - (1 - lambda) * redundancy
                // Sums of Float weights differ in their last bits with dictionary order: a sentence two
                // articles print ties with itself, and the earlier one must win in every run.
                if score > (best?.score ?? -.infinity) + tolerance { best = (c, score, redundancy) }
            }
            guard let best else { break }
            open.remove(best.index)
            // A sentence that would overrun the budget by more than half is skipped for a shorter one.
            if spent > 0, spent + candidates[best.index].words > budget + budget / 2 { continue }
            chosen.append((best.index, best.redundancy))
            spent += candidates[best.index].words
        }
        return chosen.sorted { candidates[$0.index].order < candidates[$1.index].order }.map {
            Sentence(
                text: candidates[$0.index].text, document: candidates[$0.index].document, redundancy: $0.redundancy)
        }
    }
}
