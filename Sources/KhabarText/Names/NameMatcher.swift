/// Scores how likely two names, in Devanagari or Latin script, are the same name.
///
/// Names are compared by their vowel keys (``NameKey/vowelKey(_:)``) with word boundaries removed, by
/// normalized edit distance, plus a smaller weight on the consonant skeletons (consonants carry a name
/// across scripts better than vowels do). Keys are computed once per name with ``key(_:)``.
///
/// Complexity: O(n·m) per score for keys of n and m symbols.
public struct NameMatcher: Sendable {
    /// A name prepared for scoring.
    public struct Key: Sendable, Hashable {
        /// Vowel key without spaces.
        public var vowels: [UInt8]
        /// Consonant skeleton without spaces.
        public var skeleton: [UInt8]
    }

    /// The weight of the skeleton's similarity in the score (the rest is the vowel key's).
    public var skeletonWeight: Double

    /// Creates a matcher.
    public init(skeletonWeight: Double = 0.3) {
        self.skeletonWeight = skeletonWeight
    }

    /// The key of a name.
    public func key(_ name: String) -> Key {
        let phonemes = NameKey.phonemes(name)
        let vowels = Array(NameKey.render(phonemes, vowels: true).utf8.filter { $0 != 0x20 })
        let skeleton = Array(NameKey.render(phonemes, vowels: false).utf8.filter { $0 != 0x20 })
        return Key(vowels: vowels, skeleton: skeleton)
    }

    /// The similarity of two names in 0…1.
    public func score(_ a: Key, _ b: Key) -> Double {
        let vowels = similarity(a.vowels, b.vowels)
        let skeleton = similarity(a.skeleton, b.skeleton)
        return (1 - skeletonWeight) * vowels + skeletonWeight * skeleton
    }

    /// The similarity of two names given as text.
    public func score(_ a: String, _ b: String) -> Double { score(key(a), key(b)) }

    func similarity(_ x: [UInt8], _ y: [UInt8]) -> Double {
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(NameKey.levenshtein(x, y)) / Double(longest)
    }
}
