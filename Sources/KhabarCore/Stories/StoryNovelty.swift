import Foundation
import KhabarText

/// What each article of a story added: its sentences that no earlier article of the story had.
///
/// A sentence is known when most of its word trigrams (stemmed match keys) were printed by an earlier
/// article of the story, or when every one of its content words was, unless it gives a number none of them
/// gave (a new figure in an old frame is the news). Sentences under ``shortest`` words (datelines,
/// fragments) are never listed.
public enum StoryNovelty {
    /// An article as novelty reads it (id and cleaned text), in publication order: the same as a summary's.
    public typealias Article = StorySummary.Article

    /// What one article added.
    public struct Update: Sendable, Equatable, Codable {
        public var document: String
        /// Whether it is the story's first article (everything in it is new, so nothing is listed).
        public var first: Bool
        /// Its new sentences, in text order (empty for the first article).
        public var added: [String]
        /// The share of its sentences that are new (1 for the first article).
        public var novelty: Double
    }

    /// A sentence is known when this share of its trigrams appeared before.
    static let knownShare = 0.5
    /// Sentences shorter than this many words are not listed.
    static let shortest = 5

    /// The updates of a story's articles (given in publication order), one per article.
    public static func updates(_ articles: [Article]) -> [Update] {
        var seenTrigrams = Set<UInt64>()
        var seenWords = Set<UInt64>()
        var seenNumbers = Set<UInt64>()
        var updates: [Update] = []
        for (a, article) in articles.enumerated() {
            let analyzed = TextPipeline.analyze(article.text)
            var added: [String] = []
            var counted = 0
            var trigramsHere = Set<UInt64>()
            var wordsHere = Set<UInt64>()
            var numbersHere = Set<UInt64>()
            for sentence in analyzed.sentences {
                var words: [UInt64] = []
                var content = Set<UInt64>()
                var numbers = Set<UInt64>()
                for k in sentence.tokens where analyzed.tokens[k].isWordLike {
                    let term = analyzed.terms[k]
                    guard term != 0 else { continue }
                    words.append(term)
                    if !StoryInput.stopStems.contains(hash: term) { content.insert(term) }
                    if analyzed.canonical.scalars[analyzed.tokens[k].range].allSatisfy({
                        $0.properties.numericType != nil
                    }) {
                        numbers.insert(term)
                    }
                }
                let trigrams = Set(
                    words.count < 3 ? [] : (0..<(words.count - 2)).map { Self.trigram(words, $0) })
                trigramsHere.formUnion(trigrams)
                wordsHere.formUnion(content)
                numbersHere.formUnion(numbers)
                guard words.count >= shortest else { continue }
                counted += 1
                guard a > 0 else { continue }
                let seen = trigrams.filter(seenTrigrams.contains).count
                let known =
                    (Double(seen) >= knownShare * Double(max(1, trigrams.count)) || content.isSubset(of: seenWords))
                    && numbers.isSubset(of: seenNumbers)
                if !known { added.append(analyzed.canonical.string(sentence.start..<sentence.end)) }
            }
            seenTrigrams.formUnion(trigramsHere)
            seenWords.formUnion(wordsHere)
            seenNumbers.formUnion(numbersHere)
            let novelty = a == 0 ? 1 : counted == 0 ? 0 : Double(added.count) / Double(counted)
            updates.append(Update(document: article.id, first: a == 0, added: added, novelty: novelty))
        }
        return updates
    }

    static func trigram(_ words: [UInt64], _ k: Int) -> UInt64 {
        var h = words[k] &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29)) &+ words[k + 1] &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31)) &+ words[k + 2] &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }
}
