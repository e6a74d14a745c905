import Foundation
import KhabarCore
import KhabarText
import Testing

/// What corpus-level linking needs of one document: common words are no names, head words type a name,
/// Latin forms render the name, a title stands for the person it introduced.
@Suite("entity rules for a corpus")
struct CorpusEntityRuleTests {
    let reader = Fixtures.annotator

    @Test(
        "acronyms spelled in letter names are written in capitals; names keep a final conjunct's vowel",
        arguments: [
            ("यूपीएमआरसी", "UPMRC"), ("आईसीएमआर", "ICMR"), ("डब्ल्यूएचओ", "WHO"), ("केंद्र सरकार", "Kendra Sarkar"),
            ("लव अग्रवाल", "Lav Agrawal"), ("स्वास्थ्य विभाग", "Swasthya Vibhag"), ("पुतिन", "Putin"),
        ])
    func transliteration(name: String, latin: String) {
        #expect(CanonicalEntity.transliteration(name) == latin)
    }

    @Test(
        "a disease, a common noun and a verb are no names, and no short form of one",
        arguments: [
            "कोरोना वॉरियर रमेश के घर पहुंचे। कोरोना से लड़ाई लंबी है। कोरोना के मामले बढ़े और कोरोना की जांच जारी है।",
            "मरीज को अस्पताल ले जाया गया। मरीज की हालत ठीक है और मरीज के परिजन घर गया।",
        ])
    func commonWords(text: String) {
        let reading = reader.annotate(text: text, language: .hindi)
        for word in ["कोरोना", "मरीज", "गया", "कोरोना वॉरियर"] {
            #expect(!reading.entities.contains { $0.name == word }, "\(word) became an entity")
            #expect(!reading.entities.contains { $0.aliases.contains(MatchKey.of(word)) && $0.type == .person })
        }
    }

    @Test("head words type a name: a hospital after a person's name, a religious group, a zone")
    func headWords() {
        let text =
            "घायलों को सुशीला तिवारी मेडिकल कॉलेज में भर्ती कराया गया। तब्लीगी जमात के लोगों की तलाश जारी है। "
            + "प्रशासन ने भेलूपुर जोन में सख्ती बढ़ाई।"
        let reading = reader.annotate(text: text, language: .hindi)
        #expect(!reading.entities.contains { $0.type == .person && $0.name.contains("तिवारी") })
        #expect(reading.entities.contains { $0.type == .organization && $0.name.hasSuffix("मेडिकल कॉलेज") })
        #expect(!reading.entities.contains { $0.type == .person && $0.name.contains("जमात") })
        #expect(!reading.entities.contains { $0.type == .person && $0.name.contains("जोन") })
    }

    @Test("a gazetteer gives the Latin form of the full name only: मोदी in सुशील कुमार मोदी's article is not Narendra")
    func latinOfTheFullName() {
        let text =
            "बिहार के उपमुख्यमंत्री सुशील कुमार मोदी ने पटना में बैठक की। बैठक के बाद मोदी ने कहा कि जांच तेज होगी। "
            + "इटली (Italy Coronavirus) में हालात बिगड़े।"
        let reading = reader.annotate(text: text, language: .hindi)
        let sushil = reading.entities.first { $0.name == "सुशील कुमार मोदी" }
        #expect(sushil != nil)
        #expect(sushil?.english == nil)
        #expect(!(sushil?.linkKeys.identifying.contains { $0.contains("Narendra") } ?? true))
        #expect(reading.entities.first { $0.name == "इटली" }?.english == "Italy")
    }

    @Test("a title-only speaker is the person the article introduced with that title (सीएम = मुख्यमंत्री)")
    func titleSpeaker() throws {
        let text =
            "प्रदेश के उप मुख्यमंत्री केशव प्रसाद मौर्य रविवार को गोरखपुर पहुंचे। वहां उन्होंने अस्पताल का दौरा किया। "
            + "डिप्टी सीएम ने कहा कि गांवों तक नई सड़कें बनाई जाएंगी।"
        let reading = reader.annotate(text: text, language: .hindi)
        let maurya = try #require(reading.entities.firstIndex { $0.name == "केशव प्रसाद मौर्य" })
        let quote = try #require(reading.quotes.last)
        #expect(reading.speaker(of: quote) == maurya)
    }

    @Test("`<place> के <title>` speaks as the person the article names with that title, before or after, not the place")
    func officeHolderSpeaker() throws {
        let text =
            "पुणे के मेयर ने दावा किया है कि शहर में संक्रमण की दर घट रही है। "
            + "बाद में पुणे के मेयर मुरलीधर मोहोल ने अस्पतालों का दौरा किया।"
        let reading = reader.annotate(text: text, language: .hindi)
        let mayor = try #require(reading.entities.firstIndex { $0.name == "मुरलीधर मोहोल" })
        let quote = try #require(reading.quotes.first)
        #expect(reading.speaker(of: quote) == mayor)
        // With nobody named so, the speaker is the phrase as written (the office), not the place.
        let alone = "पुणे के मेयर ने दावा किया है कि शहर में संक्रमण की दर घट रही है।"
        let unnamed = reader.annotate(text: alone, language: .hindi)
        let office = try #require(unnamed.quotes.first)
        #expect(unnamed.speaker(of: office) == nil)
        let shown = try #require(office.shownSpeakerRange)
        #expect(Normalizer.canonical(alone).string(shown) == "पुणे के मेयर")
    }

