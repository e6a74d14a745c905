/// Words that keep a following dot as an abbreviation mark instead of ending a sentence.
///
/// Lists are compared on match keys (lower-case Latin, folded Devanagari).
public enum Abbreviations {
    /// Hindi titles and short forms written with a dot: डॉ. प्रो. श्री. मि. सं. ई.पू. कि.मी. रु.
    static let hindi: Set<String> = [
        "डा", "प्रो", "श्री", "श्रीमती", "सु", "कु", "मि", "सं", "ई", "पू", "कि", "मी", "रु", "रू", "स्व", "पं", "उ", "प्र",
        "क्र", "नं", "पृ", "जि", "वि", "ग्रा",
    ]

    /// Devanagari spellings of Latin letter names, used for initials (ए. के. एंटनी, के. चंद्रशेखर राव).
    /// आई and ई are left out: they are also common words that end sentences.
    static let letterNames: Set<String> = [
        "ए", "बी", "सी", "डी", "एफ", "जी", "एच", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर", "एस",
        "टी", "यू", "वी", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड", "जैड",
    ]

    /// English abbreviations that take a dot.
    static let english: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt",
        "maj", "adm", "hon", "rev", "mt", "ft", "vs", "inc", "ltd", "co", "corp", "dept",
        "est", "approx", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n",
    ]

    /// Whether the word with match key `key` keeps a following dot.
    public static func keepsDot(_ key: String) -> Bool {
        hindi.contains(key) || letterNames.contains(key) || english.contains(key)
    }

    /// The stable hashes of every abbreviation key, so the tokenizer can test a word without building a
    /// string (a dot follows every sentence in texts that end sentences with dots).
    static let keyHashes: Set<UInt64> = Set(
        (hindi.union(letterNames).union(english)).map { key in
            Array(key.unicodeScalars).withUnsafeBufferPointer { StableHash.hash($0) }
        })

    /// Whether the canonical scalars of a word (at most 16) keep a following dot.
    ///
    /// Complexity: O(k), no allocation.
    static func keepsDot(canonical word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard word.count <= 16 else { return false }
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 16) { buffer in
            guard let base = buffer.baseAddress else { return false }
            let length = MatchKey.write(word, into: base)
            return keyHashes.contains(StableHash.hash(UnsafeBufferPointer(start: base, count: length)))
        }
    }

    /// Whether `key` spells one or two Latin letter names in Devanagari (an initial).
    public static func isLetterName(_ key: String) -> Bool { letterNames.contains(key) }
}
