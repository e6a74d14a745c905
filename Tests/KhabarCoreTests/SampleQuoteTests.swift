import Foundation
import KhabarCore
import KhabarText
import Testing

/// The quotes a careful reader marks in the five shared sample articles (read at test time, never copied here).
@Suite("Quotes in the shared samples", .enabled(if: Fixtures.samplesPresent))
struct SampleQuoteTests {
    struct Found {
        var canonical: CanonicalText
        var quotes: [Quote]
        var mentions: [QuoteExtractor.Mention]

        /// The quote whose words start with `prefix`.
        func quote(startingWith prefix: String) -> Quote? {
            quotes.first { canonical.string($0.range).hasPrefix(prefix) }
        }

        func text(_ quote: Quote?) -> String? { quote.map { canonical.string($0.range) } }
        func speaker(_ quote: Quote?) -> String? { quote?.speakerRange.map(canonical.string) }
        /// The entity (name group) the quote's speaker resolves to.
        func entity(_ quote: Quote?) -> Int? { quote?.speakerMention.flatMap { mentions[$0].entity } }
    }

    /// Extracts the quotes of a sample with person mentions made by finding the given names in its text.
    func extract(_ prefix: String, names: [[String]]) throws -> Found {
        let text = try Fixtures.sample(prefix).text
        let canonical = Normalizer.canonical(text)
        let mentions = personMentions(names, in: canonical)
        return Found(
            canonical: canonical, quotes: QuoteExtractor().extract(from: text, mentions: mentions), mentions: mentions)
    }

    @Test("000: Putin's and Kim's reported words, and Kim's direct quote behind उन्होंने")
    func sample000() throws {
        let found = try extract("000", names: [["व्लादिमीर पुतिन", "पुतिन"], ["किम जोंग उन", "किम"], ["किम यो जोंग"]])
        let security = found.quote(startingWith: "सुरक्षा और अंतर्राष्ट्रीय मुद्दों")
        #expect(security?.kind == .indirect)
        #expect(found.text(security)?.hasSuffix("बहुत कुछ लिया") == true)
        #expect(found.entity(security) == 0)
        let peaceful = found.quote(startingWith: "समझौता शांतिपूर्ण")
        #expect(found.entity(peaceful) == 1)
        let doubt = found.quote(startingWith: "मुझे इसमें कोई संदेह नहीं है")
        #expect(doubt?.kind == .direct)
        #expect(found.text(doubt)?.hasSuffix("बन जाएगा।") == true)
        #expect(found.speaker(doubt) == "उन्होंने")
        #expect(found.entity(doubt) == 1)
        let media = found.quote(startingWith: "रूस और उत्तर कोरिया ने स्वास्थ्य सेवा")
        #expect(found.speaker(media) == "रूसी राज्य मीडिया")
        // The deal's name in quotes is no quote.
        #expect(found.quote(startingWith: "व्यापक रणनीतिक साझेदारी") == nil)
    }

    @Test("001: Kim to Putin, उन्होंने stays with Kim, RIA quoting Putin, a partial quote, the allies' का कहना")
    func sample001() throws {
        let found = try extract("001", names: [["किम जोंग उन", "किम"], ["व्लादिमीर पुतिन", "पुतिन"]])
        let pledge = found.quote(startingWith: "और मैं फिर से पुष्टि करना चाहता हूं")
        #expect(pledge?.kind == .direct)
        #expect(found.speaker(pledge) == "किम")
        #expect(found.entity(pledge) == 0)
        let support = found.quote(startingWith: "उत्तर कोरिया संप्रभुता")
        #expect(found.speaker(support) == "उन्होंने")
        #expect(found.entity(support) == 0)  // not Putin, who stands after से
        let ria = found.quote(startingWith: "हम यूक्रेनी सहित रूसी नीति")
        #expect(found.speaker(ria) == "पुतिन")
        #expect(found.entity(ria) == 1)
        let partial = found.quote(startingWith: "पूरी तरह से शांतिप्रिय")
        #expect(found.text(partial) == "पूरी तरह से शांतिप्रिय और रक्षात्मक")
        #expect(found.entity(partial) == 0)
        let allies = found.quote(startingWith: "उन्हें डर है")
        #expect(found.speaker(allies) == "संयुक्त राज्य अमेरिका और उसके सहयोगियों")
        let reuters = found.quote(startingWith: "उत्तर कोरिया के किम जोंग उन")
        #expect(found.speaker(reuters) == "रायटर्स")
        #expect(found.quotes.filter { $0.kind == .direct }.count == 6)
    }

