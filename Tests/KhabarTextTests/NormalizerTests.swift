import Testing

@testable import KhabarText

@Suite("Canonical normalization")
struct NormalizerTests {
    @Test(
        "canonical text folds invisible and equivalent spellings",
        arguments: [
            // precomposed nukta letter → base + nukta (NFC keeps U+0958–095F decomposed)
            ("\u{095B}िले", "ज\u{093C}िले"),
            ("ज\u{093C}िले", "ज\u{093C}िले"),
            // ऩ is composed by NFC
            ("न\u{093C}", "\u{0929}"),
            // ZWJ / ZWNJ / soft hyphen / BOM / word joiner disappear
            ("क्\u{200D}ष", "क्ष"),
            ("\u{FEFF}हिं\u{200C}दी\u{00AD}", "हिंदी"),
            ("राम\u{2060}लीला", "रामलीला"),
            // the "do not use" sequences of Table 12-1
            ("\u{0905}\u{093E}ज", "आज"),
            ("क\u{093E}\u{0947}", "को"),
            ("\u{090F}\u{0947}सा", "ऐसा"),
            // spaces: NBSP, tabs, zero-width space fold to one space; lines are trimmed
            ("नई\u{00A0}\u{00A0}दिल्ली", "नई दिल्ली"),
            ("  है\t\tयह  \n  वह ", "है यह\nवह"),
            ("एक\u{200B}दो", "एक दो"),
            // line breaks: CR LF, CR, U+2028; at most one blank line
            ("एक\r\nदो\rतीन\u{2028}चार", "एक\nदो\nतीन\nचार"),
            ("एक\n\n\n\nदो", "एक\n\nदो"),
            // | written as a danda after Devanagari, but not between Latin words
            ("दिल्ली हिंसा गहरी साजिश है | इसकी जांच", "दिल्ली हिंसा गहरी साजिश है । इसकी जांच"),
            ("बात है|", "बात है।"),
            ("बात है||", "बात है॥"),
            ("Share: Facebook | Twitter", "Share: Facebook | Twitter"),
            ("नवभारतटाइम्स | Edited By", "नवभारतटाइम्स | Edited By"),
            // a colon after Devanagari stays a colon (no visarga)
            ("उन्होंने कहा: “यह सच है”", "उन्होंने कहा: “यह सच है”"),
            ("नाइजीरिया: 1 मामला", "नाइजीरिया: 1 मामला"),
            // rarer quote marks become the usual ones; '' becomes "
            ("„उद्धरण‟", "“उद्धरण“"),
            ("''अलायंस''", "\"अलायंस\""),
            // Latin accents composed (NFC), numbers untouched
            ("Zu\u{0308}rich 18:58:04 1,00,000", "Zürich 18:58:04 1,00,000"),
            ("", ""),
        ])
    func canonicalForms(input: String, expected: String) {
        #expect(Normalizer.canonical(input).string == expected)
    }

    @Test("every canonical range maps back to the source text it came from")
    func offsetMap() {
        let source = "\u{FEFF}रूस  और\u{200D} उत्तर\r\nकोरिया | “बात”"
        let canonical = Normalizer.canonical(source)
        #expect(canonical.string == "रूस और उत्तर\nकोरिया । “बात”")
        #expect(canonical.sourceOffsets.count == canonical.scalars.count + 1)
        // the word उत्तर in canonical text maps back to exactly उत्तर in the source
        let scalars = canonical.scalars
        let word = Array("उत्तर".unicodeScalars)
        let start = (0..<scalars.count).first { Array(scalars[$0..<min($0 + word.count, scalars.count)]) == word } ?? -1
        #expect(start == 7)
        let range = start..<(start + word.count)
        #expect(source.utf8Slice(canonical.sourceRange(of: range)) == "उत्तर")
        // the danda maps back to the bar it replaced
        let danda = scalars.firstIndex(of: "।") ?? 0
        #expect(source.utf8Slice(canonical.sourceRange(of: danda..<(danda + 1))) == "|")
        // offsets never decrease
        #expect(zip(canonical.sourceOffsets, canonical.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test("a word with other-script combining marks goes through NFC and keeps its map")
    func otherScripts() {
        let source = "Cafe\u{0301} और देखो"
        let canonical = Normalizer.canonical(source)
        #expect(canonical.string == "Café और देखो")
        #expect(source.utf8Slice(canonical.sourceRange(of: 0..<4)) == "Cafe\u{0301}")
    }
}
