public import KhabarText

/// Reads a date or date-time written as a stamp: `2023-09-17 18:58:04`, `Wed, Mar 4, 2020, 9:12 AM IST`,
/// `06:42 PM, 28-MAR-2020`, `17 सितंबर 2023`, `17/09/2023`, `Updated: 01 Mar 2020, 02:53:00 PM IST`.
///
/// Numeric dates are read day first (Indian and British use) unless the first part is a four-digit year
/// or the middle part cannot be a month. IST becomes +05:30; GMT, UTC and Z become +00:00.
public enum TimestampParser {
    /// Words a stamp may hold besides numbers, months and weekdays.
    static let stampWords: Set<Term> = Set(
        [
            "hrs", "updated", "update", "published", "posted", "last", "on", "at", "date", "publish", "time",
            "अपडेटेड", "अपडेट", "प्रकाशित", "पब्लिश", "तारीख", "बजे", "समय", "प्रकाशन", "तिथि",
        ].map { Term($0) })

    static let stampPunctuation: Set<Term> = [",", ":", "-", "/", "|", "(", ")", ".", "–", "—", "।"]
    static let morning: Set<Term> = ["am", "a.m."]
    static let evening: Set<Term> = ["pm", "p.m."]
    static let zeroZones: Set<Term> = ["gmt", "utc", "z"]

    /// The pieces of a stamp found in a token sequence.
    struct Pieces {
        var year: Int?
        var month: Int?
        var day: Int?
        var hour: Int?
        var minute = 0
        var second = 0
        var pm: Bool?
        var offset: Int?
        var numbers = 0
        var others = 0
    }

    /// Whether the tokens form nothing but a date/time stamp, and the date they give.
    ///
    /// - Parameters:
    ///   - terms: the term of each token;
    ///   - numbers: the match key of each number token (any string for other tokens).
    /// - Returns: nil when the tokens hold anything but stamp material or give neither a date with a year
    ///   nor a time.
    public static func stamp(tokens: [Token], terms: [Term], numbers: [String]) -> (
        date: PublicationDate?, isStamp: Bool
    )? {
        var pieces = Pieces()
        for (k, token) in tokens.enumerated() {
            let term = terms[k]
            switch token.kind {
            case .number:
                pieces.numbers += 1
                number(numbers[k], into: &pieces)
            case .word, .hashtag, .mention:
                if let month = CalendarWords.month(term) {
                    pieces.month = pieces.month ?? month
                } else if CalendarWords.weekday(term) != nil || stampWords.contains(term) {
                    continue
                } else if morning.contains(term) {
                    pieces.pm = false
                } else if evening.contains(term) {
                    pieces.pm = true
                } else if term == "ist" {
                    pieces.offset = 330
                } else if zeroZones.contains(term) {
                    pieces.offset = 0
                } else {
                    return nil
                }
            case .punctuation:
                guard stampPunctuation.contains(term) else { return nil }
            case .symbol, .url:
                return nil
            }
        }
        guard pieces.numbers > 0, pieces.others == 0,
            (pieces.year != nil && pieces.month != nil) || pieces.hour != nil
        else { return nil }
        return (date(pieces), true)
    }

    /// Reads a number token: a time `HH:MM[:SS]`, a numeric date, a year, or a day.
    static func number(_ text: String, into pieces: inout Pieces) {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "-" || $0 == "/" || $0 == "." || $0 == "," })
        let values = parts.compactMap { Int($0) }
        guard values.count == parts.count else {
            pieces.others += 1
            return
        }
        if text.contains(":") {
            guard values.count >= 2, pieces.hour == nil else {
                pieces.others += 1
                return
            }
            pieces.hour = values[0]
            pieces.minute = values[1]
            pieces.second = values.count > 2 ? values[2] : 0
            return
        }
        switch values.count {
        case 3:
            numericDate(values, firstIsYear: parts[0].utf8.count == 4, into: &pieces)
        case 1:
            let value = values[0]
            if value >= 1900 && value <= 2100 && text.utf8.count == 4 && pieces.year == nil {
                pieces.year = value
            } else if value >= 1 && value <= 31 && pieces.day == nil {
                pieces.day = value
            } else {
                pieces.others += 1  // a count or a score: "2 मई 2020 2567" is a table row, not a stamp
            }
        default:
            pieces.others += 1
        }
    }

    static func numericDate(_ values: [Int], firstIsYear: Bool, into pieces: inout Pieces) {
        var (a, b, c) = (values[0], values[1], values[2])
        if firstIsYear {
            (pieces.year, pieces.month, pieces.day) = (a, b, c)
            return
        }
        if c < 100 { c += 2000 }
        if b > 12 && a <= 12 { swap(&a, &b) }  // month first
        (pieces.day, pieces.month, pieces.year) = (a, b, c)
    }

    static func date(_ pieces: Pieces) -> PublicationDate? {
        guard let year = pieces.year, let month = pieces.month, let day = pieces.day else { return nil }
        var hour = pieces.hour
        if let h = hour, let pm = pieces.pm {
            if h > 12 || h == 0 && pm {
                hour = h > 23 ? nil : h
            } else if pm {
                hour = h == 12 ? 12 : h + 12
            } else {
                hour = h == 12 ? 0 : h
            }
        }
        if let h = hour, h > 23 { hour = nil }
        let withTime = PublicationDate(
            year: year, month: month, day: day, hour: hour, minute: pieces.minute, second: pieces.second,
            utcOffsetMinutes: pieces.offset)
        return withTime ?? PublicationDate(year: year, month: month, day: day)
    }
}
