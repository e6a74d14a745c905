import Foundation

/// The match key: the form in which Khabar compares, looks up and indexes text.
///
/// It starts from canonical text (``Normalizer``) and folds the spelling variants Hindi news uses for
/// the same word, so that मॉस्को and मास्को, हिन्दी and हिंदी, ज़िले and जिले, गये and गए get one key:
/// - the nukta is dropped (ज़ → ज, ऩ → न);
/// - chandrabindu becomes anusvara (पाँच → पांच);
/// - a nasal consonant + virama before a stop or sibilant becomes anusvara (हिन्दी → हिंदी, सम्बन्ध → संबंध);
/// - ॉ → ा and ऑ → आ (मॉस्को → मास्को), ॅ → े and ऍ → ए;
/// - word-final ये → ए and यी → ई after a vowel or consonant (गये → गए, नयी → नई);
/// - Devanagari digits become ASCII digits;
/// - Latin letters are lower-cased and lose their accents (Zürich → zurich);
/// - curly quotes become straight quotes.
///
/// Keys are computed word by word; whitespace is already canonical.
public enum MatchKey {
    /// The match key of a whole text (normalized first).
    ///
    /// Complexity: O(n).
    public static func of(_ text: String) -> String {
        let canonical = Normalizer.canonical(text)
        return of(canonical: canonical.scalars[...])
    }

    /// The match key of canonical scalars.
    public static func of(canonical scalars: ArraySlice<Unicode.Scalar>) -> String {
        var key = [Unicode.Scalar]()
        key.reserveCapacity(scalars.count)
        scalars.withUnsafeBufferPointer { append($0, to: &key) }
        return String.fromScalars(key[...])
    }

    /// A 128-bit hash (32 hex digits) of the match key of canonical scalars, computed without building the
    /// key as a string: the identity of a text's content.
    ///
    /// Complexity: O(n).
    public static func hash128(canonical scalars: ArraySlice<Unicode.Scalar>) -> String {
        var key = [Unicode.Scalar]()
        key.reserveCapacity(scalars.count)
        scalars.withUnsafeBufferPointer { append($0, to: &key) }
        return key.withUnsafeBufferPointer { buffer in
            StableHash.hex(StableHash.hash(buffer, seed: 0x6B68_6162_6172))
                + StableHash.hex(StableHash.hash(buffer, seed: 0x6E65_7773))
        }
    }

    /// Appends the match key of the canonical scalars `source` to `key`.
    ///
    /// Complexity: O(n) in `source.count`.
    public static func append(_ source: UnsafeBufferPointer<Unicode.Scalar>, to key: inout [Unicode.Scalar]) {
        let start = key.count
        key.append(contentsOf: repeatElement(" ", count: source.count))
        let written = key.withUnsafeMutableBufferPointer { buffer in
            write(source, into: buffer.baseAddress.unsafelyUnwrapped + start)
        }
        key.removeLast(source.count - written)
    }

