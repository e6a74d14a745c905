import KhabarCore
public import KhabarText

/// Scores cross-script name matching: for each Devanagari name, is its English name ranked first among
/// `candidates` English names (itself and others drawn from the same list)?
///
/// Two figures: strict (a tie with another candidate counts as a miss) and expected (a tie among t
/// candidates counts 1/t, the chance that a random tie-break picks the right one). Candidates are drawn
/// with a fixed seed, so every run scores the same set.
public enum NameMatchEvaluation {
    /// The result for one list.
    public struct Result: Sendable, Codable {
        public var names: Int
        /// Names whose English name scored strictly above every other candidate.
        public var rankedFirst: Int
        /// Names whose English name tied for first place with others.
        public var tiedFirst: Int
        /// Ranked first with a random tie-break, in expectation.
        public var expectedFirst: Double
        /// The strict share ranked first.
        public var accuracy: Double { names == 0 ? 0 : Double(rankedFirst) / Double(names) }
        /// The expected share ranked first with a random tie-break.
        public var expectedAccuracy: Double { names == 0 ? 0 : expectedFirst / Double(names) }
        /// A few misses: the Hindi name, its English name, and the English name ranked above it.
        public var misses: [[String]]
    }

    /// Evaluates `pairs` (English, Devanagari).
    public static func evaluate(
        _ pairs: [(english: String, hindi: String)],
        candidates: Int = 300,
        seed: UInt64 = 2020,
        matcher: NameMatcher = NameMatcher()
    ) -> Result {
        let english = pairs.map { matcher.key($0.english) }
        let hindi = pairs.map { matcher.key($0.hindi) }
        let folded = pairs.map { $0.english.lowercased() }
        var generator = SpellingVariants.Generator(seed: seed)
        var ranked = 0
        var tied = 0
        var expected = 0.0
        var misses: [[String]] = []
        let others = min(candidates - 1, pairs.count - 1)
        for index in pairs.indices {
            let truth = matcher.score(hindi[index], english[index])
            var drawn = Set<Int>()
            var above: Int?
            var ties = 0
            while drawn.count < others {
                let other = Int.random(in: 0..<pairs.count, using: &generator)
                guard other != index, folded[other] != folded[index], drawn.insert(other).inserted else {
                    if drawn.count + 1 >= pairs.count { break }
                    continue
                }
                let score = matcher.score(hindi[index], english[other])
                if score > truth && above == nil { above = other }
                if score == truth { ties += 1 }
            }
            if let above {
                if misses.count < 40 {
                    misses.append([pairs[index].hindi, pairs[index].english, pairs[above].english])
                }
            } else if ties > 0 {
                tied += 1
                expected += 1 / Double(ties + 1)
            } else {
                ranked += 1
                expected += 1
            }
        }
        return Result(names: pairs.count, rankedFirst: ranked, tiedFirst: tied, expectedFirst: expected, misses: misses)
    }
}
