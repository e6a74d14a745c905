import Foundation
import KhabarCore
import KhabarText
import Testing

/// The five real scraped articles in ../shared/samples/hindi-news: every embed, widget, hashtag line,
/// timestamp and the paragraph printed twice are removed with the right reason; no prose sentence is.
@Suite("Cleaning the shared samples", .enabled(if: Fixtures.samplesPresent))
struct SampleCleaningTests {
    let cleaner = Cleaner()

    func clean(_ prefix: String) throws -> (text: String, cleaned: CleanedArticle) {
        let sample = try Fixtures.sample(prefix)
        return (sample.text, cleaner.clean(Fixtures.raw(sample.text, path: sample.name)))
    }

    /// Every non-blank line of the original is either the title, in the cleaned text, or covered by a removal.
    func expectNothingLost(_ original: String, _ cleaned: CleanedArticle) {
        let body = Set(cleaned.text.split(separator: "\n").map(String.init))
        let removedText = cleaned.removed.map(\.text)
        for line in original.split(separator: "\n").map({ Normalizer.canonical(String($0)).string }) where !line.isEmpty
        {
            let inBody = body.contains(line) || body.contains { line.hasSuffix($0) && $0.unicodeScalars.count > 20 }
            let isTitle = cleaned.title == line
            let isRemoved = removedText.contains { Normalizer.canonical($0).string == line }
            #expect(inBody || isTitle || isRemoved, "line lost: \(line.prefix(60))")
        }
    }

    @Test("000: the paragraph printed twice is removed once, as repeated; the teaser is the headline")
    func sample000() throws {
        let (original, cleaned) = try clean("000")
        #expect(cleaned.removed.map(\.reason) == [.repeated])
        #expect(cleaned.removed.first?.text.hasPrefix("रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता") == true)
        #expect(cleaned.title?.hasPrefix("रूस और उत्तर कोरिया ने एक नए साझेदारी समझौते") == true)
        let copies = cleaned.text.components(separatedBy: "रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता").count - 1
        #expect(copies == 1)
        #expect(cleaned.text.contains("उन्होंने कहा, “मुझे इसमें कोई संदेह नहीं है"))
        expectNothingLost(original, cleaned)
    }

    @Test("001: the tweet and its attribution are a social embed; prose with English names stays")
    func sample001() throws {
        let (original, cleaned) = try clean("001")
        #expect(cleaned.removed.map(\.reason) == [.socialEmbed, .socialEmbed])
        #expect(cleaned.removed[0].text.contains("pic.twitter.com/OlnDuFg5Vo"))
        #expect(cleaned.removed[1].text == "— BRICS News (@BRICSinfo) June 19, 2024")
        #expect(cleaned.title == nil)
        #expect(cleaned.text.contains("किम जोंग उन (Kim Jong Un)"))
        #expect(cleaned.text.contains("रूसी राज्य समाचार एजेंसी RIA ने"))
        expectNothingLost(original, cleaned)
    }

    @Test("002: the headline is taken; the question subhead and every paragraph stay")
    func sample002() throws {
        let (original, cleaned) = try clean("002")
        #expect(cleaned.removed.isEmpty)
        #expect(cleaned.title == "पुतिन और किम ने कर ली ऐसी डील, टेंशन में आ गया अमेरिका-जानें क्या हुआ है समझौता?")
        #expect(cleaned.text.contains("किम और पुतिन ने समझौते पर क्या कहा?"))
        expectNothingLost(original, cleaned)
    }

    @Test("003: the bare timestamp becomes the publication date; the garbled hashtag line goes")
    func sample003() throws {
        let (original, cleaned) = try clean("003")
        #expect(cleaned.removed.map(\.reason) == [.timestamp, .hashtags])
        #expect(cleaned.removed[0].text == "2023-09-17 18:58:04")
        #expect(cleaned.removed[1].text.hasPrefix("#उततर #करयई"))
        #expect(cleaned.removed[1].detail == "vowel signs stripped")
        #expect(cleaned.published?.iso == "2023-09-17T18:58:04")
        #expect(cleaned.text.contains("मॉस्को से लगभग 8,000 किमी दूर"))
        expectNothingLost(original, cleaned)
    }

    @Test("004: the reaction widget and the agency dateline go; the dateline is kept as metadata")
    func sample004() throws {
        let (original, cleaned) = try clean("004")
        #expect(cleaned.removed.map(\.reason) == [.dateline, .widget])
        #expect(cleaned.removed[0].text == "नॉर्थ कोरिया। (आरएनआई)")
        #expect(cleaned.removed[1].text == "What's Your Reaction?")
        #expect(cleaned.dateline?.place == "नॉर्थ कोरिया")
        #expect(cleaned.dateline?.agency == "आरएनआई")
        #expect(cleaned.title == "किम जोंग ने पुतिन को दिया उत्तर कोरिया दौरे का न्योता")
        #expect(cleaned.text.contains("\nरूस की यात्रा पर गए नॉर्थ कोरिया के तानाशाह किम जोंग उन ने"))
        expectNothingLost(original, cleaned)
    }

    @Test("removed pieces point at their exact place in the original")
    func offsets() throws {
        for prefix in ["000", "001", "003", "004"] {
            let (original, cleaned) = try clean(prefix)
            let scalars = Array(original.unicodeScalars)
            for piece in cleaned.removed {
                #expect(String.fromScalars(scalars[piece.start..<piece.end]) == piece.text)
            }
        }
    }
}
