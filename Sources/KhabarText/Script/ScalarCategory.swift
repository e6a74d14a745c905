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
    /// Complexity: O(1); a table lookup for ASCII and Devanagari.
    @inline(__always)
    public static func of(_ value: UInt32) -> ScalarCategory {
        if value < 0x80 { return asciiTable[Int(value)] }
        if Devanagari.contains(value) { return devanagariTable[Int(value &- 0x0900)] }
        return slow(value)
    }

    private static func slow(_ value: UInt32) -> ScalarCategory {
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch value {
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x1680: return .space
        case 0x0085, 0x2028, 0x2029: return .newline
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

    private static let asciiTable: [ScalarCategory] = (0..<128).map { code -> ScalarCategory in
        switch code {
        case 0x0A, 0x0B, 0x0C, 0x0D: .newline
        case 0x09, 0x20: .space
        case 0x30...0x39: .digit
        case 0x41...0x5A, 0x61...0x7A: .letter
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: .punctuation
        default: .symbol
        }
    }

    private static let devanagariTable: [ScalarCategory] = (0..<128).map { offset -> ScalarCategory in
        let value = UInt32(0x0900 + offset)
        if Devanagari.isDigit(value) { return .digit }
        if value == Devanagari.danda || value == Devanagari.doubleDanda || value == Devanagari.abbreviationSign {
            return .punctuation
        }
        if Devanagari.isSign(value) { return .mark }
        return .letter
    }
}
