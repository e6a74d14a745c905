import Testing

@testable import KhabarText

@Suite("Match keys")
struct MatchKeyTests {
    @Test(
        "spelling variants of one word share a key",
        arguments: [
            ("मास्को", "मॉस्को"),
            ("हिन्दी", "हिंदी"),
            ("ज़िले", "जिले"),
            ("मुताबिक़", "मुताबिक"),
            ("पाँच", "पांच"),
            ("गाँधी", "गांधी"),
            ("उत्तराखण्ड", "उत्तराखंड"),
            ("ऑस्ट्रेलिया", "आस्ट्रेलिया"),
            ("सम्बन्ध", "संबंध"),
            ("गये", "गए"),
            ("नयी", "नई"),
            ("किये गये", "किए गए"),
            ("२०२३", "2023"),
            ("Putin", "PUTIN"),
            ("Zürich", "zurich"),
            ("“अलायंस”", "\"अलायंस\""),
            ("\u{095B}िले", "ज\u{093C}िले"),
            ("कहा  \u{200D}है", "कहा है"),
        ])
    func variantsMatch(a: String, b: String) {
        #expect(MatchKey.of(a) == MatchKey.of(b))
    }

    @Test(
        "different words keep different keys",
        arguments: [
            ("गुरुवार", "गुरूवार"),  // vowel length is not folded
            ("किम", "किमी"),
            ("अन्य", "अंय"),  // न before य stays a conjunct
            ("सम्मान", "संमान"),  // a doubled nasal stays
            ("ये", "ए"),  // the word ये is not word-final ये after a letter
            ("दिया", "दिए"),
        ])
    func differentWords(a: String, b: String) {
        #expect(MatchKey.of(a) != MatchKey.of(b))
    }

    @Test("the key of a sentence keeps its words apart and drops nukta and case")
    func sentenceKey() {
        #expect(MatchKey.of("रूसी राज्य समाचार एजेंसी RIA ने कहा") == "रूसी राज्य समाचार एजेंसी ria ने कहा")
        #expect(MatchKey.of("बाज़ार  में\tज़्यादा") == "बाजार में ज्यादा")
    }
}

@Suite("Bit-set tables agree with their definitions")
struct BitSetTableTests {
    @Test("the Devanagari mark set is the block's M* scalars")
    func devanagariMarks() {
        for value in UInt32(0x0900)...0x097F {
            let category = Unicode.Scalar(value).map { $0.properties.generalCategory }
            let isMark = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
            #expect(Devanagari.isSign(value) == isMark, "U+\(String(value, radix: 16))")
        }
    }

    @Test("ASCII categories match the Unicode general categories")
    func asciiCategories() {
        for value in UInt32(0x21)...0x7E {
            let category = Unicode.Scalar(value).map { $0.properties.generalCategory }
            let punctuation: Set<Unicode.GeneralCategory> = [
                .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation,
            ]
            let expected: ScalarCategory =
                category.map { punctuation.contains($0) } == true
                ? .punctuation
                : (value &- 0x30 < 10 ? .digit : ((value | 0x20) &- 0x61 < 26 ? .letter : .symbol))
            #expect(ScalarCategory.of(value) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("every Devanagari scalar outside the special set is its own match key")
    func specialSet() {
        for value in UInt32(0x0900)...0x097F where !MatchKey.isSpecial(value) {
            guard let scalar = Unicode.Scalar(value), Normalizer.canonical(String(scalar)).scalars == [scalar]
            else { continue }  // the nukta letters are decomposed before keys are taken
            let word = "क" + String(scalar) + "क"
            let key = Array(MatchKey.of(word).unicodeScalars)
            #expect(key == Normalizer.canonical(word).scalars, "U+\(String(value, radix: 16))")
        }
    }
}

@Suite("Word terms for duplicates")
struct WordTermTests {
    @Test("the fast word hashes equal the hashes of the words' match keys")
    func fastPathAgrees() {
        let text = "हिन्दी मॉस्को गये नयी सम्बन्ध ज़िले पाँच २०२३ Putin's “quote” अन्य दिया लिये कहा, 1,00,000 एक-दूसरे"
        let canonical = Normalizer.canonical(text)
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in canonical.scalars {
            if ScalarCategory.of(scalar.value).isWordPart {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        let expected = words.map { word in
            Array(MatchKey.of(canonical: word[...]).unicodeScalars).withUnsafeBufferPointer { StableHash.hash($0) }
        }
        #expect(TextPipeline.wordTermHashes(text) == expected)
        #expect(TextPipeline.wordTermHashes("हिन्दी") == TextPipeline.wordTermHashes("हिंदी"))
        #expect(TextPipeline.wordTermHashes("गये नयी") == TextPipeline.wordTermHashes("गए नई"))
    }
}
