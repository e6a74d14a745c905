/// Gives a reading of a time expression its ISO value, against the publication date.
///
/// Absolute expressions (`17 सितंबर 2023`, `1950 के दशक`) resolve without it. Relative ones need it and the
/// clause's tense:
/// - `आज` is the publication day; `कल` is the day before in a past clause and the day after in a future one,
///   `परसों` two days; with no tense to go by, `कल` stays unresolved;
/// - `WEEKDAY को` is the nearest such weekday on or before the publication day, or after it in a future
///   clause (`पिछले शुक्रवार` strictly before, `अगले शुक्रवार` strictly after); with no tense to go by it is
///   taken as past, since news reports mostly look back;
/// - `MONTH में` and `D MONTH` take the year that puts them on the side of the publication date the tense
///   says, or the nearest when the tense is unknown;
/// - `पिछले/अगले/इस` + unit shift the publication year, month or ISO week;
/// - `N UNIT पहले` counts back from the publication date; `N UNIT बाद` counts forward only in a future clause
///   and only when nothing else anchors it (`घटना के दो दिन बाद` is relative to the event, not to today).
///
/// Complexity: O(1) per expression.
struct DateResolver {
    /// The publication date, if known and within the years the calendar arithmetic handles (1000…8999).
    let published: PublicationDate?

    /// The longest offset counted from the publication date, in days (about 2,700 years): `99999999 दिन पहले`
    /// stays unresolved instead of leaving the calendar.
    static let longestOffset = 1_000_000.0

    /// A resolver against `published`.
    init(published: PublicationDate?) {
        self.published = published.flatMap { (1000...8999).contains($0.year) ? $0 : nil }
    }

    /// A value with its precision, and whether it is relative.
    struct Resolution {
        var value: String?
        var precision: TimeExpression.Precision
        var relative: Bool

        static let vague = Resolution(value: nil, precision: .unresolved, relative: false)
        static let unanchored = Resolution(value: nil, precision: .unresolved, relative: true)
    }

    // MARK: Durations and frequencies

    /// `6 महीने` → P6M, `दिन भर` → P1D; vague counts and count ranges stay unresolved.
    func duration(_ r: SpanReading) -> Resolution {
        guard let unit = r.unit, !r.countIsRange else { return .vague }
        if let count = r.count {
            return Resolution(value: unit.duration(count), precision: .duration, relative: false)
        }
        if r.throughout || r.modifier == .whole {
            return Resolution(value: unit.duration(1), precision: .duration, relative: false)
        }
        return .vague
    }

    /// `हर साल` → R/P1Y, `हर दो घंटे` → R/PT2H, `रोज` → R/P1D; `आजकल`, `समय-समय` stay unresolved.
    func frequency(_ r: SpanReading) -> Resolution {
        let unit = r.frequency ?? r.unit ?? (r.daypart != nil ? .day : r.weekday != nil ? .week : nil)
        // हफ्ते दर हफ्ते, दिनों-दिन repeat their unit; आजकल and समय-समय have none to repeat
        guard let unit, !r.nowadays, !r.countIsRange, !r.reduplicated || r.unit != nil else { return .vague }
        return Resolution(value: "R/" + unit.duration(r.count ?? 1), precision: .duration, relative: false)
    }

    // MARK: Dates

    /// The value of a point expression.
    ///
    /// - Parameter anchoredElsewhere: the expression hangs on another event (`इसके दो दिन बाद`).
    func date(_ r: SpanReading, tense: () -> Tense?, anchoredElsewhere: Bool) -> Resolution {
        if let absolute = absolute(r) { return absolute }
        if let unit = r.unit, r.direction != 0, r.month == nil, r.day == nil, r.weekday == nil {
            return offset(r, unit: unit, tense: tense, anchoredElsewhere: anchoredElsewhere)
        }
        if let unit = r.unit, r.count == nil, let shift = r.modifier.flatMap(Self.shift) {
            return shifted(r, unit: unit, by: shift)
        }
        if let deictic = r.deictic {
            return self.deictic(deictic, r, tense: tense)
        }
        if r.month != nil || r.fixedDay != nil {
            return calendarDay(r, tense: tense)
        }
        if let weekday = r.weekday {
            return self.weekday(weekday, r, tense: tense)
        }
        if let hour = r.hour {
            return Resolution(
                value: "T" + PublicationDate.isoTime(hour, r.minute, r.second), precision: .time, relative: true)
        }
        return .vague
    }

