import Testing

@testable import KhabarText

func sentenceStrings(_ text: String) -> [String] {
    let canonical = Normalizer.canonical(text)
    let tokens = Tokenizer.tokenize(canonical)
    return SentenceSegmenter.segment(canonical, tokens: tokens).map { canonical.string($0.range) }
}

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    @Test(
        "sentences end at danda, ? and !, and at a dot only where a dot ends a sentence",
        arguments: [
            ("यह पहला है। यह दूसरा है।", ["यह पहला है।", "यह दूसरा है।"]),
            ("क्या यह सच है? हां! बिल्कुल॥", ["क्या यह सच है?", "हां!", "बिल्कुल॥"]),
            ("डॉ. शर्मा ने कहा। फिर वे गए।", ["डॉ. शर्मा ने कहा।", "फिर वे गए।"]),
            (
                "उन्होंने कहा, “मुझे इसमें कोई संदेह नहीं है।” फिर वे चले गए।",
                ["उन्होंने कहा, “मुझे इसमें कोई संदेह नहीं है।”", "फिर वे चले गए।"]
            ),
            (
                "उन्होंने कहा, \"यह ठीक है।\" फिर वे गए।",
                ["उन्होंने कहा, \"यह ठीक है।\"", "फिर वे गए।"]
            ),
            // a text that ends its sentences with dots (as 001 in the samples does)
            (
                "नेताओं ने बुधवार को हस्ताक्षर किए. इस समझौते में मदद शामिल है.",
                ["नेताओं ने बुधवार को हस्ताक्षर किए.", "इस समझौते में मदद शामिल है."]
            ),
            // in a danda text a dot after Devanagari is an abbreviation, not an end
            (
                "यह है। वह 5 कि.मी. दूर है। सं. सचिव ने कहा।",
                ["यह है।", "वह 5 कि.मी. दूर है।", "सं. सचिव ने कहा।"]
            ),
            ("इसमें 1,00,000 रुपये लगे। समय 18:58:04 था।", ["इसमें 1,00,000 रुपये लगे।", "समय 18:58:04 था।"]),
            ("Mr. Putin met Kim. They signed a pact.", ["Mr. Putin met Kim.", "They signed a pact."]),
            ("It was signed in 2020. The deal holds.", ["It was signed in 2020.", "The deal holds."]),
            ("See e.g. the U.S. report. It is long.", ["See e.g. the U.S. report.", "It is long."]),
            ("पहली पंक्ति\nदूसरी पंक्ति", ["पहली पंक्ति", "दूसरी पंक्ति"]),
            ("1. पहला बिंदु\n2. दूसरा बिंदु", ["1. पहला बिंदु", "2. दूसरा बिंदु"]),
            ("वादा… और फिर", ["वादा… और फिर"]),
            ("समझौता (जो अहम है।) हुआ।", ["समझौता (जो अहम है।)", "हुआ।"]),
        ])
    func sentenceTable(input: String, expected: [String]) {
        #expect(sentenceStrings(input) == expected)
    }

    @Test("text with no sentence end is one sentence; empty text has none")
    func noEnds() {
        #expect(sentenceStrings("कोई विराम नहीं बस शब्द") == ["कोई विराम नहीं बस शब्द"])
        #expect(sentenceStrings("").isEmpty)
        #expect(sentenceStrings("   \n ").isEmpty)
    }

    @Test("sentence token ranges cover every token once, in order")
    func tokenRanges() {
        let canonical = Normalizer.canonical("यह है। वह था।\nनई पंक्ति? हां")
        let tokens = Tokenizer.tokenize(canonical)
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        #expect(sentences.count == 4)
        #expect(sentences.first?.tokens.lowerBound == 0)
        #expect(sentences.last?.tokens.upperBound == tokens.count)
        for (a, b) in zip(sentences, sentences.dropFirst()) {
            #expect(a.tokens.upperBound == b.tokens.lowerBound)
        }
    }
}
