import Foundation
import KhabarCore
import KhabarText
import Testing

/// What one quote should be: its words, kind and speaker phrase as written (nil: none).
struct ExpectedQuote: Sendable, CustomStringConvertible {
    var text: String
    var kind: Quote.Kind
    var speaker: String?
    var isOpen = false

    var description: String { "\(kind.rawValue) \(speaker ?? "-"): \(text)" }
}

/// A sentence of our own and the quotes a careful reader marks in it.
struct QuoteCase: Sendable, CustomStringConvertible {
    var input: String
    var expected: [ExpectedQuote]

    init(_ input: String, _ expected: ExpectedQuote...) {
        self.input = input
        self.expected = expected
    }

    var description: String { input }
}

private func direct(_ speaker: String?, _ text: String, open: Bool = false) -> ExpectedQuote {
    ExpectedQuote(text: text, kind: .direct, speaker: speaker, isOpen: open)
}

private func indirect(_ speaker: String?, _ text: String) -> ExpectedQuote {
    ExpectedQuote(text: text, kind: .indirect, speaker: speaker)
}

/// The quotes of `input` as (text, kind, speaker, open), read back from the canonical text.
private func found(_ input: String, mentions: [QuoteExtractor.Mention] = []) -> [ExpectedQuote] {
    let canonical = Normalizer.canonical(input)
    return QuoteExtractor().extract(from: input, mentions: mentions).map { quote in
        ExpectedQuote(
            text: canonical.string(quote.range), kind: quote.kind, speaker: quote.speakerRange.map(canonical.string),
            isOpen: quote.isOpen)
    }
}

/// The scalar ranges of whole-word occurrences of `name` in canonical text (not inside a longer word).
func occurrences(of name: String, in canonical: CanonicalText) -> [Range<Int>] {
    let needle = Normalizer.canonical(name).scalars
    let haystack = canonical.scalars
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    func isWordScalar(_ k: Int) -> Bool {
        guard k >= 0 && k < haystack.count else { return false }
        let v = haystack[k].value
        return (v >= 0x0900 && v <= 0x097F && v != 0x0964 && v != 0x0965) || (v | 0x20) &- 0x61 < 26
    }
    var result: [Range<Int>] = []
    var k = 0
    while k + needle.count <= haystack.count {
        if haystack[k] == needle[0] && Array(haystack[k..<(k + needle.count)]) == needle && !isWordScalar(k - 1)
            && !isWordScalar(k + needle.count)
        {
            result.append(k..<(k + needle.count))
            k += needle.count
        } else {
            k += 1
        }
    }
    return result
}

/// Person mentions for the given names, longest names first so that `प्रिया मेहता` wins over `प्रिया`; each
/// name's entity is the index of its group.
func personMentions(_ groups: [[String]], in canonical: CanonicalText) -> [QuoteExtractor.Mention] {
    var taken: [Range<Int>] = []
    var mentions: [QuoteExtractor.Mention] = []
    let names = groups.enumerated().flatMap { entity, names in names.map { (entity, $0) } }
        .sorted { $0.1.unicodeScalars.count > $1.1.unicodeScalars.count }
    for (entity, name) in names {
        for range in occurrences(of: name, in: canonical) where !taken.contains(where: { $0.overlaps(range) }) {
            taken.append(range)
            mentions.append(QuoteExtractor.Mention(range: range, type: .person, entity: entity))
        }
    }
    return mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
}

