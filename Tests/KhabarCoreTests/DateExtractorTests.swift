import Foundation
import KhabarCore
import KhabarText
import Testing

/// The texts of the time expressions found in `text`.
func timeTexts(_ text: String, published: PublicationDate? = nil) -> [String] {
    let canonical = Normalizer.canonical(text)
    return DateExtractor().extract(from: text, published: published).map { $0.text(in: canonical) }
}

/// The one expression whose text is `span` in `text`.
func timeExpression(_ span: String, in text: String, published: PublicationDate?) -> TimeExpression? {
    let canonical = Normalizer.canonical(text)
    return DateExtractor().extract(from: text, published: published).first { $0.text(in: canonical) == span }
}

/// Friday 14 June 2024.
let friday = PublicationDate(year: 2024, month: 6, day: 14)

@Suite("Time expressions: spans")
struct DateSpanTests {
    @Test(
        "spans follow the ILTIMEX conventions",
        arguments: [
            ("सरकार ने पिछले साल नया कानून बनाया।", ["पिछले साल"]),
            ("वह शुक्रवार को दिल्ली पहुंचे और 2008 में लौटे।", ["शुक्रवार", "2008"]),
            ("करीब दो साल पहले यह पुल बना था।", ["दो साल पहले"]),
            ("मेला 27 से 30 जनवरी तक चलेगा।", ["27 से 30 जनवरी"]),
            ("बैठक शनिवार व रविवार को होगी।", ["शनिवार", "रविवार"]),
            ("नतीजे 30 सितंबर या 1 अक्टूबर को आएंगे।", ["30 सितंबर", "1 अक्टूबर"]),
            ("सोमवार की रात तेज बारिश हुई।", ["सोमवार की रात"]),
            ("बुधवार सुबह करीब 10 बजे धमाका हुआ।", ["बुधवार सुबह करीब 10 बजे"]),
            ("धरना शाम 6 बजे खत्म हुआ।", ["शाम 6 बजे"]),
            ("हर साल यहां मेला लगता है।", ["हर साल"]),
            ("दिवाली पर बाजार सजे।", ["दिवाली"]),
            ("उनकी 13 साल की बेटी स्कूल गई।", ["13 साल"]),
            ("बीते 3 दिसंबर को हादसा हुआ।", ["3 दिसंबर"]),
            ("पिछले कुछ सालों में शहर बदला है।", ["पिछले कुछ सालों"]),
            ("सर्दियों में झील जम जाती है।", ["सर्दियों"]),
            ("1950 के दशक में यह इमारत बनी।", ["1950 के दशक"]),
            ("दिन भर बारिश होती रही।", ["दिन भर"]),
            ("वर्ष 2004 से वर्ष 2008 तक वह मंत्री रहे।", ["वर्ष 2004 से वर्ष 2008"]),
            ("यह काम 2004- 2005 में हुआ।", ["2004- 2005"]),
            ("आज से पांच साल पहले यहां जंगल था।", ["आज से पांच साल पहले"]),
            ("इस साल के अंत तक सड़क बनेगी।", ["इस साल के अंत"]),
            ("कुछ ही दिनों में सब ठीक हो गया।", ["कुछ ही दिनों"]),
            ("आने वाले दिनों में ठंड बढ़ेगी।", ["आने वाले दिनों"]),
            ("उसने 15- 20 दिन इंतजार किया।", ["15- 20 दिन"]),
            ("जांच में चार या पांच महीने लगेंगे।", ["चार", "पांच महीने"]),
            ("होली के दिन गांव में मेला था।", ["होली के दिन"]),
            ("पिछले महीने 25 साल के युवक की मौत हुई।", ["पिछले महीने", "25 साल"]),
            ("गांधी जयंती पर छुट्टी रहेगी।", ["गांधी जयंती"]),
            ("समय - समय पर जांच होती है।", ["समय - समय"]),
        ])
    func hindiSpans(text: String, expected: [String]) {
        #expect(timeTexts(text) == expected)
    }

