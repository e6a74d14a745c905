import Foundation
import KhabarCore
import Testing

@Suite("Cleaning rules keep prose")
struct CleanerTests {
    func clean(_ text: String, title: String? = nil) -> CleanedArticle {
        Cleaner().clean(Fixtures.raw(text, title: title))
    }

    @Test(
        "prose that looks a little like furniture stays",
        arguments: [
            "उन्होंने कहा: “हम हर हाल में राहत पहुंचाएंगे।” इसके बाद वे बैठक में चले गए।",
            "संभवत: देश में अगले सप्ताह से बारिश कम होगी और नदियों का जलस्तर घटेगा।",
            "प्रधानमंत्री ने कहा कि सभी लोग आरोग्य सेतु ऐप डाउनलोड करें और हमें इस लड़ाई में साथ दें।",
            "उन्होंने ट्विटर और फेसबुक पर लिखा कि राहत सामग्री जल्द पहुंचेगी।",
            "आईएनएस जलाश्व से 698 लोग वापस लौटे ।",
            "यह फैसला 3 जुलाई 2026 को लिया गया था और 8 जुलाई तक लागू रहेगा।",
            "मैच का स्कोर 1-0 रहा और 15-20 हजार दर्शक मौजूद थे।",
            "रूसी राज्य समाचार एजेंसी RIA ने कहा कि वार्ता सफल रही।",
            "दिल्ली में सोमवार को 356 नए #कोरोनावायरस मामले सामने आए।",
        ])
    func proseStays(line: String) {
        let text = "पहला अनुच्छेद यहां है और इसमें पूरी बात लिखी गई है।\n\(line)\nआखिरी अनुच्छेद भी पूरा वाक्य है।"
        let cleaned = clean(text)
        #expect(cleaned.removed.isEmpty, "removed: \(cleaned.removed.map(\.text))")
        #expect(cleaned.text.contains(line.trimmingCharacters(in: .whitespaces)))
    }

    @Test("a first line that repeats the given headline is removed as a repeated headline")
    func repeatedHeadline() {
        let cleaned = clean("बाढ़ से हाल बेहाल\nपटना में गंगा खतरे के निशान से ऊपर बह रही है।", title: "बाढ़ से हाल बेहाल")
        #expect(cleaned.removed.map(\.reason) == [.repeatedHeadline])
        #expect(cleaned.removed.first?.detail == "repeats the headline")
        #expect(cleaned.title == "बाढ़ से हाल बेहाल" && !cleaned.titleFromText)
    }