    @Test("002 copies 001's paragraphs: the same direct quotes with the same speakers")
    func sample002() throws {
        let names = [["किम जोंग उन", "किम"], ["व्लादिमीर पुतिन", "पुतिन"]]
        let copy = try extract("002", names: names)
        let original = try extract("001", names: names)
        func directs(_ found: Found) -> [String] {
            found.quotes.filter { $0.kind == .direct }.map { "\(found.entity($0) ?? -1) \(found.text($0) ?? "")" }
        }
        #expect(directs(copy) == directs(original))
    }

    @Test("003: Lavrov and Kozlov quoted directly and reported, pronouns resolved, KCNA's partial quote")
    func sample003() throws {
        let found = try extract(
            "003", names: [["सर्गेई लावरोव", "लावरोव"], ["अलेक्जेंडर कोज़लोव", "कोज़लोव"], ["किम जोंग उन", "किम"], ["पुतिन"]])
        let cooperate = found.quote(startingWith: "रूस संयुक्त राष्ट्र के प्रतिबंधों के बावजूद")
        #expect(found.speaker(cooperate) == "विदेश मंत्री सर्गेई लावरोव")
        #expect(found.entity(cooperate) == 0)
        let sanctions = found.quote(startingWith: "हमने उत्तर कोरिया के खिलाफ प्रतिबंधों")
        #expect(found.text(sanctions)?.hasSuffix("सुरक्षा परिषद ने की।") == true)
        #expect(found.entity(sanctions) == 0)
        let dprk = found.quote(startingWith: "हम डीपीआरके के साथ")
        #expect(found.speaker(dprk) == "श्री लावरोव")
        let interest = found.quote(startingWith: "किम जोंग उन इसमें बहुत रुचि")
        #expect(found.speaker(interest) == "श्री कोज़लोव")
        #expect(found.entity(interest) == 1)
        let projects = found.quote(startingWith: "दोनों देशों ने लंबे समय से बंद पड़ी")
        #expect(found.speaker(projects) == "उन्होंने")
        #expect(found.entity(projects) == 1)
        let kcna = found.quote(startingWith: "उत्साही और गर्मजोशीपूर्ण")
        #expect(kcna?.kind == .direct)
        #expect(found.speaker(kcna) == "उत्तर कोरियाई समाचार एजेंसी केसीएनए")
        let kremlin = found.quote(startingWith: "किसी समझौते पर हस्ताक्षर नहीं किए गए")
        #expect(found.speaker(kremlin) == "क्रेमलिन")
    }

    @Test("004: the spokesman's quote never closes and runs to the paragraph end; slogans are no quotes")
    func sample004() throws {
        let found = try extract("004", names: [["किम जोंग उन", "किम जोंग-उन", "किम जोंग", "किम"], ["पुतिन"], ["मैथ्यू मिलन"]])
        let open = found.quote(startingWith: "यह परेशान करने वाली बात है")
        #expect(open?.isOpen == true)
        #expect(found.text(open)?.hasSuffix("उल्लंघन करेंगे।") == true)
        #expect(found.speaker(open) == "अमेरिकी गृह विभाग के प्रवक्ता मैथ्यू मिलन")
        #expect(found.entity(open) == 2)
        let agency = found.quote(startingWith: "पुतिन ने किम जोंग का आमंत्रण")
        #expect(found.speaker(agency) == "कोरियन सेंट्रल न्यूज एजेंसी")
        #expect(found.quote(startingWith: "पूर्ण और बिना शर्त समर्थन") == nil)
        #expect(found.quote(startingWith: "साम्राज्यवादियों के सैन्य खतरों") == nil)
    }
}