    /// Expressions that need no publication date: full dates, years, decades, centuries.
    func absolute(_ r: SpanReading) -> Resolution? {
        if let decade = r.decade {
            return Resolution(value: "\(decade / 10)X", precision: .decade, relative: false)
        }
        if let century = r.century, century >= 1, century <= 100 {
            return Resolution(
                value: PublicationDate.twoDigits(century - 1) + "XX", precision: .century, relative: false)
        }
        if let span = r.yearSpan {
            return Resolution(
                value: "\(PublicationDate.isoYear(span.first))/\(PublicationDate.isoYear(span.second))",
                precision: .year, relative: false)
        }
        guard let year = r.year else { return nil }
        guard let month = r.month else {
            return Resolution(value: PublicationDate.isoYear(year), precision: .year, relative: false)
        }
        guard let day = r.day, let date = PublicationDate(year: year, month: month, day: day) else {
            return Resolution(value: PublicationDate.isoMonth(year, month), precision: .month, relative: false)
        }
        var resolution = withTime(date, r)
        resolution.relative = false
        return resolution
    }

    /// `दो साल पहले`, `तीन दिन बाद`, `आज से पांच साल पहले`, `three days ago`.
    func offset(_ r: SpanReading, unit: TimeUnit, tense: () -> Tense?, anchoredElsewhere: Bool) -> Resolution {
        guard let pub = published, let count = r.count, !r.countIsRange, r.modifier != .some,
            !anchoredElsewhere || r.deictic == .today
        else { return .unanchored }
        if r.direction > 0 && tense() != .future { return .unanchored }
        guard count * unit.approximateDays <= Self.longestOffset else { return .unanchored }
        let sign = r.direction
        let whole = count == count.rounded() ? Int(count) : nil
        switch unit {
        case .year:
            if let whole {
                return Resolution(
                    value: PublicationDate.isoYear(pub.year + sign * whole), precision: .year, relative: true)
            }
            let shifted = pub.month(adding: sign * Int((count * 12).rounded()))
            return Resolution(
                value: PublicationDate.isoMonth(shifted.year, shifted.month), precision: .month, relative: true)
        case .month:
            guard let whole else { return .unanchored }
            let shifted = pub.month(adding: sign * whole)
            return Resolution(
                value: PublicationDate.isoMonth(shifted.year, shifted.month), precision: .month, relative: true)
        case .week, .fortnight:
            guard let whole else { return .unanchored }
            let days = whole * (unit == .week ? 7 : 14)
            return Resolution(
                value: PublicationDate.isoWeekString(pub.adding(days: sign * days).isoWeek), precision: .week,
                relative: true)
        case .day:
            guard let whole else { return .unanchored }
            return Resolution(value: pub.adding(days: sign * whole).iso, precision: .day, relative: true)
        case .decade, .century:
            guard let whole else { return .unanchored }
            let years = whole * (unit == .decade ? 10 : 100)
            let year = pub.year + sign * years
            return unit == .decade
                ? Resolution(value: "\(year / 10)X", precision: .decade, relative: true)
                : Resolution(value: "\(year / 100)XX", precision: .century, relative: true)
        case .hour, .minute, .second:
            guard pub.hasTime, let time = pub.time else { return .unanchored }
            let seconds = count * (unit == .hour ? 3600 : unit == .minute ? 60 : 1)
            let total = time.hour * 3600 + time.minute * 60 + time.second + sign * Int(seconds.rounded())
            let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
            let rest = total - days * 86_400
            let day = pub.adding(days: days)
            return Resolution(
                value: day.iso + "T" + PublicationDate.isoTime(rest / 3600, rest % 3600 / 60, rest % 60),
                precision: .datetime, relative: true)
        }
    }

    /// How far `पिछले`, `अगले`, `इस` shift a unit.
    static func shift(_ modifier: Modifier) -> Int? {
        switch modifier {
        case .previous, .gone: -1
        case .next, .upcoming, .coming: 1
        case .this: 0
        default: nil
        }
    }