    /// Writes the match key of the canonical scalars `source` to `out` and returns how many scalars it
    /// wrote. A key is never longer than its source, so `out` needs room for `source.count` scalars.
    ///
    /// Complexity: O(n) in `source.count`; no allocation.
    @inline(__always)
    public static func write(
        _ source: UnsafeBufferPointer<Unicode.Scalar>,
        into out: UnsafeMutablePointer<Unicode.Scalar>
    ) -> Int {
        let n = source.count
        var i = 0
        var o = 0
        while i < n {
            let value = source[i].value
            if value < 0x80 {
                out[o] = value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value) | 0x20) : source[i]
                o += 1
                i += 1
            } else if Devanagari.contains(value) {
                if isSpecial(value) {
                    i = devanagari(source, i, value, out, &o)
                } else {
                    out[o] = source[i]  // most Devanagari scalars are their own key
                    o += 1
                    i += 1
                }
            } else {
                out[o] = other(value) ?? source[i]
                o += 1
                i += 1
            }
        }
        return o
    }

    /// Devanagari scalars some key rule applies to (ँ ऍ ऑ, the nasals, न य and the nukta letters, the nukta,
    /// ॅ ॉ, the digits), as a bit set over block offsets 0–63 and 64–127.
    static let specialLow: UInt64 = 0x1012_C308_4202_2002
    static let specialHigh: UInt64 = 0x0000_FFC0_0000_0220

    @inline(__always)
    static func isSpecial(_ value: UInt32) -> Bool {
        let offset = value &- 0x0900
        let bits = offset < 64 ? specialLow >> UInt64(offset) : specialHigh >> UInt64(offset &- 64)
        return bits & 1 == 1
    }

    @inline(__always)
    private static func devanagari(
        _ source: UnsafeBufferPointer<Unicode.Scalar>,
        _ i: Int,
        _ value: UInt32,
        _ out: UnsafeMutablePointer<Unicode.Scalar>,
        _ o: inout Int
    ) -> Int {
        let n = source.count
        var folded = value
        switch value {
        case Devanagari.nukta:
            return i + 1
        case 0x0929: folded = 0x0928
        case 0x0931: folded = 0x0930
        case 0x0934: folded = 0x0933
        case Devanagari.chandrabindu: folded = Devanagari.anusvara
        case 0x0949: folded = 0x093E  // ॉ → ा
        case 0x0911: folded = 0x0906  // ऑ → आ
        case 0x0945: folded = 0x0947  // ॅ → े
        case 0x090D: folded = 0x090F  // ऍ → ए
        case 0x0966...0x096F: folded = value - 0x0966 + 0x30
        case 0x0919, 0x091E, 0x0923, 0x0928, 0x092E:
            var j = i + 1
            if j < n && source[j].value == Devanagari.nukta { j += 1 }
            if j + 1 < n && source[j].value == Devanagari.virama && takesAnusvara(source[j + 1].value, after: value) {
                out[o] = scalar(Devanagari.anusvara)
                o += 1
                return j + 1
            }
        case Devanagari.ya:
            if let vowel = finalYaVowel(source, i) {
                out[o] = scalar(vowel)
                o += 1
                return i + 2
            }
        default:
            break
        }
        out[o] = scalar(folded)
        o += 1
        return i + 1
    }

    /// Whether a nasal + virama before `next` is the conjunct spelling of an anusvara: before a stop
    /// (क … म) or a sibilant, but not before य र ल व ह or a doubled nasal.
    @inline(__always)
    private static func takesAnusvara(_ next: UInt32, after nasal: UInt32) -> Bool {
        if next == nasal { return false }
        return (next &- 0x0915 <= 0x092E - 0x0915) || next == 0x0936 || next == 0x0937 || next == 0x0938
    }

    /// For a word-final ये or यी after a vowel or consonant, the independent vowel that replaces it.
    @inline(__always)
    private static func finalYaVowel(_ source: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> UInt32? {
        guard i > 0, i + 1 < source.count else { return nil }
        let before = source[i - 1].value
        guard Devanagari.contains(before), Devanagari.isWordScalar(before), before != Devanagari.virama,
            before != Devanagari.nukta
        else { return nil }
        let vowel: UInt32
        switch source[i + 1].value {
        case 0x0947: vowel = 0x090F  // े → ए
        case 0x0940: vowel = 0x0908  // ी → ई
        default: return nil
        }
        if i + 2 < source.count {
            let after = source[i + 2].value
            if ScalarCategory.of(after).isWordPart { return nil }
        }
        return vowel
    }

    @inline(__always)
    private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        unsafeBitCast(value, to: Unicode.Scalar.self)
    }

    /// The key form of a scalar outside ASCII and Devanagari, or nil when it stays as it is.
    @inline(__always)
    private static func other(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x201C, 0x201D, 0x00AB, 0x00BB: return "\""
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x00C0...0x024F: return latinFold[Int(value - 0xC0)]
        case 0x0370...0x052F:
            guard let scalar = Unicode.Scalar(value), scalar.properties.isUppercase,
                let lower = scalar.properties.lowercaseMapping.unicodeScalars.first
            else { return nil }
            return lower
        default: return nil
        }
    }

    /// Latin-1 Supplement and Latin Extended-A/B letters folded to a lower-case base letter.
    private static let latinFold: [Unicode.Scalar?] = (0xC0...0x24F).map { value -> Unicode.Scalar? in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let lower = scalar.properties.lowercaseMapping
        let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        return base.value < 0x80 ? base : lower.unicodeScalars.first
    }
}
