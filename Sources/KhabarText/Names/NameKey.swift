/// Script-independent keys for person and place names, so that पुतिन and Putin, किम जोंग उन and Kim Jong Un
/// can be found as candidates for each other.
///
/// Two keys (HINDI.md, "Names across scripts"):
/// - the **skeleton** keeps one class letter per consonant and drops vowels, य/y and ह/h: it is cheap and
///   collides often (पुतिन, पटना and पाटन are all `ptn`), so it is for blocking only;
/// - the **vowel key** adds vowel classes (a i u e o), deletes the schwa Hindi does not pronounce
///   (word-final, and in V C _ C V), and folds English spellings of the same sounds (ee → i, oo → u,
///   ai → e). Compare vowel keys with ``similarity(_:_:)``.
///
/// Complexity: O(n) per key; ``similarity(_:_:)`` is O(n·m).
public enum NameKey {
    /// The consonant skeleton of a name in Devanagari or Latin script (words joined by spaces).
    public static func skeleton(_ name: String) -> String {
        render(phonemes(name), vowels: false)
    }

    /// The vowel-aware key of a name in Devanagari or Latin script (words joined by spaces).
    public static func vowelKey(_ name: String) -> String {
        render(phonemes(name), vowels: true)
    }

    /// Similarity of two names in 0…1: one minus the normalized Levenshtein distance of their vowel keys.
    public static func similarity(_ a: String, _ b: String) -> Double {
        keySimilarity(vowelKey(a), vowelKey(b))
    }

    /// Similarity in 0…1 of two keys already computed with ``vowelKey(_:)`` or ``skeleton(_:)``.
    public static func keySimilarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(levenshtein(x, y)) / Double(longest)
    }

    /// Edit distance between two byte strings.
    public static func levenshtein(_ x: [UInt8], _ y: [UInt8]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    // MARK: Phonemes

    /// A sound class: a consonant class letter, a vowel class letter, or a word break.
    struct Phoneme: Equatable {
        var symbol: UInt8
        var isVowel: Bool
        static let wordBreak = Phoneme(symbol: 0x20, isVowel: false)
    }

    static func phonemes(_ name: String) -> [Phoneme] {
        let canonical = Normalizer.canonical(name)
        var result: [Phoneme] = []
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            if !result.isEmpty { result.append(.wordBreak) }
            if word.contains(where: { Devanagari.contains($0.value) }) {
                result.append(contentsOf: DevanagariPhonemes.word(word))
            } else {
                result.append(contentsOf: LatinPhonemes.word(word))
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in canonical.scalars {
            if ScalarCategory.of(scalar.value).isWordPart {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static func render(_ phonemes: [Phoneme], vowels: Bool) -> String {
        var bytes: [UInt8] = []
        for phoneme in phonemes {
            if phoneme.isVowel && !vowels { continue }
            if phoneme == .wordBreak {
                if bytes.last != 0x20 && !bytes.isEmpty { bytes.append(0x20) }
                continue
            }
            if bytes.last == phoneme.symbol && !phoneme.isVowel { continue }  // doubles collapse
            if bytes.last == phoneme.symbol && phoneme.isVowel { continue }
            bytes.append(phoneme.symbol)
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
