import Testing

@testable import KhabarText

/// The tokens of `text` as strings.
func tokenStrings(_ text: String) -> [String] {
    let canonical = Normalizer.canonical(text)
    return Tokenizer.tokenize(canonical).map { canonical.string($0.range) }
}

func tokens(_ text: String) -> (CanonicalText, [Token]) {
    let canonical = Normalizer.canonical(text)
    return (canonical, Tokenizer.tokenize(canonical))
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(
        "tokens never cut a word at a vowel sign, keep numbers and abbreviations whole",
        arguments: [
            ("लोगों ने कहा", ["लोगों", "ने", "कहा"]),
            ("उन्होंने कहा: “मुझे संदेह नहीं”", ["उन्होंने", "कहा", ":", "“", "मुझे", "संदेह", "नहीं", "”"]),
            ("मॉस्को से लगभग 8,000 किमी दूर", ["मॉस्को", "से", "लगभग", "8,000", "किमी", "दूर"]),
            ("कुल 1,00,000 लोग", ["कुल", "1,00,000", "लोग"]),
            ("2023-09-17 18:58:04", ["2023-09-17", "18:58:04"]),
            ("एक-दूसरे की मदद", ["एक", "दूसरे", "की", "मदद"]),
            ("डॉ. मनमोहन सिंह", ["डॉ.", "मनमोहन", "सिंह"]),
            ("300 ई.पू. में", ["300", "ई.पू.", "में"]),
            ("5 कि.मी. दूर", ["5", "कि.मी.", "दूर"]),
            ("ए. के. एंटनी", ["ए.", "के.", "एंटनी"]),
            ("21वीं सदी", ["21वीं", "सदी"]),
            ("U.S. officials met Dr. Rao", ["U.S.", "officials", "met", "Dr.", "Rao"]),
            ("North Korea's Kim", ["North", "Korea's", "Kim"]),
            ("#उततर #करयई #नत", ["#उततर", "#करयई", "#नत"]),
            (
                "— BRICS News (@BRICSinfo) June 19, 2024",
                ["—", "BRICS", "News", "(", "@BRICSinfo", ")", "June", "19", ",", "2024"]
            ),
            ("toast. pic.twitter.com/OlnDuFg5Vo", ["toast", ".", "pic.twitter.com/OlnDuFg5Vo"]),
            ("देखें https://example.com/a?b=1.", ["देखें", "https://example.com/a?b=1", "."]),
            ("वादा…", ["वादा", "…"]),
            ("है... फिर", ["है", "...", "फिर"]),
            ("COVID-19 के", ["COVID", "19", "के"]),
            ("3.5 प्रतिशत", ["3.5", "प्रतिशत"]),
        ])
    func tokenTable(input: String, expected: [String]) {
        #expect(tokenStrings(input) == expected)
    }

    @Test("kinds and flags")
    func kindsAndFlags() {
        let (_, list) = tokens("एक-दूसरे 8,000 #टैग @handle डॉ. Kim\nनई")
        #expect(list.map(\.kind) == [.word, .word, .number, .hashtag, .mention, .word, .word, .word])
        #expect(list[1].flags.contains(.hyphenated))
        #expect(!list[0].flags.contains(.hyphenated))
        #expect(list[5].flags.contains(.abbreviation))
        #expect(list[0].flags.contains(.devanagari))
        #expect(list[6].flags.contains(.latin))
        #expect(list[0].flags.contains(.lineStart) && list[7].flags.contains(.lineStart))
        #expect(!list[6].flags.contains(.lineStart))
    }

    @Test("a hyphen with spaces around it is punctuation")
    func spacedHyphen() {
        #expect(tokenStrings("दिल्ली - मुंबई") == ["दिल्ली", "-", "मुंबई"])
    }
}
