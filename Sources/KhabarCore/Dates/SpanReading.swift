import KhabarText

/// What one time expression (or one end of a range) says, read token by token: the calendar fields it
/// names, the count and unit it measures, and the words that make it relative.
struct SpanReading {
    // Calendar fields.
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    var hour: Int?
    var minute = 0
    var second: Int?
    var daypart: DayPart?
    /// The first year of a decade (`1950 के दशक`, `1990s`).
    var decade: Int?
    /// The ordinal of a century (`21वीं सदी` → 21).
    var century: Int?
    /// Two years (`2008-09`).
    var yearSpan: (first: Int, second: Int)?
    /// The day of a fixed-date festival or named day.
    var fixedDay: FixedDay?

    // Relative and measuring words.
    var deictic: Deictic?
    var modifier: Modifier?
    /// A modifier anywhere in the span that makes it a stretch of time: कुछ, कई, लंबे, इन, उन, आने वाले, पूरे.
    var quantifier: Modifier?
    var ordinal: Int?
    /// The count was the word एक (`एक दिन`: one day, some day).
    var countIsOne = false
    var count: Double?
    /// The count is a range (`15-20 दिन`, `एक-दो साल`).
    var countIsRange = false
    var unit: TimeUnit?
    var plural = false
    /// -1 for `पहले`/`पूर्व`/`ago`, +1 for `बाद`/`later`/`आगे`.
    var direction = 0
    /// `भर`, `दिनभर`: throughout.
    var throughout = false
    /// The unit of a frequency word (`रोज`, `सालाना`).
    var frequency: TimeUnit?
    var nowadays = false
    /// Names a time without pinning it (`समय`, `अतीत`, a season, a festival with a moving date).
    var vague = false
    /// A word of an era or span (`अतीत`, `अवधि`).
    var era = false
    /// The same time word twice (`समय-समय`, `दिनों - दिन`).
    var reduplicated = false
    /// The expression is a deadline (`31 मार्च तक`): the clause's tense says when the deadline was set, not
    /// on which side of the publication date it falls.
    var deadline = false
    /// The first modifier was `हर`/`प्रति`.
    var every: Bool { modifier == .every }

    /// Whether the reading names any calendar field.
    var hasCalendarField: Bool {
        year != nil || month != nil || day != nil || weekday != nil || decade != nil || century != nil
            || yearSpan != nil || fixedDay != nil
    }