    /// `पिछले साल`, `अगले महीने`, `इस हफ्ते`, `पिछले साल नवंबर`, `इसी साल 11 अप्रैल`.
    func shifted(_ r: SpanReading, unit: TimeUnit, by shift: Int) -> Resolution {
        guard let pub = published else { return .unanchored }
        switch unit {
        case .year:
            let year = pub.year + shift
            if let month = r.month {
                if let day = r.day, let date = PublicationDate(year: year, month: month, day: day) {
                    return withTime(date, r)
                }
                return Resolution(value: PublicationDate.isoMonth(year, month), precision: .month, relative: true)
            }
            return Resolution(value: PublicationDate.isoYear(year), precision: .year, relative: true)
        case .month:
            let month = pub.month(adding: shift)
            if let day = r.day, let date = PublicationDate(year: month.year, month: month.month, day: day) {
                return withTime(date, r)
            }
            return Resolution(
                value: PublicationDate.isoMonth(month.year, month.month), precision: .month, relative: true)
        case .week:
            let week = pub.adding(days: 7 * shift).isoWeek
            return Resolution(value: PublicationDate.isoWeekString(week), precision: .week, relative: true)
        case .decade:
            return Resolution(value: "\((pub.year / 10 + shift))X", precision: .decade, relative: true)
        case .century:
            return Resolution(value: "\(pub.year / 100 + shift)XX", precision: .century, relative: true)
        case .day, .hour, .minute, .second, .fortnight:
            return .unanchored  // अगले दिन, उस दिन: the day after some event
        }
    }

    /// `आज`, `कल`, `परसों`, `today`, `yesterday`, `tomorrow`, with a part of the day or a clock time.
    func deictic(_ deictic: Deictic, _ r: SpanReading, tense: () -> Tense?) -> Resolution {
        guard let pub = published, !r.nowadays else { return .unanchored }
        let days: Int
        switch deictic {
        case .today, .tonight: days = 0
        case .yesterday: days = -1
        case .tomorrow: days = 1
        case .adjacentDay, .secondDay:
            guard let tense = tense() else { return .unanchored }
            days = (tense == .past ? -1 : 1) * (deictic == .adjacentDay ? 1 : 2)
        }
        return withTime(pub.adding(days: days), r)
    }

    /// `26 फरवरी`, `फरवरी में`, `क्रिसमस`: the year by tense, or the nearest. A future clause allows the day
    /// before the publication date too (an article dated the morning after it was written); a deadline
    /// (`31 मार्च तक`) takes the nearest whatever the tense.
    func calendarDay(_ r: SpanReading, tense: () -> Tense?) -> Resolution {
        guard let pub = published else { return .unanchored }
        let month = r.month ?? r.fixedDay.map { Int($0.month) } ?? 1
        let day = r.day ?? (r.month == nil ? r.fixedDay.map { Int($0.day) } : nil)
        let tense = r.deadline ? nil : tense()
        guard let day else {
            let pubIndex = pub.year * 12 + pub.month - 1
            var candidates = [
                (pub.year - 1) * 12 + month - 1, pub.year * 12 + month - 1, (pub.year + 1) * 12 + month - 1,
            ]
            candidates = candidates.filter {
                tense == .past ? $0 <= pubIndex : tense == .future ? $0 >= pubIndex : true
            }
            guard let best = candidates.min(by: { abs($0 - pubIndex) < abs($1 - pubIndex) }) else { return .unanchored }
            return Resolution(
                value: PublicationDate.isoMonth(best / 12, best % 12 + 1), precision: .month, relative: true)
        }
        let candidates = [pub.year - 1, pub.year, pub.year + 1].compactMap {
            PublicationDate(year: $0, month: month, day: day)
        }
        .filter {
            tense == .past ? $0.dayNumber <= pub.dayNumber : tense == .future ? $0.dayNumber >= pub.dayNumber - 1 : true
        }
        guard let best = candidates.min(by: { abs($0.dayNumber - pub.dayNumber) < abs($1.dayNumber - pub.dayNumber) })
        else { return .unanchored }
        return withTime(best, r)
    }

    /// `शुक्रवार को`: on or before the publication day, after it in a future clause.
    func weekday(_ weekday: Int, _ r: SpanReading, tense: () -> Tense?) -> Resolution {
        guard let pub = published else { return .unanchored }
        let back = (pub.weekday - weekday + 7) % 7
        let forward = (weekday - pub.weekday + 7) % 7
        let days: Int
        switch r.modifier {
        case .previous, .gone:
            days = -(back == 0 ? 7 : back)
        case .next, .upcoming, .coming:
            days = forward == 0 ? 7 : forward
        default:
            days = tense() == .future ? (forward == 0 ? 7 : forward) : -back
        }
        return withTime(pub.adding(days: days), r)
    }

    /// The day, with the clock time when the expression gives one.
    func withTime(_ date: PublicationDate, _ r: SpanReading) -> Resolution {
        if let hour = r.hour, hour < 24, r.minute < 60 {
            return Resolution(
                value: date.iso + "T" + PublicationDate.isoTime(hour, r.minute, r.second), precision: .datetime,
                relative: true)
        }
        return Resolution(value: date.iso, precision: .day, relative: true)
    }
}
