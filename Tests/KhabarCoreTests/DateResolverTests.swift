import KhabarCore
import KhabarText
import Testing

@Suite("Time expressions: values")
struct DateResolverTests {
    /// Resolves `span` in `text` against Friday 14 June 2024 and returns (kind, value, precision).
    func resolve(_ span: String, in text: String, published: PublicationDate? = friday) -> (
        TimeExpression.Kind?, String?, TimeExpression.Precision?
    ) {
        let found = timeExpression(span, in: text, published: published)
        return (found?.kind, found?.value, found?.precision)
    }

    @Test(
        "relative expressions against the publication date (Friday 2024-06-14)",
        arguments: [
            ("कल उन्होंने रैली को संबोधित किया।", "कल", "2024-06-13", TimeExpression.Precision.day),
            ("कल मुख्यमंत्री रैली को संबोधित करेंगे।", "कल", "2024-06-15", .day),
            ("उन्होंने कल कहा कि चुनाव अगले साल होंगे।", "कल", "2024-06-13", .day),
            ("कल का उद्घाटन किया जाएगा।", "कल", "2024-06-15", .day),
            ("कल होने वाली बैठक टल गई।", "कल", "2024-06-15", .day),
            ("परसों फैसला आएगा।", "परसों", "2024-06-16", .day),
            ("परसों रात चोरी हुई थी।", "परसों रात", "2024-06-12", .day),
            ("आज सुबह 10 बजे धमाका हुआ।", "आज सुबह 10 बजे", "2024-06-14T10:00", .datetime),
            ("बुधवार को बैठक हुई।", "बुधवार", "2024-06-12", .day),
            ("बुधवार को बैठक होगी।", "बुधवार", "2024-06-19", .day),
            ("शुक्रवार को बैठक हुई।", "शुक्रवार", "2024-06-14", .day),
            ("पिछले शुक्रवार को बैठक हुई।", "पिछले शुक्रवार", "2024-06-07", .day),
            ("मार्च में चुनाव हुए थे।", "मार्च", "2024-03", .month),
            ("मार्च में चुनाव होंगे।", "मार्च", "2025-03", .month),
            ("सितंबर में चुनाव होंगे।", "सितंबर", "2024-09", .month),
            ("दोनों देशों के अधिकारी अगस्त में मिलने पर सहमत हुए।", "अगस्त", "2024-08", .month),
            ("3 दिसंबर को हादसा हुआ था।", "3 दिसंबर", "2023-12-03", .day),
            ("पिछले साल बाढ़ आई थी।", "पिछले साल", "2023", .year),
            ("अगले महीने चुनाव होंगे।", "अगले महीने", "2024-07", .month),
            ("पिछले सप्ताह बैठक हुई।", "पिछले सप्ताह", "2024-W23", .week),
            ("इस साल बारिश कम हुई।", "इस साल", "2024", .year),
            ("पिछले साल 30 सितंबर को बैठक हुई।", "पिछले साल 30 सितंबर", "2023-09-30", .day),
            ("तीन दिन पहले हादसा हुआ।", "तीन दिन पहले", "2024-06-11", .day),
            ("दो साल पहले पुल बना।", "दो साल पहले", "2022", .year),
            ("पांच दिन बाद नतीजे आएंगे।", "पांच दिन बाद", "2024-06-19", .day),
            ("क्रिसमस पर चर्च सजेंगे।", "क्रिसमस", "2024-12-25", .day),
            ("The minister resigned three days ago.", "three days ago", "2024-06-11", .day),
            ("Talks resume next month.", "next month", "2024-07", .month),
            ("Prices rose last week.", "last week", "2024-W23", .week),
            ("He said on Monday that talks failed.", "Monday", "2024-06-10", .day),
            ("Voting will be held on Monday.", "Monday", "2024-06-17", .day),
            ("Yesterday the court adjourned.", "Yesterday", "2024-06-13", .day),
            ("Results are due in May.", "May", "2024-05", .month),
        ])
    func relative(text: String, span: String, value: String, precision: TimeExpression.Precision) {
        let (_, found, foundPrecision) = resolve(span, in: text)
        #expect(found == value, "\(timeTexts(text, published: friday))")
        #expect(foundPrecision == precision)
    }