@Suite("Quote extraction")
struct QuoteExtractorTests {
    static let hindi: [QuoteCase] = [
        QuoteCase("मंत्री ने कहा, “हम तैयार हैं।”", direct("मंत्री", "हम तैयार हैं।")),
        QuoteCase(
            "“कल से स्कूल खुलेंगे।”, शिक्षा मंत्री रमेश वर्मा ने कहा।", direct("शिक्षा मंत्री रमेश वर्मा", "कल से स्कूल खुलेंगे।")),
        QuoteCase("उन्होंने कहा: “यह गलत है।”", direct("उन्होंने", "यह गलत है।")),
        QuoteCase("सुनीता शर्मा बोलीं, \"हमें न्याय चाहिए।\"", direct("सुनीता शर्मा", "हमें न्याय चाहिए।")),
        QuoteCase("मुख्यमंत्री ने ट्वीट कर कहा, 'सभी सुरक्षित रहें।'", direct("मुख्यमंत्री", "सभी सुरक्षित रहें।")),
        QuoteCase("“बारिश जारी रहेगी” मौसम विभाग ने बताया।", direct("मौसम विभाग", "बारिश जारी रहेगी")),
        QuoteCase(
            "कंपनी ने एक बयान में कहा कि उत्पादन जल्द शुरू होगा।", indirect("कंपनी", "उत्पादन जल्द शुरू होगा")),
        QuoteCase(
            "पुलिस अधीक्षक ने कहा कि आरोपी को गिरफ्तार कर लिया गया है।",
            indirect("पुलिस अधीक्षक", "आरोपी को गिरफ्तार कर लिया गया है")),
        QuoteCase(
            "विशेषज्ञों का कहना है कि बारिश से फसल को नुकसान होगा।", indirect("विशेषज्ञों", "बारिश से फसल को नुकसान होगा")),
        QuoteCase("उनका कहना है, सड़क जल्द बनेगी।", indirect("उनका", "सड़क जल्द बनेगी")),
        QuoteCase("पुलिस के अनुसार, हादसे में तीन लोग घायल हुए।", indirect("पुलिस", "हादसे में तीन लोग घायल हुए")),
        QuoteCase("सूत्रों के मुताबिक बैठक कल होगी।", indirect("सूत्रों", "बैठक कल होगी")),
        QuoteCase("सूत्रों ने बताया कि बैठक टल गई है।", indirect("सूत्रों", "बैठक टल गई है")),
        QuoteCase("विपक्ष ने दावा किया कि चुनाव में धांधली हुई।", indirect("विपक्ष", "चुनाव में धांधली हुई")),
        QuoteCase(
            "उन्होंने सरकार पर किसानों की अनदेखी करने का आरोप लगाया।", indirect("उन्होंने", "सरकार पर किसानों की अनदेखी करने")),
        QuoteCase(
            "प्रशासन ने चेतावनी दी कि नियम तोड़ने वालों पर जुर्माना होगा।",
            indirect("प्रशासन", "नियम तोड़ने वालों पर जुर्माना होगा")),
        QuoteCase("राज्यपाल ने उम्मीद जताई कि हालात सुधरेंगे।", indirect("राज्यपाल", "हालात सुधरेंगे")),
        QuoteCase("उन्होंने यह भी कहा कि जांच जारी है।", indirect("उन्होंने", "जांच जारी है")),
        QuoteCase("नेता ने इस फैसले को “पूरी तरह गलत” बताया।", direct("नेता", "पूरी तरह गलत")),
        QuoteCase(
            "मंत्रालय के बयान में कहा गया है कि स्थिति नियंत्रण में है।", indirect("मंत्रालय के बयान", "स्थिति नियंत्रण में है")),
        QuoteCase(
            "विभाग ने कहा कि सड़कें बंद रहेंगी, जबकि पुलिस ने कहा कि यातायात सामान्य है।",
            indirect("विभाग", "सड़कें बंद रहेंगी"), indirect("पुलिस", "यातायात सामान्य है")),
        QuoteCase("उन्होंने ‘आकाशवाणी’ से कहा, “हम जीतेंगे।”", direct("उन्होंने", "हम जीतेंगे।")),
        QuoteCase("अधिकारी ने कहा कि “काफी” प्रगति हुई है।", indirect("अधिकारी", "“काफी” प्रगति हुई है")),
        QuoteCase("एजेंसी ने मंत्री के हवाले से कहा, “बातचीत जारी है।”", direct("मंत्री", "बातचीत जारी है।")),
        QuoteCase(
            "बैठक के बाद मंत्री रमेश और श्री सोहन ने कहा कि सहयोग बढ़ेगा।",
            indirect("मंत्री रमेश और श्री सोहन", "सहयोग बढ़ेगा")),
        QuoteCase(
            "पहली बार केरल के स्वास्थ्य मंत्री (Health Minister) ने कहा कि टीका सुरक्षित है।",
            indirect("केरल के स्वास्थ्य मंत्री (Health Minister)", "टीका सुरक्षित है")),
        QuoteCase(
            "विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) और यूनिसेफ ने कहा कि टीके सुरक्षित हैं।",
            indirect("विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) और यूनिसेफ", "टीके सुरक्षित हैं")),
        QuoteCase("विपक्ष लगातार कह रहा है कि आंकड़े गलत हैं।", indirect("विपक्ष लगातार", "आंकड़े गलत हैं")),
        QuoteCase(
            "नगर निगम की ओर से बताया गया कि पानी की आपूर्ति बहाल है।", indirect("नगर निगम", "पानी की आपूर्ति बहाल है")),
        QuoteCase("आयोग ने ने कहा कि मतदान शांतिपूर्ण रहा।", indirect("आयोग", "मतदान शांतिपूर्ण रहा")),
        QuoteCase("डॉक्टरों की मानें तो खतरा टला नहीं है।", indirect("डॉक्टरों", "खतरा टला नहीं है")),
        QuoteCase("इसमें कहा गया है कि जांच पूरी हो गई।", indirect("इसमें", "जांच पूरी हो गई")),
    ]

