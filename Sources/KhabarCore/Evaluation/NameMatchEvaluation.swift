public import KhabarText

/// Scores cross-script name matching: for each Devanagari name, is its English name ranked first among
/// `candidates` English names (itself and others drawn from the same list)?
///
/// A tie with another candidate counts as a miss. Candidates are drawn with a fixed seed, so every run
/// scores the same set.
public enum NameMatchEvaluation {
    /// The result for one list.
    public struct Result: Sendable, Codable {
        public var names: Int
        public var rankedFirst: Int
        public var accuracy: Double { names == 0 ? 0 : Double(rankedFirst) / Double(names) }
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
        var misses: [[String]] = []
        let others = min(candidates - 1, pairs.count - 1)
        for index in pairs.indices {
            let truth = matcher.score(hindi[index], english[index])
            var drawn = Set<Int>()
            var beaten: Int?
            while drawn.count < others {
                let other = Int.random(in: 0..<pairs.count, using: &generator)
                guard other != index, folded[other] != folded[index], drawn.insert(other).inserted else {
                    if drawn.count + 1 >= pairs.count { break }
                    continue
                }
                if beaten == nil && matcher.score(hindi[index], english[other]) >= truth { beaten = other }
            }
            if let beaten {
                if misses.count < 40 {
                    misses.append([pairs[index].hindi, pairs[index].english, pairs[beaten].english])
                }
            } else {
                ranked += 1
            }
        }
        return Result(names: pairs.count, rankedFirst: ranked, misses: misses)
    }
}
