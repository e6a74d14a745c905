import Foundation
import KhabarCore
import KhabarText
import Testing

/// The whole annotation of a document: entities, quotes and dates together, and what hostile text does to it.
@Suite("Annotator")
struct AnnotatorTests {
    let reader = Fixtures.annotator

    @Test("a quote's speaker is the person entity, through उन्होंने too; dates resolve against the publication date")
    func quotesAndDates() throws {
        let text =
            "विदेश मंत्री सर्गेई लावरोव ने बुधवार को कहा, “हम बातचीत जारी रखेंगे।” उन्होंने कहा कि अगले सप्ताह "
            + "एक और बैठक होगी। 17 सितंबर 2023 को दोनों देशों ने समझौता किया था।"
        let published = try #require(PublicationDate(year: 2023, month: 9, day: 21))
        let reading = reader.annotate(text: text, language: .hindi, published: published)
        let lavrov = try #require(reading.entities.firstIndex { $0.name == "सर्गेई लावरोव" })
        #expect(reading.quotes.count == 2)
        #expect(reading.quotes.allSatisfy { reading.speaker(of: $0) == lavrov })
        #expect(reading.quotes.first?.kind == .direct)
        #expect(reading.quotes.last?.kind == .indirect)
        let canonical = Normalizer.canonical(text)
        let dates = Dictionary(reading.dates.map { (canonical.string($0.range), $0.value) }) { a, _ in a }
        #expect(dates["बुधवार"] == "2023-09-20")
        #expect(dates["17 सितंबर 2023"] == "2023-09-17")
        #expect(dates["अगले सप्ताह"] == "2023-W39")
    }

    @Test("without a publication date relative dates stay unresolved, absolute ones do not")
    func unresolved() {
        let reading = reader.annotate(text: "कल बैठक हुई थी। इससे पहले 5 जून 2024 को समझौता हुआ था।", language: .hindi)
        #expect(reading.dates.contains { $0.relative && $0.value == nil && $0.precision == .unresolved })
        #expect(reading.dates.contains { $0.value == "2024-06-05" })
    }

    @Test("Devanagari digits are read as numbers")
    func devanagariDigits() {
        let reading = reader.annotate(text: "१७ सितंबर २०२३ को मुख्यमंत्री रमेश वर्मा पटना पहुंचे।", language: .hindi)
        #expect(reading.dates.contains { $0.value == "2023-09-17" })
        #expect(reading.mentions.contains { $0.text == "पटना" })
    }

    @Test("unbalanced and mixed quote marks end at the paragraph and never swallow the next one")
    func unbalancedQuotes() {
        let text = "मंत्री ने कहा, “हम तैयार हैं और लड़ेंगे।\nदूसरा पैराग्राफ ‘अलग’ है\" और \"यहां «कुछ» भी।"
        let reading = reader.annotate(text: text, language: .hindi)
        let canonical = Normalizer.canonical(text)
        let open = reading.quotes.first { $0.isOpen }
        #expect(open.map { canonical.string($0.range) } == "हम तैयार हैं और लड़ेंगे।")
        #expect(reading.quotes.allSatisfy { !canonical.string($0.range).contains("\n") })
    }

    @Test("a 10 MB article with no sentence end is read in bounded time", .timeLimit(.minutes(2)))
    func hugeRunOn() {
        var text = ""
        let piece = "राष्ट्रपति व्लादिमीर पुतिन ने कहा कि “मास्को में 12 मार्च को बैठक होगी और किम जोंग उन आएंगे "
        while text.utf8.count < 10 << 20 { text += piece }
        let reading = reader.annotate(text: text, language: .hindi)
        #expect(reading.mentions.count > 10_000)
        #expect(reading.entities.count < 20)
        #expect(!reading.dates.isEmpty)
    }

    @Test("empty, blank and binary-looking text read to nothing")
    func emptyText() {
        for text in ["", "   \n\n ", "\u{0}\u{1}\u{FFFD}\u{FFFD}", "।।।।", "“”\"\"‘’"] {
            let reading = reader.annotate(text: text, language: .hindi)
            #expect(reading.mentions.isEmpty && reading.quotes.isEmpty && reading.dates.isEmpty)
        }
    }
}
