/// The coarse class of a Unicode scalar that tokenization and segmentation need.
///
/// ASCII and Devanagari, which make up nearly all of Hindi news text, are answered from a table;
/// everything else asks the scalar's general category once.
public enum ScalarCategory: UInt8, Sendable {
    /// A space (the normalizer has already folded every horizontal space to U+0020).
    case space
    /// A line break (folded to U+000A by the normalizer).
    case newline
    /// A letter of any script (L*).
    case letter
    /// A combining mark (M*): Devanagari vowel signs, virama, nukta, anusvara, Latin accents.
    case mark
    /// A decimal digit of any script (Nd).
    case digit
    /// Punctuation (P*).
    case punctuation
    /// Symbols, emoji, private use and anything else.
    case symbol

    /// Whether the scalar can be part of a word (letters, marks, digits).
    @inline(__always)
    public var isWordPart: Bool { self == .letter || self == .mark || self == .digit }

    /// The category of `value`.
    ///
    /// Complexity: O(1); ASCII and Devanagari are answered by arithmetic on bit masks, with no table to load.
    @inline(__always)
    public static func of(_ value: UInt32) -> ScalarCategory {
        if value < 0x80 { return ascii(value) }
        if Devanagari.contains(value) { return devanagari(value) }
        return slow(value)
    }

    /// ASCII punctuation (the P* categories) as a bit set over 0–63 and 64–127.
    static let asciiPunctuationLow: UInt64 = 0x8C00_F7EE_0000_0000
    static let asciiPunctuationHigh: UInt64 = 0x2800_0000_B800_0001

    @inline(__always)
    static func ascii(_ v: UInt32) -> ScalarCategory {
        if (v | 0x20) &- 0x61 < 26 { return .letter }
        if v &- 0x30 < 10 { return .digit }
        if v == 0x20 || v == 0x09 { return .space }
        if v &- 0x0A < 4 { return .newline }
        let bit = v < 64 ? asciiPunctuationLow >> UInt64(v) : asciiPunctuationHigh >> UInt64(v - 64)
        return bit & 1 == 1 ? .punctuation : .symbol
    }

    @inline(__always)
    static func devanagari(_ v: UInt32) -> ScalarCategory {
        if Devanagari.isDigit(v) { return .digit }
        if v == Devanagari.danda || v == Devanagari.doubleDanda || v == Devanagari.abbreviationSign {
            return .punctuation
        }
        return Devanagari.isSign(v) ? .mark : .letter
    }

    @inline(never)
    private static func slow(_ value: UInt32) -> ScalarCategory {
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch value {
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x1680: return .space
        case 0x0085, 0x2028, 0x2029: return .newline
        case 0x2010...0x2027, 0x2030...0x2043, 0x2045...0x2051, 0x2053...0x205E: return .punctuation  // dashes, quotes
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .spaceSeparator:
            return .space
        case .lineSeparator, .paragraphSeparator:
            return .newline
        default:
            return .symbol
        }
    }
}
