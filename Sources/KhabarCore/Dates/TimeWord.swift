/// A unit of time, as a count is measured in (`3 साल`, `two weeks`).
enum TimeUnit: UInt8, Sendable, Hashable {
    case second, minute, hour, day, week, fortnight, month, year, decade, century

    /// The length of one unit in days, roughly (a month is 30.4 days).
    var approximateDays: Double {
        switch self {
        case .second: 1.0 / 86_400
        case .minute: 1.0 / 1440
        case .hour: 1.0 / 24
        case .day: 1
        case .week: 7
        case .fortnight: 14
        case .month: 30.4
        case .year: 365.25
        case .decade: 3652.5
        case .century: 36_525
        }
    }

    /// The ISO 8601 duration of `count` units: `P3Y`, `PT2H`, `P2.5Y`.
    func duration(_ count: Double) -> String {
        var amount = count
        let designator: String
        var timePart = false
        switch self {
        case .second:
            designator = "S"
            timePart = true
        case .minute:
            designator = "M"
            timePart = true
        case .hour:
            designator = "H"
            timePart = true
        case .day: designator = "D"
        case .week: designator = "W"
        case .fortnight:
            designator = "W"
            amount *= 2
        case .month: designator = "M"
        case .year: designator = "Y"
        case .decade:
            designator = "Y"
            amount *= 10
        case .century:
            designator = "Y"
            amount *= 100
        }
        let number =
            amount == amount.rounded() && abs(amount) < 1e9 ? String(Int(amount)) : String(amount)
        return (timePart ? "PT" : "P") + number + designator
    }
}

/// A part of the day (`सुबह`, `शाम`, `देर रात`, `evening`).
enum DayPart: UInt8, Sendable, Hashable {
    case dawn, morning, noon, afternoon, evening, night, midnight

    /// The usual clock hour of a bare part of the day, to read `शाम 6 बजे` as 18:00.
    func hour(reading clock: Int) -> Int {
        switch self {
        case .dawn, .morning: clock == 12 ? 0 : clock
        case .noon, .afternoon: clock < 12 && clock != 0 ? clock + 12 : clock
        case .evening: clock < 12 ? clock + 12 : clock
        case .night, .midnight: clock >= 6 && clock < 12 ? clock + 12 : clock == 12 ? 0 : clock
        }
    }
}

/// A word before a time noun that says which one or how many (`पिछले`, `अगले`, `इस`, `कुछ`, `हर`, `last`).
enum Modifier: UInt8, Sendable, Hashable {
    /// पिछले, पिछली, बीते, गत, last, past, previous.
    case previous
    /// अगले, अगली, आगामी, next, coming, following.
    case next
    /// इस, इसी, this.
    case this
    /// उस: that one.
    case that
    /// इन: these (इन दिनों).
    case these
    /// उन: those (उन दिनों).
    case those
    /// कुछ, कई, काफी, चंद, थोड़े, एकाध, few, several.
    case some
    /// हर, प्रति, प्रत्येक, every, each.
    case every
    /// लंबे: a long (time).
    case long
    /// पूरे: the whole.
    case whole
    /// इतने: so many.
    case such
    /// देर: late (देर रात).
    case late
    /// यह, वह as determiners (`वह दिन`), not as pronouns (`वह [8 अक्टूबर] को`).
    case demonstrative
    /// आनेवाले, आने (वाले): the coming.
    case coming
    /// बीते, गत: the past, kept apart because they rarely join a number or a weekday in annotation.
    case gone
    /// आगामी: the upcoming, which rarely joins a day-month date in annotation.
    case upcoming
}

/// A deictic day word.
enum Deictic: UInt8, Sendable, Hashable {
    /// आज, today.
    case today
    /// कल: yesterday or tomorrow, by the verb's tense.
    case adjacentDay
    /// परसों: the day before yesterday or after tomorrow, by tense.
    case secondDay
    /// yesterday.
    case yesterday
    /// tomorrow.
    case tomorrow
    /// tonight.
    case tonight
}