    /// Reads the tokens `range`.
    init(_ range: Range<Int>, words: [TimeWord], tokens: [Token], terms: [Term]) {
        var pending: Double?
        var prefix = 0.0
        var lastUnitTerm: Term?
        for k in range {
            let w = words[k]
            let next = k + 1 < range.upperBound ? words[k + 1] : .none
            let previous = k > range.lowerBound ? words[k - 1] : .none
            switch w {
            case .number(let value):
                let v = Int(value)
                if next.isMonth && (1...31).contains(v) && day == nil {
                    day = v
                } else if previous.isMonth && tokens[k - 1].flags.contains(.latin) && (1...31).contains(v) {
                    day = v  // June 19
                } else if next == .oclock || next.isParticle(.am) || next.isParticle(.pm) || next.isParticle(.oclock) {
                    hour = v
                } else if next.isParticle(.ke) && k + 2 < range.upperBound && words[k + 2].unit == .decade {
                    decade = v >= 1000 ? v / 10 * 10 : 1900 + v / 10 * 10
                } else if (1000...2099).contains(v) && tokens[k].end - tokens[k].start == 4 && !next.isUnit {
                    year = v
                } else {
                    if pending != nil { countIsRange = true }
                    pending = Double(v)
                }
            case .decimal(let whole, let fraction, let digits, let colon):
                let clockNext = next == .oclock || next.isParticle(.am) || next.isParticle(.pm)
                if (colon || clockNext || daypart != nil) && digits == 2 && fraction < 60 && whole <= 24 {
                    hour = Int(whole)
                    minute = Int(fraction)
                } else {
                    var scale = 1.0
                    for _ in 0..<digits { scale *= 10 }
                    pending = Double(whole) + Double(fraction) / scale
                }
            case .numberWord(let value):
                let v = value + prefix
                prefix = 0
                if next.isMonth && v == v.rounded() && day == nil {
                    day = Int(v)
                } else if next == .oclock {
                    hour = Int(v)
                    minute = Int((v - v.rounded(.down)) * 60)
                } else {
                    if pending != nil { countIsRange = true }
                    pending = v
                    countIsOne = v == 1 && prefix == 0
                }
            case .numberPrefix(let value):
                prefix = value
            case .numberRange(let a, _):
                pending = Double(a)
                countIsRange = true
            case .month(let m):
                month = Int(m)
            case .weekday(let d):
                weekday = Int(d)
            case .unit(let u, let isPlural):
                if unit == nil {
                    unit = u
                    plural = isPlural
                    count = pending
                    pending = nil
                    if u == .century, let ordinal { century = ordinal }
                } else if u == unit
                    && (previous.isParticle(.hyphen) || previous.isParticle(.dar)
                        || tokens[k].flags.contains(.hyphenated))
                {
                    reduplicated = true  // दिनों - दिन, हफ्ते दर हफ्ते
                }
                lastUnitTerm = terms[k]
            case .unitThroughout(let u):
                unit = unit ?? u
                throughout = true
            case .daypart(let part):
                daypart = daypart ?? part
                if case .modifier(.late) = previous, part == .night || part == .evening { daypart = part }
            case .modifier(let m):
                if modifier == nil { modifier = m }
                switch m {
                case .some, .long, .these, .those, .coming, .whole: quantifier = quantifier ?? m
                default: break
                }
            case .ordinal(let o):
                ordinal = Int(o)
            case .particle(let particle):
                read(particle, k: k, range: range)
            case .deictic(let d):
                if deictic == .today && d == .adjacentDay { nowadays = true }  // आज कल
                deictic = deictic ?? d
            case .decade(let v):
                decade = Int(v)
            case .date(let y, let m, let d):
                (year, month, day) = (Int(y), Int(m), Int(d))
            case .clock(let h, let m, let s):
                (hour, minute, second) = (Int(h), Int(m), Int(s))
            case .dayMonth(let d, let m):
                (day, month) = (Int(d), Int(m))
            case .yearSpan(let a, let b):
                yearSpan = (Int(a), Int(b))
            case .hourOfDay(let h, let pm):
                hour = pm ? (h == 12 ? 12 : Int(h) + 12) : (h == 12 ? 0 : Int(h))
            case .festival(let fixed):
                fixedDay = fixed
                vague = fixed == nil
            case .namedDay:
                fixedDay = k > 0 ? TimeLexicon.namedDay(terms[k - 1]) : nil
                vague = fixedDay == nil
            case .season:
                vague = true
            case .era:
                vague = true
                era = true
            case .samay:
                if lastUnitTerm == terms[k] { reduplicated = true }
                lastUnitTerm = terms[k]
                vague = unit == nil
            case .frequency(let u):
                frequency = u
            case .nowadays:
                nowadays = true
            case .oclock:
                if hour == nil, let value = pending {
                    hour = Int(value)
                    minute = Int((value - value.rounded(.down)) * 60)
                    pending = nil
                }
            case .none, .quantity, .approximator:
                break
            }
        }
        if count == nil, unit == nil, let value = pending { count = value }
        if let h = hour, let part = daypart { hour = part.hour(reading: h) }
    }

    private mutating func read(_ particle: Particle, k: Int, range: Range<Int>) {
        switch particle {
        case .before, .prior, .ago, .earlier:
            if unit != nil || k > range.lowerBound { direction = -1 } else { ordinal = 1 }  // पहले दिन: the first day
        case .after, .later, .ahead:
            direction = 1
        case .throughout:
            throughout = true
        case .aane:
            quantifier = quantifier ?? .coming
            modifier = modifier ?? .coming
        case .came:
            frequency = .day
        case .pm:
            if let h = hour, h < 12 { hour = h + 12 }
        case .am:
            if hour == 12 { hour = 0 }
        default:
            break
        }
    }
}
