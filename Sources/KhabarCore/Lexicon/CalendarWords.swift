public import KhabarText

/// Month and weekday names in Hindi and English, by match key.
public enum CalendarWords {
    /// The month (1…12) a word names: Hindi with its spelling variants, English full and short forms.
    public static func month(_ term: Term) -> Int? { months[term] }

    /// The weekday (1 = Monday … 7 = Sunday) a word names.
    public static func weekday(_ term: Term) -> Int? { weekdays[term] }

    /// Every month name by term (read by the time-expression lexicon).
    static let months: [Term: Int] = {
        let table: [(Int, [String])] = [
            (1, ["जनवरी", "january", "jan"]),
            (2, ["फरवरी", "फ़रवरी", "february", "feb"]),
            (3, ["मार्च", "march", "mar"]),
            (4, ["अप्रैल", "अप्रेल", "अप्रील", "april", "apr"]),
            (5, ["मई", "may"]),
            (6, ["जून", "june", "jun"]),
            (7, ["जुलाई", "july", "jul"]),
            (8, ["अगस्त", "august", "aug"]),
            (9, ["सितंबर", "सितम्बर", "सेप्टेंबर", "september", "sep", "sept"]),
            (10, ["अक्टूबर", "अक्तूबर", "अक्टुबर", "october", "oct"]),
            (11, ["नवंबर", "नवम्बर", "november", "nov"]),
            (12, ["दिसंबर", "दिसम्बर", "december", "dec"]),
        ]
        var result: [Term: Int] = [:]
        for (month, words) in table {
            for word in words { result[Term(word)] = month }
        }
        return result
    }()

    /// Every weekday name by term (read by the time-expression lexicon).
    static let weekdays: [Term: Int] = {
        let table: [(Int, [String])] = [
            (1, ["सोमवार", "monday", "mon"]),
            (2, ["मंगलवार", "tuesday", "tue", "tues"]),
            (3, ["बुधवार", "wednesday", "wed"]),
            (4, ["गुरुवार", "गुरूवार", "बृहस्पतिवार", "वीरवार", "thursday", "thu", "thur", "thurs"]),
            (5, ["शुक्रवार", "friday", "fri"]),
            (6, ["शनिवार", "saturday", "sat"]),
            (7, ["रविवार", "इतवार", "संडे", "sunday", "sun"]),
        ]
        var result: [Term: Int] = [:]
        for (day, words) in table {
            for word in words { result[Term(word)] = day }
        }
        return result
    }()

    /// Hindi number words for days of the month, as news datelines write them ("दो मार्च").
    public static func numberWord(_ term: Term) -> Int? { numberWords[term] }

    /// Every day-number word by term (read by the time-expression lexicon).
    static let numberWords: [Term: Int] = {
        let words = [
            "एक", "दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह",
            "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस",
            "अट्ठाईस", "उनतीस", "तीस", "इकतीस",
        ]
        var result: [Term: Int] = [:]
        for (index, word) in words.enumerated() { result[Term(word)] = index + 1 }
        result["छः"] = 6
        result["अट्ठाइस"] = 28
        return result
    }()
}