/// Words that link, bound or extend time expressions without being time words themselves.
enum Particle: UInt8, Sendable, Hashable {
    /// से, from.
    case from
    /// लेकर (से लेकर).
    case taking
    /// शुरू (से शुरू होकर).
    case start
    /// होकर.
    case being
    /// तक, until, till.
    case until
    /// को.
    case ko
    /// की.
    case kii
    /// के.
    case ke
    /// का.
    case kaa
    /// और, व, एवं, and.
    case and
    /// या, or.
    case or
    /// ही.
    case emphasis
    /// भर (दिन भर).
    case throughout
    /// पहले: before, ago, or the ordinal first.
    case before
    /// बाद: after, later.
    case after
    /// पूर्व: before (formal), or former.
    case prior
    /// आगे: ahead.
    case ahead
    /// अंत, आखिर: the end of.
    case end
    /// तारीख: date (`13 तारीख को`).
    case dateWord
    /// सन: the year (`सन 1993`).
    case era
    /// वाले (आने वाले).
    case wale
    /// आने (आने वाले).
    case aane
    /// `,`.
    case comma
    /// `-`, `–`.
    case hyphen
    /// `/`.
    case slash
    /// ago.
    case ago
    /// later, earlier.
    case later
    /// earlier (English).
    case earlier
    /// to (English ranges).
    case to
    /// the, of, on, in, at, since, by (English words that stay outside spans).
    case englishFunction
    /// a, an (English article: one).
    case article
    /// am, a.m.
    case am
    /// pm, p.m.
    case pm
    /// o'clock.
    case oclock
    /// आए (आए दिन: every other day).
    case came
    /// दर (हफ्ते दर हफ्ते: week after week).
    case dar
}

/// A fixed-date holiday: its month and day.
struct FixedDay: Sendable, Hashable {
    var month: Int8
    var day: Int8
}

/// What a token means for time expressions: the word class the extractor's rules read.
enum TimeWord: Sendable, Hashable {
    /// Nothing to do with time.
    case none
    /// A number that is not a time word on its own: a decimal with a comma, a very large count.
    case quantity
    /// A whole number written in digits (ASCII or Devanagari).
    case number(Int32)
    /// `a.b` or `a:b`: a clock time (`10:15`, `12.11 बजे`) or a decimal count (`2.5 घंटे`).
    case decimal(whole: Int32, fraction: Int16, digits: Int8, colon: Bool)
    /// A clock time with seconds (`18:58:04`).
    case clock(hour: Int8, minute: Int8, second: Int8)
    /// A numeric date (`17/09/2023`, `2023-09-17`, `17.09.2023`).
    case date(year: Int16, month: Int8, day: Int8)
    /// Day and month (`26/11`).
    case dayMonth(day: Int8, month: Int8)
    /// Two years (`2008-09`, `2009-2010`).
    case yearSpan(Int16, Int16)
    /// Two numbers (`15-20`).
    case numberRange(Int32, Int32)
    /// A number word (`दो`, `ढाई`, `three`); quarters are exact.
    case numberWord(Double)
    /// A word that adds to the number after it (`सवा` +¼, `साढ़े` +½, `पौने` −¼).
    case numberPrefix(Double)
    /// An ordinal (`दूसरे`, `19वीं`, `21st`, `आखिरी` = -1).
    case ordinal(Int16)
    /// A decade written as `1990s` or `90s`.
    case decade(Int16)
    /// A clock hour with its half of the day (`10am`, `5pm`).
    case hourOfDay(Int8, pm: Bool)
    /// A month (1…12).
    case month(Int8)
    /// A weekday (1 = Monday … 7 = Sunday).
    case weekday(Int8)
    /// A unit of time; `plural` for the plural or oblique plural (`दिनों`, `सालों`, `years`).
    case unit(TimeUnit, plural: Bool)
    /// A unit fused with भर: `दिनभर`, `रातभर`, `सालभर`.
    case unitThroughout(TimeUnit)
    /// A part of the day.
    case daypart(DayPart)
    /// A determiner or quantifier of a time noun.
    case modifier(Modifier)
    /// `करीब`, `लगभग`, `तकरीबन`, `about`: kept out at the start of a span, kept inside one.
    case approximator
    /// A deictic day word (`आज`, `कल`, `today`).
    case deictic(Deictic)
    /// `आजकल`, `nowadays`: typed as a frequency in ILTIMEX.
    case nowadays
    /// `समय`: time, tagged by ILTIMEX most of the time.
    case samay
    /// A vague stretch of time (`अतीत`, `युग`, `काल`, `जमाना`, `अवधि`).
    case era
    /// A festival or named day; fixed-date ones carry their day.
    case festival(FixedDay?)
    /// `दिवस`, `जयंती`: a named day, with the name before it.
    case namedDay
    /// A season (`सर्दियों`, `गर्मियों`, `summer`).
    case season
    /// A frequency adverb or adjective (`रोज`, `सालाना`, `daily`).
    case frequency(TimeUnit)
    /// `बजे`: o'clock.
    case oclock
    /// A linking or bounding word.
    case particle(Particle)
}
