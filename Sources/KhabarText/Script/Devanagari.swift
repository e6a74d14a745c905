/// Code points and character classes of the Devanagari block (U+0900–U+097F).
///
/// Everything here works on raw `UInt32` scalar values so the hot loops of the normalizer, tokenizer
/// and stemmer can classify a scalar with one or two comparisons.
public enum Devanagari {
    /// Whether any scalar of a text is Devanagari.
    public static func occurs(in text: String) -> Bool {
        text.unicodeScalars.contains { contains($0.value) }
    }

    /// ़ U+093C, the nukta.
    public static let nukta: UInt32 = 0x093C
    /// ् U+094D, the virama (halant).
    public static let virama: UInt32 = 0x094D
    /// ं U+0902, the anusvara.
    public static let anusvara: UInt32 = 0x0902
    /// ँ U+0901, the chandrabindu.
    public static let chandrabindu: UInt32 = 0x0901
    /// ः U+0903, the visarga.
    public static let visarga: UInt32 = 0x0903
    /// । U+0964, the danda (full stop).
    public static let danda: UInt32 = 0x0964
    /// ॥ U+0965, the double danda.
    public static let doubleDanda: UInt32 = 0x0965
    /// ॰ U+0970, the abbreviation sign.
    public static let abbreviationSign: UInt32 = 0x0970
    /// य U+092F.
    public static let ya: UInt32 = 0x092F

    /// Whether `value` lies in the Devanagari block.
    @inline(__always)
    public static func contains(_ value: UInt32) -> Bool { value &- 0x0900 < 0x80 }

    /// Consonant letters, including the precomposed nukta letters and the Vedic/Sindhi additions.
    @inline(__always)
    public static func isConsonant(_ value: UInt32) -> Bool {
        (value &- 0x0915 <= 0x0939 - 0x0915) || (value &- 0x0958 <= 7) || (value &- 0x0979 <= 0x097F - 0x0979)
    }

    /// Independent vowel letters (अ … औ, ऋ ॠ ऌ ॡ, ॲ …).
    @inline(__always)
    public static func isIndependentVowel(_ value: UInt32) -> Bool {
        (value &- 0x0904 <= 0x0914 - 0x0904) || value == 0x0960 || value == 0x0961 || (value &- 0x0972 <= 5)
    }

    /// Dependent vowel signs (matras): ा ि ी ु ू ृ ॄ ॅ ॆ े ै ॉ ॊ ो ौ and the rarer ones.
    @inline(__always)
    public static func isVowelSign(_ value: UInt32) -> Bool {
        (value &- 0x093E <= 0x094C - 0x093E) || value == 0x093A || value == 0x093B || value == 0x094E
            || value == 0x094F || (value &- 0x0955 <= 2) || value == 0x0962 || value == 0x0963
    }

    /// Devanagari digits ०–९.
    @inline(__always)
    public static func isDigit(_ value: UInt32) -> Bool { value &- 0x0966 <= 9 }

    /// The block's combining marks (general category M*) as a bit set over offsets 0–63 and 64–127.
    static let marksLow: UInt64 = 0xDC00_0000_0000_000F
    static let marksHigh: UInt64 = 0x0000_000C_00FE_FFFF

    /// Combining signs that attach to a preceding letter (general category M*): vowel signs, nukta, virama,
    /// anusvara, chandrabindu, visarga and the Vedic accents.
    @inline(__always)
    public static func isSign(_ value: UInt32) -> Bool {
        let offset = value &- 0x0900
        guard offset < 0x80 else { return false }
        let bits = offset < 64 ? marksLow >> UInt64(offset) : marksHigh >> UInt64(offset - 64)
        return bits & 1 == 1
    }

    /// Letters and signs that belong inside a word (everything but digits, dandas and the abbreviation sign).
    @inline(__always)
    public static func isWordScalar(_ value: UInt32) -> Bool {
        contains(value) && value != danda && value != doubleDanda && !isDigit(value) && value != abbreviationSign
            && value != 0x0971
    }

    /// Nasal consonants ङ ञ ण न म, which a following virama may write instead of an anusvara.
    @inline(__always)
    public static func isNasal(_ value: UInt32) -> Bool {
        value == 0x0919 || value == 0x091E || value == 0x0923 || value == 0x0928 || value == 0x092E
    }

    /// The base letter of a precomposed nukta letter U+0958–U+095F (क़ → क), or nil.
    @inline(__always)
    public static func nuktaBase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x0958: 0x0915  // क़
        case 0x0959: 0x0916  // ख़
        case 0x095A: 0x0917  // ग़
        case 0x095B: 0x091C  // ज़
        case 0x095C: 0x0921  // ड़
        case 0x095D: 0x0922  // ढ़
        case 0x095E: 0x092B  // फ़
        case 0x095F: 0x092F  // य़
        default: nil
        }
    }

    /// The letter NFC composes from `base` + nukta (ऩ → ऩ, ऱ, ऴ), or nil when NFC keeps them apart.
    @inline(__always)
    public static func composedWithNukta(_ base: UInt32) -> UInt32? {
        switch base {
        case 0x0928: 0x0929
        case 0x0930: 0x0931
        case 0x0933: 0x0934
        default: nil
        }
    }

    /// The single letter or sign that replaces a two-scalar sequence Unicode says not to use
    /// (Table 12-1 of the core specification: अ + ा is written आ, ा + े is written ो, …), or nil.
    @inline(__always)
    public static func mergedSequence(_ first: UInt32, _ second: UInt32) -> UInt32? {
        switch (first, second) {
        case (0x0905, 0x093E): 0x0906  // अ ा → आ
        case (0x0905, 0x0949): 0x0911  // अ ॉ → ऑ
        case (0x0905, 0x094A): 0x0912  // अ ॊ → ऒ
        case (0x0905, 0x094B): 0x0913  // अ ो → ओ
        case (0x0905, 0x094C): 0x0914  // अ ौ → औ
        case (0x0905, 0x0945): 0x0972  // अ ॅ → ॲ
        case (0x0905, 0x0946): 0x0904  // अ ॆ → ऄ
        case (0x0909, 0x0941): 0x090A  // उ ु → ऊ
        case (0x090F, 0x0945): 0x090D  // ए ॅ → ऍ
        case (0x090F, 0x0946): 0x090E  // ए ॆ → ऎ
        case (0x090F, 0x0947): 0x0910  // ए े → ऐ
        case (0x093E, 0x0945): 0x0949  // ा ॅ → ॉ
        case (0x093E, 0x0946): 0x094A  // ा ॆ → ॊ
        case (0x093E, 0x0947): 0x094B  // ा े → ो
        case (0x093E, 0x0948): 0x094C  // ा ै → ौ
        default: nil
        }
    }
}
