public import KhabarCore
import KhabarText

/// Rewrites Hindi text with the spelling variants news outlets use for the same words (HINDI.md): nukta
/// forms, chandrabindu for anusvara, nasal conjuncts, ॉ for ा, word-final ये/यी, curly quotes, ZWJ after a
/// virama. A copy rewritten this way has the same match key as the original, so Khabar must see the two as
/// exact duplicates, where a byte or whitespace-token comparison sees them as different texts.
public enum SpellingVariants {
    /// Word-level substitutions (common spelling → variant).
    public static let words: [(String, String)] = [
        ("हिंदी", "हिन्दी"), ("संबंध", "सम्बन्ध"), ("उत्तराखंड", "उत्तराखण्ड"), ("गांधी", "गाँधी"), ("पांच", "पाँच"),
        ("जिले", "ज़िले"), ("जिला", "ज़िला"), ("मुताबिक", "मुताबिक़"), ("बाजार", "बाज़ार"), ("गए", "गये"),
        ("गई", "गयी"), ("नई", "नयी"), ("किए", "किये"), ("लिए", "लिये"), ("दिए", "दिये"), ("हुए", "हुये"),
        ("मास्को", "मॉस्को"), ("आस्ट्रेलिया", "ऑस्ट्रेलिया"), ("कांग्रेस", "काँग्रेस"), ("संपर्क", "सम्पर्क"),
        ("अंदर", "अन्दर"), ("ज्यादा", "ज़्यादा"), ("जरूरत", "ज़रूरत"), ("फिर", "फ़िर"), ("दिल्ली", "दिल्\u{200D}ली"),
    ]

    private static let table: [[UInt32]: [Unicode.Scalar]] = {
        var result: [[UInt32]: [Unicode.Scalar]] = [:]
        for (common, variant) in words {
            result[common.unicodeScalars.map(\.value)] = Array(variant.unicodeScalars)
        }
        return result
    }()

    /// A seeded generator, so perturbed copies are the same on every run.
    public typealias Generator = SeededGenerator

    /// `text` with every listed word in its variant spelling, straight double quotes curled, and a ZWJ after
    /// the virama of about one word in six.
    public static func rewrite(_ text: String, generator: inout Generator) -> String {
        var output: [Unicode.Scalar] = []
        var word: [Unicode.Scalar] = []
        var quoteOpen = false
        func flush() {
            if let variant = table[word.map(\.value)] {
                output += variant
            } else if word.contains(where: { $0.value == Devanagari.virama }),
                Int.random(in: 0..<6, using: &generator) == 0
            {
                for scalar in word {
                    output.append(scalar)
                    if scalar.value == Devanagari.virama { output.append("\u{200D}") }
                }
            } else {
                output += word
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if ScalarCategory.of(scalar.value).isWordPart {
                word.append(scalar)
                continue
            }
            flush()
            if scalar == "\"" {
                output.append(quoteOpen ? "”" : "“")
                quoteOpen.toggle()
            } else {
                output.append(scalar)
            }
        }
        flush()
        return String.fromScalars(output[...])
    }
}
