import KhabarText

/// The words of time expressions in Hindi and English, by match key (so spelling variants such as
/// सितम्बर/सितंबर, फ़रवरी/फरवरी, हफ़्ते/हफ्ते share an entry).
///
/// One table answers every word with one hash lookup; months, weekdays and Hindi number words come from
/// ``CalendarWords``.
enum TimeLexicon {
    /// The class of a word, or nil when the word is not a time word.
    @inline(__always)
    static func word(_ term: Term) -> TimeWord? { table[term] }

    /// Every word of the lexicon.
    static let table = TermTable(entries)

    /// The fixed day of a named day by the word before `दिवस`/`जयंती` (`स्वतंत्रता दिवस` → 15 August).
    static func namedDay(_ term: Term) -> FixedDay? { namedDays[term] }

    /// Whether a word after a number says it counts things, so the number is not a year (`2000 लोगों`).
    static func isMeasure(_ term: Term) -> Bool { measures.contains(term) }

    /// Whether a word next to `मार्च` makes it a march, not March (`कैंडल मार्च`, `मार्च निकाला`).
    static func marksMarch(_ term: Term) -> Bool { marchWords.contains(term) }

    /// `जयंती`, which is a time expression only with a known name before it (`गांधी जयंती`).
    static let jayanti: Term = "जयंती"

    /// Whether a word before `समय` makes it a plain noun rather than a time expression (`पीकलोड के समय`,
    /// `ज्यादा समय`, `तय समय`).
    static func blocksSamay(_ term: Term) -> Bool { samayBlockers.contains(term) }

    private static let samayBlockers: Set<Term> = ["के", "की", "ज्यादा", "ज्यादातर", "अधिक", "तय", "अलग", "कम"]

    /// `मार्च`.
    static let march: Term = "मार्च"

    private static let marchWords: Set<Term> = [
        "पीस", "कैंडल", "फ्लैग", "पैदल", "लॉन्ग", "लांग", "शांति", "विरोध", "रोष", "मशाल", "कैंडिल", "पद", "निकाला", "निकाली",
        "निकालकर", "निकालेंगे", "निकालेगी", "निकालने", "निकाल", "निकला", "निकली", "डांडी", "दांडी",
    ]

    private static let namedDays: [Term: FixedDay] = [
        "स्वतंत्रता": FixedDay(month: 8, day: 15), "आजादी": FixedDay(month: 8, day: 15),
        "गणतंत्र": FixedDay(month: 1, day: 26), "गांधी": FixedDay(month: 10, day: 2),
        "महिला": FixedDay(month: 3, day: 8), "बाल": FixedDay(month: 11, day: 14),
        "शिक्षक": FixedDay(month: 9, day: 5), "योग": FixedDay(month: 6, day: 21),
        "आंबेडकर": FixedDay(month: 4, day: 14), "अंबेडकर": FixedDay(month: 4, day: 14),
    ]

    /// Whether a word before a four-digit number says it is a count (`कुल मामले 1949`, `आंकड़ा 1900 के पार`).
    static func countsBefore(_ term: Term) -> Bool { countCues.contains(term) }

    private static let countCues: Set<Term> = [
        "मामले", "मामलों", "संख्या", "आंकड़ा", "आंकड़े", "कुल", "बढ़कर", "घटकर", "total", "number",
    ]

    /// Words after a four-digit number that make it a count (`2000 अन्य`, `1949 हो गए`, `2000 से ज्यादा`).
    static func countsAfter(_ term: Term) -> Bool { countAfterCues.contains(term) }

    private static let countAfterCues: Set<Term> = ["अन्य", "हो", "पार"]

    /// Comparatives after `से` that make the number before it a count (`2000 से ज्यादा`).
    static func isComparative(_ term: Term) -> Bool { comparatives.contains(term) }

    private static let comparatives: Set<Term> = ["ज्यादा", "अधिक", "कम", "ऊपर", "more", "less", "fewer"]

    private static let measures: Set<Term> = [
        "लोग", "लोगों", "रुपये", "रुपए", "रुपया", "रु", "करोड़", "लाख", "हजार", "मीटर", "किलो", "किलोमीटर", "किमी", "डॉलर",
        "एकड़", "हेक्टेयर", "वोट", "वोटों", "मेगावाट", "टन", "लीटर", "रन", "अंक", "सीटों", "सीटें", "पद", "पदों",
        "people", "votes", "rupees", "crore", "lakh", "km", "metres", "meters", "tonnes", "runs",
        "मरीज", "मरीजों", "केस", "संक्रमित", "संक्रमितों", "व्यक्ति", "व्यक्तियों", "छात्र", "छात्रों", "जवान", "जवानों",
        "परिवार", "परिवारों", "गांव", "गांवों", "किसान", "किसानों", "मजदूर", "मजदूरों", "नागरिक", "नागरिकों", "यात्री",
        "यात्रियों", "कर्मचारी", "कर्मचारियों", "सैनिक", "सैनिकों", "बच्चे", "बच्चों", "महिलाएं", "महिलाओं", "डॉक्टर",
        "डॉक्टरों", "बेड", "टेस्ट", "नमूने", "नमूनों", "सैंपल", "मौतें", "मकान", "मकानों", "घर", "घरों", "पुलिसकर्मी",
        "पुलिसकर्मियों", "शिक्षक", "शिक्षकों", "स्कूल", "स्कूलों", "कंपनियां", "कंपनियों", "वाहन", "वाहनों",
    ]