    @Test("इसमें कहा गया है stands for the organisation whose statement it is; साफ किया कि reports speech")
    func statementsAndClarifications() throws {
        let text =
            "स्वास्थ्य मंत्रालय ने बुधवार को बयान जारी किया। इसमें कहा गया है कि सभी राज्यों में जांच बढ़ाई जाएगी। "
            + "मेयर रमेश वर्मा ने साफ किया कि शहर के बाजार खुले रहेंगे।"
        let reading = reader.annotate(text: text, language: .hindi)
        let ministry = try #require(reading.entities.firstIndex { $0.name == "स्वास्थ्य मंत्रालय" })
        let verma = try #require(reading.entities.firstIndex { $0.name == "रमेश वर्मा" })
        #expect(reading.quotes.count == 2)
        #expect(reading.quotes.first.map { reading.speaker(of: $0) } == ministry)
        #expect(reading.quotes.last.map { reading.speaker(of: $0) } == verma)
    }

    @Test("इसकी जानकारी X ने दी reports the sentence before it as X's words, also when X comes first or is cited")
    func tidingsBefore() throws {
        let cases: [(text: String, said: String, speaker: String)] = [
            (
                "राज्य में संक्रमण के 12 नए मामले सामने आए हैं। यह जानकारी शनिवार को स्वास्थ्य मंत्री रमेश वर्मा ने दी।",
                "राज्य में संक्रमण के 12 नए मामले सामने आए हैं", "रमेश वर्मा"
            ),
            (
                "जिले के सभी स्कूल 31 मार्च तक बंद रहेंगे। जिलाधिकारी सुनील कुमार ने ट्वीट कर इसकी जानकारी दी।",
                "जिले के सभी स्कूल 31 मार्च तक बंद रहेंगे", "सुनील कुमार"
            ),
            (
                "दो संदिग्ध मरीज अस्पताल में भर्ती हैं। इसकी जानकारी समाचार एजेंसी ने डॉक्टर अनिल मेहता के हवाले से दी है।",
                "दो संदिग्ध मरीज अस्पताल में भर्ती हैं", "अनिल मेहता"
            ),
        ]
        for (text, said, speaker) in cases {
            let reading = reader.annotate(text: text, language: .hindi)
            let person = try #require(reading.entities.firstIndex { $0.name == speaker }, "\(speaker) in \(text)")
            #expect(reading.quotes.count == 1, "\(text)")
            let quote = try #require(reading.quotes.first)
            #expect(Normalizer.canonical(text).string(quote.range) == said)
            #expect(reading.speaker(of: quote) == person)
        }
        // Words already attributed are not reported twice; a pointing word without a speaker is no frame.
        let framed = reader.annotate(
            text: "मंत्री रमेश वर्मा ने कहा कि बाजार खुले रहेंगे। यह जानकारी उन्होंने पत्रकारों को दी।", language: .hindi)
        #expect(framed.quotes.count == 1)
        let plain = reader.annotate(text: "राज्य में 12 नए मामले सामने आए हैं। यह जानकारी गलत है।", language: .hindi)
        #expect(plain.quotes.isEmpty)
    }

    @Test("words that qualify an institution (स्वास्थ्य, जिला) are never names on their own; बाल (ठाकरे) may be")
    func modifiersAreCommon() {
        for word in ["स्वास्थ्य", "जिला", "केंद्रीय", "कोरोना", "मंत्रालय"] {
            #expect(CommonWords.contains(Term(word)), "\(word)")
        }
        for word in ["बाल", "ठाकरे", "मोदी", "पटना"] { #expect(!CommonWords.contains(Term(word)), "\(word)") }
        // A glued token after स्वास्थ्य makes no person whose first word could be lent to every article.
        let reading = reader.annotate(
            text: "स्वास्थ्य मंत्रालयनयी दिल्ली में बैठक हुई। स्वास्थ्य सेवाओं पर चर्चा हुई।", language: .hindi)
        #expect(!reading.entities.contains { $0.type == .person && $0.name.hasPrefix("स्वास्थ्य") })
    }

    @Test("one name spelled with other vowels is one entity; names with other vowels in their consonants are not")
    func spellings() {
        func person(_ name: String) -> DocumentEntity {
            DocumentEntity(name: name, type: .person, english: nil, mentions: [0], aliases: [MatchKey.of(name)])
        }
        var directory = EntityDirectory()
        let first = directory.resolve(person("साद कंधालवी"))
        #expect(directory.resolve(person("साद कांधलवी")) == first)
        let sunil = directory.resolve(person("सुनील कुमार"))
        #expect(directory.resolve(person("सोनल कुमार")) != sunil)
    }
}