    @Test("garbled lines: replacement characters, UTF-8 read as Latin-1, vowel signs stripped")
    func garbled() {
        let mojibake = "à¤•à¥‹à¤°à¥‹à¤¨à¤¾ à¤µà¤¾à¤¯à¤°à¤¸ à¤¸à¥‡ à¤¬à¤šà¤¾à¤µ"
        let stripped = "उततर परदश क सरकर न कह क सभ सकल बद रहग और परकष सथगत क गई ह"
        let cleaned = clean("पहला अनुच्छेद पूरा है।\n\(mojibake)\n\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} ab\n\(stripped)\nअंत।")
        #expect(cleaned.removed.map(\.reason) == [.garbled, .garbled, .garbled])
        #expect(
            cleaned.removed.map(\.detail) == [
                "UTF-8 read as Latin-1", "replacement characters", "vowel signs stripped",
            ])
        #expect(cleaned.text == "पहला अनुच्छेद पूरा है।\nअंत।")
    }

    @Test("furniture of other outlets: credits, disclaimers, glued share widgets, a trailing disclaimer span")
    func furniture() {
        let text = """
            Edited By Naina Gupta | नवभारतटाइम्स.कॉम | Updated: 01 Mar 2020, 02:53:00 PM IST
            रांची : झारखंड में कोरोना के तीन नए मामले सामने आए हैं और सभी मरीजों का इलाज जारी है।
            facebooktwitteremail
            प्रयागराज में नवजात को भी मास्क लगाया गया - फोटो : पीटीआई
            स्वास्थ्य विभाग ने लोगों से घरों में रहने को कहा है। (यह आर्टिकल एजेंसी फीड से ऑटो-अपलोड हुआ है । इसे टीम ने एडिट नहीं किया है ।)
            (इनपुट: एजेंसी)
            """
        let cleaned = clean(text)
        #expect(cleaned.removed.map(\.reason) == [.byline, .dateline, .widget, .byline, .disclaimer, .byline])
        #expect(cleaned.published?.iso == "2020-03-01T14:53:00+05:30")
        #expect(cleaned.dateline?.place == "रांची")
        #expect(
            cleaned.text
                == "झारखंड में कोरोना के तीन नए मामले सामने आए हैं और सभी मरीजों का इलाज जारी है।\n"
                + "स्वास्थ्य विभाग ने लोगों से घरों में रहने को कहा है।")
    }

    @Test("a table row that starts with a date is not a timestamp")
    func tableRow() {
        let cleaned = clean("तारीख और मामले\n2 मई 2020\t2567\n3 मई 2020\t2717\nकुल मामले बढ़ते रहे।")
        #expect(cleaned.removed.isEmpty)
    }

    @Test("an article of nothing but furniture cleans to empty text, everything kept as removed")
    func onlyFurniture() {
        let cleaned = clean("What's Your Reaction?\nLike 0 Dislike 0\n#एक #दो #तीन\n2024-06-19 10:00:00")
        #expect(cleaned.text.isEmpty)
        #expect(cleaned.removed.count == 4)
    }

    @Test("empty and whitespace-only text does not crash")
    func emptyText() {
        #expect(clean("").text.isEmpty)
        #expect(clean(" \n\n\t ").removed.isEmpty)
    }

    @Test("a 10 MB article is cleaned in bounded time")
    func hugeArticle() {
        let paragraph = "रूस और उत्तर कोरिया ने एक नए साझेदारी समझौते पर हस्ताक्षर किए हैं, जिसमें हमले की स्थिति में मदद का वादा है।"
        var text = ""
        var k = 0
        while text.utf8.count < 10_000_000 {
            text += "\(k). " + paragraph + "\n"
            k += 1
        }
        let clock = ContinuousClock()
        let started = clock.now
        let cleaned = clean(text)
        #expect(clock.now - started < .seconds(60))
        #expect(cleaned.text.utf8.count > 9_000_000)
    }
}

@Suite("Publication dates")
struct PublicationDateTests {
    @Test(
        "ISO, RFC 2822 and written stamps parse",
        arguments: [
            ("2020-03-10", "2020-03-10"),
            ("2023-09-17 18:58:04", "2023-09-17T18:58:04"),
            ("2026-07-14T09:30:00+05:30", "2026-07-14T09:30:00+05:30"),
            ("2026-07-14T04:00:00.123Z", "2026-07-14T04:00:00Z"),
            ("Tue, 14 Jul 2026 09:30:00 +0530", "2026-07-14T09:30:00+05:30"),
            ("Wed, Mar 4, 2020, 9:12 AM IST", "2020-03-04T09:12:00+05:30"),
            ("06:42 PM, 28-MAR-2020", "2020-03-28T18:42:00"),
            ("17 सितम्बर 2023", "2023-09-17"),
            ("17/09/2023", "2023-09-17"),
            ("१७ सितंबर २०२३", "2023-09-17"),
        ])
    func parses(text: String, iso: String) {
        #expect(PublicationDate(parsing: text)?.iso == iso)
    }

    @Test("impossible dates are refused", arguments: ["2023-02-30", "2023-13-01", "30 फरवरी 2023", "कल", ""])
    func refuses(text: String) {
        #expect(PublicationDate(parsing: text) == nil)
    }

    @Test("day numbers and weekdays")
    func calendar() throws {
        let date = try #require(PublicationDate(year: 2024, month: 6, day: 19))
        #expect(date.weekday == 3)  // a Wednesday
        #expect(PublicationDate.fromDayNumber(date.dayNumber) == date)
        #expect(date.adding(days: 12).iso == "2024-07-01")
        #expect(try #require(PublicationDate(year: 2024, month: 2, day: 29)).adding(days: 365).iso == "2025-02-28")
    }
}