    @Test(
        "durations, frequencies, decades and ranges",
        arguments: [
            ("भारत ने 24 वर्षों में पहली बार यह खिताब जीता।", "24 वर्षों", TimeExpression.Kind.period, "P24Y"),
            ("अगले 100 वर्षों में समुद्र बढ़ेगा।", "अगले 100 वर्षों", .period, "P100Y"),
            ("उसने ढाई साल जेल में बिताए।", "ढाई साल", .period, "P2.5Y"),
            ("बैठक 2 घंटे चली।", "2 घंटे", .period, "PT2H"),
            ("हर साल यहां मेला लगता है।", "हर साल", .frequency, "R/P1Y"),
            ("हर दो घंटे में दवा दी जाती है।", "हर दो घंटे", .frequency, "R/PT2H"),
            ("वह रोज दौड़ता है।", "रोज", .frequency, "R/P1D"),
            ("1950 के दशक में यह इमारत बनी।", "1950 के दशक", .date, "195X"),
            ("60 के दशक के गाने बजे।", "60 के दशक", .date, "196X"),
            ("21वीं सदी में भारत बदला।", "21वीं सदी", .date, "20XX"),
            ("मेला 8 जून से 20 जुलाई 2024 तक चलेगा।", "8 जून से 20 जुलाई 2024", .period, "2024-06-08/2024-07-20"),
            ("सत्र 2010 से 2012 तक चला।", "2010 से 2012", .period, "2010/2012"),
            ("धरना शाम 6 बजे खत्म हुआ।", "शाम 6 बजे", .date, "T18:00"),
            ("सरकार हफ्ते दर हफ्ते समीक्षा करेगी।", "हफ्ते दर हफ्ते", .frequency, "R/P1W"),
        ])
    func measures(text: String, span: String, kind: TimeExpression.Kind, value: String) {
        let (foundKind, found, _) = resolve(span, in: text)
        #expect(foundKind == kind, "\(timeTexts(text))")
        #expect(found == value)
    }

    @Test("without a publication date relative expressions stay unresolved; absolute ones still resolve")
    func noPublicationDate() throws {
        let text = "कल रैली हुई और बुधवार को मतदान होगा; 17 सितंबर 2023 को नतीजे आए, पिछले साल भी।"
        let found = DateExtractor().extract(from: text, published: nil)
        let canonical = Normalizer.canonical(text)
        let byText = Dictionary(found.map { ($0.text(in: canonical), $0) }, uniquingKeysWith: { a, _ in a })
        for relative in ["कल", "बुधवार", "पिछले साल"] {
            let expression = try #require(byText[relative])
            #expect(expression.value == nil)
            #expect(expression.precision == .unresolved)
            #expect(expression.relative)
        }
        let absolute = try #require(byText["17 सितंबर 2023"])
        #expect(absolute.value == "2023-09-17")
        #expect(absolute.precision == .day)
        #expect(!absolute.relative)
    }

    @Test("a relative offset tied to another event is not counted from the publication date")
    func anchoredElsewhere() {
        let (_, value, precision) = resolve("दो दिन बाद", in: "घटना के दो दिन बाद पुलिस पहुंची।")
        #expect(value == nil)
        #expect(precision == .unresolved)
        let (_, past, _) = resolve("कुछ दिन बाद", in: "कुछ दिन बाद उसने घर बेच दिया।")
        #expect(past == nil)
    }

    @Test("a deadline takes the nearest year whatever the verb's tense")
    func deadline() throws {
        let published = try #require(PublicationDate(year: 2020, month: 3, day: 14))
        let text = "सभी स्कूल 31 मार्च तक बंद कर दिए गए हैं।"
        #expect(timeExpression("31 मार्च", in: text, published: published)?.value == "2020-03-31")
        let event = "31 जनवरी को स्कूल बंद कर दिए गए थे।"
        #expect(timeExpression("31 जनवरी", in: event, published: published)?.value == "2020-01-31")
    }

    @Test("कल with no verb to go by stays unresolved rather than guessed")
    func undecidedTense() {
        let (_, value, precision) = resolve("कल", in: "कल, यानी एक नई शुरुआत।")
        #expect(value == nil)
        #expect(precision == .unresolved)
    }

    @Test("the publication time carries into hour offsets")
    func hours() throws {
        let published = try #require(PublicationDate(year: 2024, month: 6, day: 14, hour: 1, minute: 30))
        let (_, value, precision) = resolve("दो घंटे पहले", in: "दो घंटे पहले धमाका हुआ।", published: published)
        #expect(value == "2024-06-13T23:30:00")
        #expect(precision == .datetime)
    }
}
