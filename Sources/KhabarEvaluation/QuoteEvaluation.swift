public import KhabarCore
import KhabarText

/// A gold of quotes in real articles, written by reading them: every quote with its kind, its speaker (as the
/// article names them) and the first and last words of what was said.
public struct QuoteGold: Sendable, Decodable {
    public struct Quote: Sendable, Decodable {
        public var kind: KhabarCore.Quote.Kind
        public var speaker: String
        public var named: Bool
        public var speakerVariants: [String]
        public var start: String
        public var end: String
    }
    public struct Article: Sendable, Decodable {
        public var id: String
        public var split: String
        public var quotes: [Quote]
    }
    public var articles: [Article]

    /// The articles of one split (`dev`, `held`), or all of them (nil).
    public func only(_ split: String?) -> QuoteGold {
        guard let split else { return self }
        var result = self
        result.articles = articles.filter { $0.split == split }
        return result
    }
}

/// Scores the quotes found in articles against a ``QuoteGold``: a found quote matches a gold one when their
/// spans overlap (each gold quote and each found quote matched at most once, largest overlaps first); its
/// speaker is right when the speaker's display name or phrase is one of the gold speaker's names.
public struct QuoteEvaluation: Sendable {
    public struct Score: Sendable {
        public var gold = 0
        public var found = 0
        public var matched = 0
        public var rightSpeaker = 0
        /// Gold quotes whose words could not be located in the cleaned text (removed by cleaning, or moved).
        public var unlocated = 0
        public var findings: [String] = []

        public init() {}

        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
        public var speakerAccuracy: Double { matched == 0 ? 0 : Double(rightSpeaker) / Double(matched) }
    }

    public init() {}

    /// Where a gold quote lies in a text: from its first words to the end of its last words after them.
    static func locate(_ quote: QuoteGold.Quote, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let start = canonical(quote.start)
        let end = canonical(quote.end)
        guard let from = find(start, in: scalars, from: 0) else { return nil }
        guard let to = find(end, in: scalars, from: from) else { return nil }
        return from..<(to + end.count)
    }

    /// Words as the cleaned text writes them: canonical, one space between words.
    static func canonical(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in Normalizer.canonical(text).scalars {
            if scalar.properties.isWhitespace {
                if result.last != " " { result.append(" ") }
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        for i in from...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }

    /// Whether a found speaker is the gold one: any of its names, compared by match key, equals or holds a
    /// gold name (`मुख्यमंत्री योगी आदित्यनाथ` holds `योगी आदित्यनाथ`).
    static func sameSpeaker(_ found: [String], _ gold: QuoteGold.Quote) -> Bool {
        // Words compared by stem: सूत्रों is सूत्र, अधिकारियों is अधिकारी.
        func key(_ name: String) -> String {
            MatchKey.of(name).split(separator: " ").map { Stemmer.stem(String($0)) }.joined(separator: " ")
        }
        let goldNames = Set(([gold.speaker] + gold.speakerVariants).map(key).filter { !$0.isEmpty })
        for name in found.map(key) where !name.isEmpty {
            if goldNames.contains(name) { return true }
            let words = name.split(separator: " ")
            for goldName in goldNames {
                let goldWords = goldName.split(separator: " ")
                if goldWords.count <= words.count, words.count - goldWords.count <= 3,
                    (0...(words.count - goldWords.count)).contains(where: {
                        words[$0..<($0 + goldWords.count)].elementsEqual(goldWords)
                    })
                {
                    return true
                }
            }
        }
        return false
    }

    /// Scores one article: its cleaned text, the gold quotes, and the quote records Khabar stored for it.
    public func score(
        article: QuoteGold.Article, text: String, found: [QuoteRecord], into score: inout Score
    ) {
        let scalars = Array(text.unicodeScalars)
        var spans: [(Int, Range<Int>)] = []
        for (index, quote) in article.quotes.enumerated() {
            score.gold += 1
            if let span = Self.locate(quote, in: scalars) {
                spans.append((index, span))
            } else {
                score.unlocated += 1
                score.findings.append("\(article.id): not in the cleaned text: \(quote.start) … \(quote.end)")
            }
        }
        score.found += found.count
        var pairs: [(overlap: Int, gold: Int, found: Int)] = []
        for (index, span) in spans {
            for (k, record) in found.enumerated() {
                let overlap = min(span.upperBound, record.end) - max(span.lowerBound, record.start)
                if overlap > 0 { pairs.append((overlap, index, k)) }
            }
        }
        pairs.sort { ($0.overlap, $1.gold, $1.found) > ($1.overlap, $0.gold, $0.found) }
        var usedGold = Set<Int>()
        var usedFound = Set<Int>()
        for pair in pairs where !usedGold.contains(pair.gold) && !usedFound.contains(pair.found) {
            usedGold.insert(pair.gold)
            usedFound.insert(pair.found)
            score.matched += 1
            let record = found[pair.found]
            let quote = article.quotes[pair.gold]
            let names = [record.speakerName, record.speakerText].compactMap { $0 }
            if Self.sameSpeaker(names, quote) {
                score.rightSpeaker += 1
            } else {
                score.findings.append(
                    "\(article.id): speaker \(record.speakerName ?? record.speakerText), not \(quote.speaker): \(quote.start) …"
                )
            }
        }
        for (index, quote) in article.quotes.enumerated() where !usedGold.contains(index) {
            score.findings.append("\(article.id): missed (\(quote.speaker)): \(quote.start) … \(quote.end)")
        }
        for (k, record) in found.enumerated() where !usedFound.contains(k) {
            score.findings.append(
                "\(article.id): not in the gold: \(record.speakerName ?? record.speakerText): \(record.text.prefix(60))"
            )
        }
    }
}
