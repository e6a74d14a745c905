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

extension NameKey {
    /// A readable Latin spelling of a name: Devanagari words romanized the way Indian English spells names
    /// (schwa deleted: पुतिन → Putin, किम जोंग उन → Kim Jong Un), Latin words kept; each word capitalized.
    ///
    /// It is a transliteration, not the name's established English form (व्लादिमीर → Vladimeer): prefer an
    /// English mention of the same entity when there is one.
    public static func latin(_ name: String) -> String {
        let canonical = Normalizer.canonical(name)
        var words: [String] = []
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            var bytes: [UInt8]
            if word.contains(where: { Devanagari.contains($0.value) }) {
                bytes = plainVowels(DevanagariPhonemes.romanize(word, display: true))
            } else {
                bytes = Array(String(String.UnicodeScalarView(word)).utf8)
            }
            if let first = bytes.first, first &- 0x61 < 26 { bytes[0] = first - 0x20 }
            if !bytes.isEmpty { words.append(String(decoding: bytes, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in canonical.scalars {
            if ScalarCategory.of(scalar.value).isWordPart || scalar == "." {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words.joined(separator: " ")
    }

    /// Long vowels written the plain way names are usually spelled: aa → a, ee → i, oo → u.
    private static func plainVowels(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let pair = i + 1 < bytes.count && bytes[i] == bytes[i + 1]
            switch bytes[i] {
            case 0x61 where pair: result.append(0x61)
            case 0x65 where pair: result.append(0x69)
            case 0x6F where pair: result.append(0x75)
            default:
                result.append(bytes[i])
                i += 1
                continue
            }
            i += 2
        }
        return result
    }
}