    static let english: [QuoteCase] = [
        QuoteCase("\"We will rebuild,\" said Mayor Jane Smith.", direct("Mayor Jane Smith", "We will rebuild")),
        QuoteCase("“The talks failed,” he said.", direct("he", "The talks failed")),
        QuoteCase("The minister said: \"Prices will fall.\"", direct("The minister", "Prices will fall.")),
        QuoteCase(
            "Officials said that the bridge would reopen next week.",
            indirect("Officials", "the bridge would reopen next week")),
        QuoteCase(
            "According to the police, two people were injured.", indirect("the police", "two people were injured")),
        QuoteCase(
            "Two people were injured, according to local officials.",
            indirect("local officials", "Two people were injured")),
        QuoteCase("He told reporters that the plan was ready.", indirect("He", "the plan was ready")),
        QuoteCase(
            "Maria Costa, Brazil's health minister, said on Monday that talks would go on.",
            indirect("Maria Costa, Brazil's health minister", "talks would go on")),
    ]

    static let moreEnglish: [QuoteCase] = [
        QuoteCase(
            "\"This is a breakthrough,\" the minister told reporters in Delhi.",
            direct("the minister", "This is a breakthrough")),
        QuoteCase(
            "\"We appreciate it,\" said the envoy, according to the embassy.", direct("the envoy", "We appreciate it")),
        QuoteCase("She added: \"Nobody expected this.\"", direct("She", "Nobody expected this.")),
    ]

    /// Sentences with quote marks or speech words in them and no quote a careful reader would mark.
    static let none: [String] = [
        "नियमों के अनुसार दुकानें बंद रहेंगी।",
        "शहर के ‘ग्रीन बेल्ट’ इलाकों में पाबंदी जारी है।",
        "ऐसा कहा जा रहा है कि बैठक टल सकती है।",
        "उसे अलविदा कहते हुए सब रो पड़े।",
        "वह 5'10\" लंबा है और 12\" की स्क्रीन देखता है।",
        "It was said that the plan failed.",
        "आज एक करोड़ रुपये के अनुसार भुगतान हुआ।",
        "“नमस्ते”",
    ]

    @Test("Hindi frames: direct before and after, colon, बोलीं, ट्वीट कर, reported कहा कि, का कहना, के अनुसार", arguments: hindi)
    func hindiFrames(_ example: QuoteCase) {
        let quotes = found(example.input)
        #expect(quotes.map(\.description) == example.expected.map(\.description))
    }

    @Test("English frames: said X, X said, said that, according to, told, appositive", arguments: english + moreEnglish)
    func englishFrames(_ example: QuoteCase) {
        let quotes = found(example.input)
        #expect(quotes.map(\.description) == example.expected.map(\.description))
    }

    @Test("no quote in scare quotes, titles, passives, participles, inch marks, non-sources", arguments: none)
    func noQuote(_ input: String) {
        #expect(found(input).isEmpty, "\(found(input))")
    }

    @Test("a quote of several sentences is one quote")
    func multiSentence() {
        let quotes = found("उन्होंने कहा, “पहला वाक्य। दूसरा वाक्य। तीसरा वाक्य।” फिर सभा खत्म हुई।")
        #expect(quotes.map(\.description) == [direct("उन्होंने", "पहला वाक्य। दूसरा वाक्य। तीसरा वाक्य।").description])
    }

