/// Scores how likely two names, in Devanagari or Latin script, are the same name.
///
/// Each word is reduced to its vowel key and consonant skeleton (``NameKey``); b and v share a class (Bengali
/// and Assamese names swap them: देव / Deb), and a Latin initial is read as its letter name (C → सी, "si").
/// Two scores are computed and the better one kept:
/// - the whole names, words joined, by normalized edit distance (robust to a name split differently:
///   Rabindranath / रबीन्द्र नाथ);
/// - the words paired off greedily, best pairs first, whatever their order (Khan Sarfaraz / सरफराज खान),
///   weighted by length, an unpaired word counting zero (an unpaired initial weighs a fifth of a word).
/// Each score mixes the vowel key (70%) and the skeleton (30%).
///
/// Complexity: O(n·m) per score for keys of n and m symbols.
public struct NameMatcher: Sendable {
    /// One word of a name.
    public struct Word: Sendable, Hashable {
        public var vowels: [UInt8]
        public var skeleton: [UInt8]
        /// A Latin initial ("S." in "S. Raja"), which the other script often leaves out.
        public var isInitial: Bool
    }

    /// A name prepared for scoring.
    public struct Key: Sendable, Hashable {
        /// Its words.
        public var words: [Word]
        /// All words' vowel keys joined.
        public var vowels: [UInt8]
        /// All words' skeletons joined.
        public var skeleton: [UInt8]
    }

    /// The weight of the skeleton's similarity (the rest is the vowel key's).
    public var skeletonWeight: Double

    /// Creates a matcher.
    public init(skeletonWeight: Double = 0.3) {
        self.skeletonWeight = skeletonWeight
    }

    /// Latin letters as their names are spoken (and written in Devanagari): the reading of an initial.
    static let letterNames: [String] = [
        "e", "bi", "si", "di", "i", "ef", "ji", "ech", "ai", "je", "ke", "el", "em", "en", "o", "pi", "kyu", "ar",
        "es", "ti", "yu", "vi", "dablyu", "eks", "vai", "jed",
    ]

    /// The key of a name.
    public func key(_ name: String) -> Key {
        var words: [Word] = []
        for word in Self.words(of: name) {
            var phonemes: [NameKey.Phoneme]
            let isInitial =
                word.count == 1 && word[0].value < 0x80 && (word[0].value | 0x20) &- 0x61 < 26
            if isInitial {
                let letter = Int((word[0].value | 0x20) - 0x61)
                phonemes = LatinPhonemes.fold(Array(Self.letterNames[letter].utf8))
            } else if word.contains(where: { Devanagari.contains($0.value) }) {
                phonemes = DevanagariPhonemes.word(word)
            } else {
                phonemes = LatinPhonemes.word(word)
            }
            for index in phonemes.indices where phonemes[index].symbol == UInt8(ascii: "v") {
                phonemes[index].symbol = UInt8(ascii: "b")
            }
            let vowels = Array(NameKey.render(phonemes, vowels: true).utf8)
            let skeleton = Array(NameKey.render(phonemes, vowels: false).utf8)
            if !vowels.isEmpty { words.append(Word(vowels: vowels, skeleton: skeleton, isInitial: isInitial)) }
        }
        return Key(words: words, vowels: words.flatMap(\.vowels), skeleton: words.flatMap(\.skeleton))
    }

    /// The words of a name: runs of letters and marks.
    static func words(of name: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in Normalizer.canonical(name).scalars {
            let category = ScalarCategory.of(scalar.value)
            if category == .letter || category == .mark {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The similarity of two names in 0…1.
    public func score(_ a: Key, _ b: Key) -> Double {
        let whole = mix(a.vowels, a.skeleton, b.vowels, b.skeleton)
        guard a.words.count > 1 || b.words.count > 1 else { return whole }
        return max(whole, paired(a.words, b.words))
    }

    /// The similarity of two names given as text.
    public func score(_ a: String, _ b: String) -> Double { score(key(a), key(b)) }

    func mix(_ vowelsA: [UInt8], _ skeletonA: [UInt8], _ vowelsB: [UInt8], _ skeletonB: [UInt8]) -> Double {
        (1 - skeletonWeight) * similarity(vowelsA, vowelsB) + skeletonWeight * similarity(skeletonA, skeletonB)
    }

    /// Words paired greedily by similarity, weighted by the longer word of each pair.
    func paired(_ a: [Word], _ b: [Word]) -> Double {
        var pairs: [(Double, Int, Int)] = []
        for (i, x) in a.enumerated() {
            for (j, y) in b.enumerated() { pairs.append((mix(x.vowels, x.skeleton, y.vowels, y.skeleton), i, j)) }
        }
        pairs.sort { $0.0 > $1.0 }
        var usedA = Set<Int>()
        var usedB = Set<Int>()
        var total = 0.0
        var matched = 0.0
        for (similarity, i, j) in pairs where !usedA.contains(i) && !usedB.contains(j) {
            usedA.insert(i)
            usedB.insert(j)
            let weight = Double(max(a[i].vowels.count, b[j].vowels.count))
            matched += similarity * weight
            total += weight
        }
        // An unpaired word counts against the score; an unpaired initial only a little.
        for (i, word) in a.enumerated() where !usedA.contains(i) { total += unpaired(word) }
        for (j, word) in b.enumerated() where !usedB.contains(j) { total += unpaired(word) }
        return total == 0 ? 0 : matched / total
    }

    func unpaired(_ word: Word) -> Double { Double(word.vowels.count) * (word.isInitial ? 0.2 : 1) }

    func similarity(_ x: [UInt8], _ y: [UInt8]) -> Double {
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(NameKey.levenshtein(x, y)) / Double(longest)
    }
}