    @Test(
        "words that are not time expressions stay out",
        arguments: [
            "इस वक्त कोई नहीं बोला, अब सब चुप हैं।",
            "45 वर्षीय व्यक्ति को गिरफ्तार किया गया।",
            "वह रोजाना दफ्तर जाता है।",
            "मॉस्को से लगभग 8,000 किमी दूर 2,00,000 लोग जमा हुए।",
            "2000 लोगों ने रैली में हिस्सा लिया।",
            "छात्रों ने कैंडल मार्च निकाला।",
            "उसने मुझसे कॉल पर बात की।",
            "पानी की कल - कल सुनाई दी।",
            "2.5 हेक्टेयर जमीन पर 12 मकान बने।",
            "May God bless you, he said.",
            "अब तक 300 मामले दर्ज हुए हैं।",
            "ईरान में फंसे करीब 2000 भारतीय नागरिक लौटेंगे।",
            "अब तक 1936 मरीज सामने आए हैं।",
            "संक्रमितों की कुल संख्या 2069 हो गई है।",
            "एक 24/7 नियंत्रण कक्ष बनाया गया।",
            "",
        ])
    func nonExpressions(text: String) {
        #expect(timeTexts(text).isEmpty)
    }

    @Test(
        "spelling variants, Devanagari digits, stamps and numeric dates",
        arguments: [
            ("१७ सितम्बर २०२३ को फ़ैसला आया।", "१७ सितम्बर २०२३", "2023-09-17"),
            ("गुरूवार को फ़ैसला आया।", "गुरूवार", "2024-06-13"),
            ("अपडेट: 2023-09-17 18:58:04", "2023-09-17 18:58:04", "2023-09-17T18:58:04"),
            ("सुनवाई 17/09/2023 को होगी।", "17/09/2023", "2023-09-17"),
            ("सुनवाई 17.09.2023 को होगी।", "17.09.2023", "2023-09-17"),
            ("बैठक 5 नवम्बर, 2023 को हुई।", "5 नवम्बर, 2023", "2023-11-05"),
            ("The summit was held on June 19, 2024 in Delhi.", "June 19, 2024", "2024-06-19"),
            ("It ended on 19 June 2024.", "19 June 2024", "2024-06-19"),
            ("लाइव अपडेट 07:14 AM, 03-APR-2020 हिमाचल में", "07:14 AM, 03-APR-2020", "2020-04-03T07:14"),
        ])
    func writtenDates(text: String, span: String, value: String) {
        let found = timeExpression(span, in: text, published: friday)
        #expect(found?.value == value, "\(timeTexts(text, published: friday))")
    }

    @Test("English relative words take their modifiers and leave prepositions out")
    func englishSpans() {
        #expect(timeTexts("He said on Monday that talks resume next month.") == ["Monday", "next month"])
        #expect(timeTexts("The minister resigned three days ago, not last week.") == ["three days ago", "last week"])
        #expect(timeTexts("Yesterday it rained; today it is sunny.") == ["Yesterday", "today"])
    }

    @Test("garbage and unbalanced text neither crashes nor invents spans")
    func garbage() {
        let inputs = [
            "से", "- - - से लेकर", "को की के का", "((((“", "साल साल साल साल साल साल साल साल साल साल साल साल साल साल",
            "😀 ९९९९ 0000 31/31/31 24:99 2023-13-45", "हर", "पिछले", "आज से", "१२३४५६७८९०१२३४५६७८९",
        ]
        for input in inputs {
            let canonical = Normalizer.canonical(input)
            for expression in DateExtractor().extract(from: input, published: friday) {
                #expect(expression.range.lowerBound >= 0 && expression.range.upperBound <= canonical.count)
                #expect(expression.range.count <= 200)
            }
        }
        #expect(timeTexts("को की के का").isEmpty)
        let far = timeExpression("999999999 दिन पहले", in: "999999999 दिन पहले यह हुआ।", published: friday)
        #expect(far?.value == nil)
        let edge = PublicationDate(year: 9999, month: 12, day: 31)
        for expression in DateExtractor().extract(from: "पिछले सप्ताह और कल और 3 दिन पहले हुआ।", published: edge) {
            #expect(expression.value == nil)  // outside the calendar arithmetic's years: unresolved, no crash
        }
        #expect(timeTexts("31/31/31 24:99 2023-13-45").isEmpty)
    }

    @Test("a run of time words is cut into spans of bounded length")
    func longRuns() {
        let text = Array(repeating: "साल", count: 50).joined(separator: " ")
        let found = DateExtractor().extract(from: text, published: nil)
        #expect(found.count >= 4)
        #expect(found.allSatisfy { $0.range.count < 60 })
    }

    @Test("normalizing canonical text again is the identity, so offsets into cleaned text line up")
    func canonicalIsStable() {
        let texts = [
            "सितम्बर में क़रीब 8,000 किमी  दूर।। “उन्होंने” कहा | फिर", "ज़िले में\u{200D} गुरूवार\r\nको", "नई दिल्ली\n\n\nआज",
        ]
        for text in texts {
            let once = Normalizer.canonical(text).string
            #expect(Normalizer.canonical(once).string == once)
        }
    }
}