    private static let entries: [Term: TimeWord] = {
        var table: [Term: TimeWord] = [:]
        func add(_ words: [String], _ word: TimeWord) {
            for text in words { table[Term(text)] = word }
        }
        for (term, month) in CalendarWords.months { table[term] = .month(Int8(month)) }
        for (term, day) in CalendarWords.weekdays { table[term] = .weekday(Int8(day)) }
        for (term, value) in CalendarWords.numberWords { table[term] = .numberWord(Double(value)) }

        add(["साल", "वर्ष", "बरस", "year", "yr"], .unit(.year, plural: false))
        add(["सालों", "वर्षों", "बरसों", "years", "yrs"], .unit(.year, plural: true))
        add(["महीने", "महीना", "माह", "महिना", "मास", "month"], .unit(.month, plural: false))
        add(["महीनों", "महिनों", "months"], .unit(.month, plural: true))
        add(["सप्ताह", "हफ्ते", "हफ्ता", "week"], .unit(.week, plural: false))
        add(["सप्ताहों", "हफ्तों", "weeks"], .unit(.week, plural: true))
        add(["पखवाड़े", "पखवाड़ा", "fortnight"], .unit(.fortnight, plural: false))
        add(["दिन", "day"], .unit(.day, plural: false))
        add(["दिनों", "days"], .unit(.day, plural: true))
        add(["घंटे", "घंटा", "hour"], .unit(.hour, plural: false))
        add(["घंटों", "hours"], .unit(.hour, plural: true))
        add(["मिनट", "minute"], .unit(.minute, plural: false))
        add(["मिनटों", "minutes", "mins"], .unit(.minute, plural: true))
        add(["सेकंड", "सेकेंड", "seconds"], .unit(.second, plural: false))
        add(["दशक", "decade"], .unit(.decade, plural: false))
        add(["दशकों", "decades"], .unit(.decade, plural: true))
        add(["सदी", "शताब्दी", "century"], .unit(.century, plural: false))
        add(["सदियों", "शताब्दियों", "centuries"], .unit(.century, plural: true))
        add(["दिनभर"], .unitThroughout(.day))
        add(["रातभर"], .unitThroughout(.day))
        add(["सालभर"], .unitThroughout(.year))
        add(["महीनेभर"], .unitThroughout(.month))

        add(["तड़के", "भोर", "dawn"], .daypart(.dawn))
        add(["सुबह", "सवेरे", "सबेरे", "morning"], .daypart(.morning))
        add(["दोपहर", "noon"], .daypart(.noon))
        add(["afternoon"], .daypart(.afternoon))
        add(["शाम", "संध्या", "सायं", "evening"], .daypart(.evening))
        add(["रात", "रातों", "night"], .daypart(.night))
        add(["midnight"], .daypart(.midnight))

        add(["पिछले", "पिछली", "पिछला", "विगत", "last", "past", "previous"], .modifier(.previous))
        add(["बीते", "गत"], .modifier(.gone))
        add(["अगले", "अगली", "अगला", "next", "following", "coming"], .modifier(.next))
        add(["आगामी"], .modifier(.upcoming))
        add(["इस", "इसी", "this"], .modifier(.this))
        add(["उस", "that"], .modifier(.that))
        add(["इन", "these"], .modifier(.these))
        add(["उन", "those"], .modifier(.those))
        add(["कुछ", "कई", "काफी", "चंद", "थोड़े", "थोड़ी", "एकाध", "few", "several"], .modifier(.some))
        add(["हर", "प्रति", "प्रत्येक", "every", "each"], .modifier(.every))
        add(["लंबे", "लंबी"], .modifier(.long))
        add(["पूरे", "पूरी", "पूरा", "whole", "entire"], .modifier(.whole))
        add(["इतने"], .modifier(.such))
        add(["देर", "आधी", "late"], .modifier(.late))
        add(["आनेवाले"], .modifier(.coming))
        add(["यह", "वह"], .modifier(.demonstrative))
        add(["करीब", "लगभग", "तकरीबन", "करीबन", "about", "around", "nearly", "almost", "approximately"], .approximator)

        add(["आज", "today"], .deictic(.today))
        add(["कल"], .deictic(.adjacentDay))
        add(["परसों"], .deictic(.secondDay))
        add(["yesterday"], .deictic(.yesterday))
        add(["tomorrow"], .deictic(.tomorrow))
        add(["tonight"], .deictic(.tonight))
        add(["आजकल", "nowadays"], .nowadays)
        add(["समय", "पलों", "क्षणों"], .samay)
        add(["अतीत", "काल", "युग", "जमाना", "अवधि"], .era)
        add(["दीपावली", "दिवाली", "दीवाली", "दशहरा", "दशहरे", "ईद", "होली", "नवरात्र", "नवरात्रि", "रक्षाबंधन"], .festival(nil))
        add(["diwali", "holi", "eid", "dussehra"], .festival(nil))
        add(["क्रिसमस", "christmas"], .festival(FixedDay(month: 12, day: 25)))
        add(["दिवस", "जयंती"], .namedDay)
        add(["सर्दियों", "गर्मियों", "summer", "winter", "autumn"], .season)
        add(["रोज", "प्रतिदिन", "दैनिक", "daily"], .frequency(.day))
        add(["सालाना", "वार्षिक", "annually", "yearly"], .frequency(.year))
        add(["मासिक", "monthly"], .frequency(.month))
        add(["साप्ताहिक", "weekly"], .frequency(.week))
        add(["hourly"], .frequency(.hour))
        add(["बजे"], .oclock)

        add(["चालीस"], .numberWord(40))
        add(["पचास"], .numberWord(50))
        add(["साठ"], .numberWord(60))
        add(["सत्तर"], .numberWord(70))
        add(["अस्सी"], .numberWord(80))
        add(["नब्बे"], .numberWord(90))
        add(["सौ", "hundred"], .numberWord(100))
        add(["डेढ़"], .numberWord(1.5))
        add(["ढाई"], .numberWord(2.5))
        add(["पौन"], .numberWord(0.75))
        add(["चौबीसों"], .numberWord(24))
        add(["आधे", "आधा"], .numberWord(0.5))
        add(["सवा"], .numberPrefix(0.25))
        add(["साढ़े"], .numberPrefix(0.5))
        add(["पौने"], .numberPrefix(-0.25))
        let english = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        for (index, word) in english.enumerated() { table[Term(word)] = .numberWord(Double(index + 1)) }
        add(["thirty"], .numberWord(30))
        add(["forty"], .numberWord(40))
        add(["fifty"], .numberWord(50))

        add(["पहली", "पहला", "first"], .ordinal(1))
        add(["दूसरे", "दूसरी", "दूसरा"], .ordinal(2))
        add(["तीसरे", "तीसरी", "तीसरा", "third"], .ordinal(3))
        add(["चौथे", "चौथी", "चौथा", "fourth"], .ordinal(4))
        add(["पांचवें", "पांचवीं", "पांचवे", "fifth"], .ordinal(5))
        add(["छठे", "छठी"], .ordinal(6))
        add(["सातवें", "सातवीं"], .ordinal(7))
        add(["आठवें", "आठवीं"], .ordinal(8))
        add(["दसवें", "दसवीं"], .ordinal(10))
        add(["अठारहवीं"], .ordinal(18))
        add(["उन्नीसवीं"], .ordinal(19))
        add(["बीसवीं"], .ordinal(20))
        add(["इक्कीसवीं"], .ordinal(21))
        add(["आखिरी", "अंतिम"], .ordinal(-1))

        add(["से", "from"], .particle(.from))
        add(["लेकर"], .particle(.taking))
        add(["शुरू"], .particle(.start))
        add(["होकर"], .particle(.being))
        add(["तक", "until", "till"], .particle(.until))
        add(["को"], .particle(.ko))
        add(["की"], .particle(.kii))
        add(["के"], .particle(.ke))
        add(["का"], .particle(.kaa))
        add(["और", "व", "एवं", "and"], .particle(.and))
        add(["या", "or"], .particle(.or))
        add(["ही"], .particle(.emphasis))
        add(["भर"], .particle(.throughout))
        add(["पहले"], .particle(.before))
        add(["बाद"], .particle(.after))
        add(["पूर्व"], .particle(.prior))
        add(["आगे"], .particle(.ahead))
        add(["अंत", "आखिर"], .particle(.end))
        add(["तारीख"], .particle(.dateWord))
        add(["सन"], .particle(.era))
        add(["वाले"], .particle(.wale))
        add(["आने"], .particle(.aane))
        add(["आए"], .particle(.came))
        add(["दर"], .particle(.dar))
        add([","], .particle(.comma))
        add(["-", "–", "—"], .particle(.hyphen))
        add(["/"], .particle(.slash))
        add(["ago"], .particle(.ago))
        add(["later"], .particle(.later))
        add(["earlier"], .particle(.earlier))
        add(["to"], .particle(.to))
        add(["the", "of", "on", "in", "at", "since", "by", "during"], .particle(.englishFunction))
        add(["a", "an"], .particle(.article))
        add(["am", "a.m."], .particle(.am))
        add(["pm", "p.m."], .particle(.pm))
        add(["o'clock"], .particle(.oclock))
        return table
    }()
}