    @Test("a quote left open at a paragraph end continues when the next paragraph opens a quote mark")
    func continuedAcrossParagraphs() {
        let text = "मंत्री ने कहा, “पहला हिस्सा यहां है।\n“दूसरा हिस्सा यहां है।”\nअगली खबर।"
        let quotes = found(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "पहला हिस्सा यहां है।\n“दूसरा हिस्सा यहां है।")
        #expect(quotes.first?.isOpen == false)
        #expect(quotes.first?.speaker == "मंत्री")
    }

    @Test("an unclosed quote ends at its paragraph end and is flagged open")
    func unclosed() {
        let quotes = found("प्रवक्ता ने कहा, \"यह अधूरा बयान है।\nअगला पैराग्राफ अलग है।")
        #expect(quotes.map(\.description) == [direct("प्रवक्ता", "यह अधूरा बयान है।", open: true).description])
        #expect(quotes.first?.isOpen == true)
    }

    @Test("a quote mark opened by mistake in prose is no quote, and does not hide the frames after it")
    func strayMark() {
        let quotes = found("कल हमने 'बाजार जाने का इरादा छोड़ दिया। डॉक्टर ने कहा कि सब ठीक है।")
        #expect(quotes.map(\.description) == [indirect("डॉक्टर", "सब ठीक है").description])
    }

    @Test("nested quotes stay inside the outer quote")
    func nested() {
        let quotes = found("उन्होंने कहा, “हमने ‘शांति’ का वादा किया था।”")
        #expect(quotes.map(\.description) == [direct("उन्होंने", "हमने ‘शांति’ का वादा किया था।").description])
    }

    @Test("straight quotes are opened and closed by context, doubled singles count as doubles")
    func straightAndDoubled() {
        let straight = found("उन्होंने कहा, \"पहला।\" फिर मंत्री ने कहा, \"दूसरा।\"")
        #expect(straight.map(\.description) == [direct("उन्होंने", "पहला।"), direct("मंत्री", "दूसरा।")].map(\.description))
        let doubled = found("उन्होंने कहा, ‘‘ हम तैयार हैं, ‘जल्द’ आएंगे ।''")
        #expect(doubled.map(\.description) == [direct("उन्होंने", "हम तैयार हैं, ‘जल्द’ आएंगे ।").description])
        let guillemets = found("उन्होंने कहा, «सब ठीक है।»")
        #expect(guillemets.map(\.description) == [direct("उन्होंने", "सब ठीक है।").description])
        let apostrophe = found("उन्होंने कहा, 'डेरेक ओ'ब्रायन भी आए।'")
        #expect(apostrophe.map(\.description) == [direct("उन्होंने", "डेरेक ओ'ब्रायन भी आए।").description])
        let backwards = found("कंपनी ने अपने ऐप को ” साथी” नाम दिया।")
        #expect(backwards.isEmpty)
    }

    @Test("a quote standing alone after a quote continues its speaker")
    func continuation() {
        let text = "डॉक्टर ने कहा, “मरीज अब ठीक है।”\n“उसे कल अस्पताल से छुट्टी मिल जाएगी।”"
        let canonical = Normalizer.canonical(text)
        let quotes = QuoteExtractor().extract(from: text)
        #expect(quotes.count == 2)
        #expect(quotes.last.map { canonical.string($0.range) } == "उसे कल अस्पताल से छुट्टी मिल जाएगी।")
        #expect(quotes.last?.speakerRange == nil)
        #expect(quotes.last?.antecedentRange.map(canonical.string) == "डॉक्टर")
    }

