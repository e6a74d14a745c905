/// The language of a text, as Khabar reports it.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Hindi, in Devanagari or romanized.
    case hindi = "hi"
    /// English.
    case english = "en"
    /// Substantial amounts of more than one language or script.
    case mixed
    /// No letters to decide from.
    case undetermined = "und"
}

/// Tells Hindi from English from mixed text by script shares, and romanized Hindi from English by function
/// words.
///
/// Devanagari letters and signs are counted against Latin letters (both are roughly one per sound). A text
/// is Hindi when at least 70% of them are Devanagari (English names in brackets stay well under the rest),
/// English when at least 70% are Latin and English function words outnumber romanized Hindi ones (`hai`,
/// `ke`, `mein`, …), and mixed otherwise.
///
/// Complexity: O(n) scalars plus O(t) tokens.
public enum LanguageDetector {
    /// The language of canonical text whose tokens are `tokens`.
    public static func detect(_ text: CanonicalText, tokens: [Token]) -> Language {
        detect(scalars: text.scalars, tokens: tokens)
    }

    /// The language of canonical scalars whose tokens are `tokens`.
    public static func detect(scalars: [Unicode.Scalar], tokens: [Token]) -> Language {
        var devanagari = 0
        var latin = 0
        var other = 0
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                if (v | 0x20) &- 0x61 < 26 { latin += 1 }
            } else if Devanagari.contains(v) {
                if Devanagari.isWordScalar(v) { devanagari += 1 }  // letters and signs: about one per sound
            } else if ScalarCategory.of(v) == .letter {
                if v &- 0xC0 <= 0x24F - 0xC0 { latin += 1 } else { other += 1 }
            }
        }
        let total = devanagari + latin + other
        guard total > 0 else { return .undetermined }
        if devanagari * 10 >= total * 7 { return .hindi }
        guard latin * 10 >= total * 7 else { return .mixed }
        var hindiWords = 0
        var englishWords = 0
        for token in tokens where token.kind == .word && token.end - token.start <= 5 {
            let word = MatchKey.of(canonical: scalars[token.range])
            if romanizedHindi.contains(word) { hindiWords += 1 }
            if englishFunctionWords.contains(word) { englishWords += 1 }
        }
        return hindiWords >= 3 && hindiWords > englishWords ? .hindi : .english
    }

    /// The language of a string.
    public static func detect(_ string: String) -> Language {
        let canonical = Normalizer.canonical(string)
        return detect(canonical, tokens: Tokenizer.tokenize(canonical))
    }

    static let romanizedHindi: Set<String> = [
        "hai", "hain", "ka", "ki", "ke", "ko", "se", "mein", "main", "aur", "nahi", "nahin", "bhi", "ne", "par",
        "tha", "thi", "the", "ye", "yeh", "woh", "kya", "kar", "raha", "rahi", "gaya", "gayi", "liye", "bhai",
    ]

    static let englishFunctionWords: Set<String> = [
        "the", "and", "of", "to", "in", "is", "was", "for", "on", "that", "with", "as", "at", "by", "from", "it",
        "are", "be", "has", "have", "said", "this", "an", "will", "not",
    ]
}