    @Test("a pronoun speaker resolves to the latest person in subject position, not to a person after से")
    func pronounToSubject() {
        let text = "प्रिया मेहता ने अनिल कपूर से मुलाकात की। उन्होंने कहा कि काम जारी रहेगा।"
        let canonical = Normalizer.canonical(text)
        let mentions = personMentions([["प्रिया मेहता"], ["अनिल कपूर"]], in: canonical)
        let quotes = QuoteExtractor().extract(from: text, mentions: mentions)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speakerMention.map { canonical.string(mentions[$0].range) } == "प्रिया मेहता")
        #expect(quotes.first?.antecedentRange.map(canonical.string) == "प्रिया मेहता")
    }

    @Test("the person heading a sentence's first noun phrase is a subject; one after से is not")
    func pronounToSentenceSubject() {
        let text = "दिल्ली निवासी प्रिया मेहता एक संगठन की प्रमुख हैं। अनिल कपूर से मिलने के बाद उन्होंने कहा कि काम जारी रहेगा।"
        let canonical = Normalizer.canonical(text)
        let mentions = personMentions([["प्रिया मेहता"], ["अनिल कपूर"]], in: canonical)
        let quotes = QuoteExtractor().extract(from: text, mentions: mentions)
        #expect(quotes.first?.speakerMention.map { mentions[$0].entity } == 0)
    }

    @Test("a feminine verb skips a more recent man")
    func pronounByGender() {
        let text = "श्रीमती सुनीता शर्मा ने बैठक बुलाई। इसके बाद श्री राहुल वर्मा ने भाषण दिया। वह बोलीं, \"हम साथ हैं।\""
        let canonical = Normalizer.canonical(text)
        let mentions = personMentions([["सुनीता शर्मा"], ["राहुल वर्मा"]], in: canonical)
        let quotes = QuoteExtractor().extract(from: text, mentions: mentions)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speakerMention.map { mentions[$0].entity } == 0)
        // Without the verb's gender the most recent subject wins.
        let neutral = text.replacingOccurrences(of: "वह बोलीं", with: "उन्होंने कहा")
        let neutralQuotes = QuoteExtractor().extract(
            from: neutral,
            mentions: personMentions(
                [["सुनीता शर्मा"], ["राहुल वर्मा"]], in: Normalizer.canonical(neutral)))
        #expect(neutralQuotes.first?.speakerMention.map { mentions[$0].entity } == 1)
    }

    @Test("a speaker phrase names the person mention it holds; English he resolves too")
    func speakerMention() {
        let text = "राज्य स्वास्थ्य विभाग की प्रवक्ता नेहा सिंह ने कहा कि जांच जारी है।"
        let canonical = Normalizer.canonical(text)
        var mentions = personMentions([["नेहा सिंह"]], in: canonical)
        mentions.append(
            QuoteExtractor.Mention(range: occurrences(of: "राज्य स्वास्थ्य विभाग", in: canonical)[0], type: .organization))
        let quotes = QuoteExtractor().extract(from: text, mentions: mentions)
        #expect(quotes.first?.speakerMention.map { mentions[$0].type } == .person)
        let english = "Mr. John Reed met the press on Monday. He said the deal was done."
        let englishCanonical = Normalizer.canonical(english)
        let englishMentions = personMentions([["John Reed"]], in: englishCanonical)
        let englishQuotes = QuoteExtractor().extract(from: english, mentions: englishMentions)
        #expect(englishQuotes.map { englishCanonical.string($0.range) } == ["the deal was done"])
        #expect(englishQuotes.first?.speakerMention == 0)
    }

    @Test("a cue is reported as written")
    func cue() {
        let text = "दोनों कंपनियों ने किसी गुप्त सौदे से इनकार किया है।"
        let canonical = Normalizer.canonical(text)
        let quote = QuoteExtractor().extract(from: text).first
        #expect(quote.flatMap { $0.cue }.map(canonical.string) == "इनकार किया है")
        #expect(quote.flatMap { $0.speakerRange }.map(canonical.string) == "दोनों कंपनियों")
        #expect(quote.map { canonical.string($0.range) } == "किसी गुप्त सौदे")
    }

    // MARK: Bad input

    @Test("quote marks of every style, unbalanced, never crash and never give an empty range")
    func unbalanced() {
        let inputs = [
            "\"\"\"'''“““‘‘’’”»«‹›", "”", "उन्होंने कहा, “", "कहा कि", "ने", "“ने कहा”", "'a' \"b", ",\"", "के अनुसार",
            "according to", "said", "\"…,\" said", String(repeating: "“", count: 1000), "उन्होंने कहा, '''' हम",
        ]
        for input in inputs {
            let quotes = QuoteExtractor().extract(from: input)
            let length = Normalizer.canonical(input).count
            #expect(quotes.allSatisfy { !$0.range.isEmpty && $0.range.upperBound <= length }, "\(input)")
        }
    }

    @Test("random runs of speech words, quote marks, brackets and line breaks keep every range inside the text")
    func fuzz() {
        let pieces = [
            "कहा", "ने", "कि", "“", "”", "\"", "'", "‘", "’", "‘‘", "''", "«", "»", "\n", "।", ".", ",", ":", "(", ")",
            "उन्होंने", "उनका", "कहना", "है", "के", "की", "का", "अनुसार", "हवाले", "से", "बोलीं", "दावा", "किया", "गया",
            "में", "और", "मंत्री", "राम", "5", "said", "he", "according", "to", "that", "The", "Minister", "-", "मानें",
            "तो",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<(1 + next(40)) {
                text += pieces[next(pieces.count)]
                if next(3) > 0 { text += " " }
            }
            let canonical = Normalizer.canonical(text)
            let mentions = personMentions([["राम"], ["मंत्री"]], in: canonical)
            for quote in QuoteExtractor().extract(from: text, mentions: mentions) {
                let inside = { (range: Range<Int>) in range.lowerBound >= 0 && range.upperBound <= canonical.count }
                #expect(!quote.range.isEmpty && inside(quote.range), "\(text)")
                #expect(quote.speakerRange.map(inside) ?? true, "\(text)")
                #expect(quote.cue.map(inside) ?? true, "\(text)")
                #expect(quote.speakerMention.map { $0 < mentions.count } ?? true, "\(text)")
            }
        }
    }

    @Test("mentions out of range or overlapping are tolerated")
    func badMentions() {
        let text = "उन्होंने कहा कि सब ठीक है।"
        let mentions = [
            QuoteExtractor.Mention(range: 500..<600, type: .person),
            QuoteExtractor.Mention(range: 0..<0, type: .person),
            QuoteExtractor.Mention(range: 0..<3, type: .person, entity: 7),
            QuoteExtractor.Mention(range: 1..<5, type: .place),
        ]
        #expect(QuoteExtractor().extract(from: text, mentions: mentions).count == 1)
    }

    /// The CPU time this thread has used: unlike the wall clock it does not count the time other tests, run in
    /// parallel on a small machine, keep the thread waiting.
    private func threadCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// Extracts from `text` already through the text layer and returns the quotes and the extraction's CPU time.
    private func timedExtraction(_ text: String) -> ([Quote], Duration, Int) {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let terms = Term.terms(of: canonical, tokens: tokens)
        let sentences = SentenceSegmenter.segment(canonical, tokens: tokens)
        let start = threadCPUTime()
        let quotes = QuoteExtractor().extract(canonical, tokens: tokens, terms: terms, sentences: sentences)
        return (quotes, threadCPUTime() - start, canonical.count)
    }

    @Test("a 10 MB article with no sentence end and unbalanced quotes: under 2 s of extraction CPU even in debug")
    func huge() {
        let unit = """
            सरकार के प्रवक्ता ने कहा कि राज्य में हालात तेजी से सुधर रहे हैं और "लोगों को घबराने की जरूरत नहीं है \
            लेकिन सावधानी बरतनी होगी क्योंकि अगले कुछ दिनों में बाजार और स्कूल धीरे-धीरे खोले जाएंगे तथा उनके अनुसार \
            जांच की संख्या बढ़ाई जा रही है और '
            """
        let (quotes, elapsed, length) = timedExtraction(String(repeating: unit, count: 10_000_000 / unit.utf8.count))
        #expect(elapsed < .seconds(2), "took \(elapsed)")
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { !$0.range.isEmpty && $0.range.upperBound <= length })
        // Reported words stop long before the text end, so the output stays linear in the input.
        #expect(quotes.filter { $0.kind == .indirect }.allSatisfy { $0.range.count < 5_000 })
    }

    @Test("1 MB of nothing but frames and quote marks stays linear")
    func dense() {
        let unit = "उन्होंने कहा कि \"बात के अनुसार उन्होंने कहा, 'नहीं "  // two frames and two marks every 12 tokens
        let (quotes, elapsed, length) = timedExtraction(String(repeating: unit, count: 1_000_000 / unit.utf8.count))
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { !$0.range.isEmpty && $0.range.upperBound <= length })
    }

    @Test("empty text and text of spaces")
    func empty() {
        #expect(QuoteExtractor().extract(from: "").isEmpty)
        #expect(QuoteExtractor().extract(from: "   \n\n  ").isEmpty)
    }
}
