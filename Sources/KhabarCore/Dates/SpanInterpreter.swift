import KhabarText

/// Turns a span of tokens into a ``TimeExpression``: splits ranges, reads each part, picks the ILTIMEX kind
/// and resolves the value.
///
/// Kinds follow the annotation's rule of thumb: `हर`/`प्रति`/frequency words/`आजकल`/reduplications are
/// frequencies; anything with `पहले`/`बाद` is a date; ranges, `भर`, a count with a unit, `इन/उन दिनों`,
/// `कुछ/कई/लंबे` + unit, and `पिछले/अगले` + a count or a plural unit are periods; the rest are dates.
struct SpanInterpreter {
    let words: [TimeWord]
    let tokens: [Token]
    let terms: [Term]
    let tense: ClauseTense
    let resolver: DateResolver

    /// The expression of the tokens `span`.
    func expression(_ span: Range<Int>) -> TimeExpression {
        let range = tokens[span.lowerBound].start..<tokens[span.upperBound - 1].end
        let lazyTense = { tense.tense(around: span) }
        let deadline = span.upperBound < words.count && words[span.upperBound].isParticle(.until)
        let resolution: DateResolver.Resolution
        let kind: TimeExpression.Kind
        if let (left, right, hyphen) = split(span) {
            var leftReading = SpanReading(left, words: words, tokens: tokens, terms: terms)
            var rightReading = SpanReading(right, words: words, tokens: tokens, terms: terms)
            Self.lend(&leftReading, &rightReading)
            leftReading.deadline = deadline
            rightReading.deadline = deadline
            // 2004- 2005, 4- 5 सितंबर: hyphenated ranges of days or years are dates (ILTIMEX); से ranges,
            // month ranges and counts are periods
            let points = (rightReading.day != nil || rightReading.year != nil) && rightReading.unit == nil
            kind = hyphen && points ? .date : .period
            resolution = self.range(leftReading, rightReading, tense: lazyTense)
        } else {
            var reading = SpanReading(span, words: words, tokens: tokens, terms: terms)
            reading.deadline = deadline
            kind = Self.kind(reading)
            switch kind {
            case .frequency:
                resolution = resolver.frequency(reading)
            case .period:
                resolution = resolver.duration(reading)
            case .date, .time:
                resolution = resolver.date(reading, tense: lazyTense, anchoredElsewhere: anchoredElsewhere(span))
            }
        }
        return TimeExpression(
            range: range, kind: kind, value: resolution.value, precision: resolution.precision,
            relative: resolution.relative)
    }

    /// The ILTIMEX kind of a reading.
    static func kind(_ r: SpanReading) -> TimeExpression.Kind {
        if r.every || r.frequency != nil || r.nowadays || r.reduplicated { return .frequency }
        if r.direction != 0 { return .date }
        if r.countIsRange && r.unit != nil { return .period }
        if r.throughout || (r.era && !r.hasCalendarField) { return .period }
        let measured = r.unit != nil || (r.vague && !r.era && r.fixedDay == nil && r.daypart == nil)
        guard measured, !r.hasCalendarField, r.hour == nil else { return .date }
        if r.quantifier != nil { return .period }  // कुछ दिन, इन दिनों, लंबे समय, पिछले कुछ समय
        if let modifier = r.modifier {
            switch modifier {
            case .previous, .next, .gone, .upcoming:
                return r.count != nil || r.plural ? .period : .date  // पिछले चार सालों, पिछले दिनों; पिछले साल
            default:
                break
            }
        }
        if r.count != nil && r.unit != nil {
            return r.countIsOne && r.unit == .day && !r.plural ? .date : .period  // दो साल; but एक दिन (one day)
        }
        if r.plural && r.count == nil && (r.unit == .hour || r.unit == .minute) { return .period }  // घंटों
        return .date
    }

    /// A range's two ends: `X से Y`, `X से लेकर Y`, `X से शुरू होकर Y`, `X - Y`, `X to Y`.
    func split(_ span: Range<Int>) -> (Range<Int>, Range<Int>, hyphen: Bool)? {
        guard span.count >= 3 else { return nil }
        for k in (span.lowerBound + 1)..<(span.upperBound - 1) {
            guard case .particle(let particle) = words[k] else { continue }
            var rightStart = k + 1
            switch particle {
            case .from:
                let next = words[k + 1]
                if next.isParticle(.before) || words[k - 1] == .deictic(.today) { return nil }
                if next.isParticle(.taking) {
                    rightStart = k + 2
                } else if next.isParticle(.start) {
                    rightStart = k + 3
                }
            case .hyphen, .to:
                let same = words[k - 1].unit != nil && words[k - 1].unit == words[k + 1].unit
                if terms[k - 1] == terms[k + 1] || same { return nil }  // समय - समय, दिनों - दिन
            default:
                continue
            }
            guard rightStart < span.upperBound else { return nil }
            return (span.lowerBound..<k, rightStart..<span.upperBound, particle == .hyphen)
        }
        return nil
    }

    /// Lets the ends of a range lend each other what they leave out: `27 से 30 जनवरी` (the day 27 of
    /// January), `रात 8 से 10 बजे` (8 is a clock hour), `साल 1980 -81` (81 is 1981).
    static func lend(_ left: inout SpanReading, _ right: inout SpanReading) {
        if right.unit == nil, right.year == nil, let year = left.year, let count = right.count, count < 100,
            count == count.rounded(), right.month == nil
        {
            right.year = year / 100 * 100 + Int(count)  // 1980 -81
            right.count = nil
        }
        if left.unit == nil, let count = left.count, count == count.rounded() {
            if right.day != nil && right.month != nil && left.day == nil {
                left.day = Int(count)  // 27 से 30 जनवरी
                left.count = nil
            } else if right.hour != nil && left.hour == nil {
                left.hour = left.daypart.map { $0.hour(reading: Int(count)) } ?? Int(count)  // रात 8 से 10 बजे
                left.count = nil
            }
        }
        if left.month == nil && left.day != nil { left.month = right.month }
        if left.year == nil && left.month != nil { left.year = right.year }
        if right.year == nil && right.month != nil && left.year != nil && (right.month ?? 0) >= (left.month ?? 13) {
            right.year = left.year
        }
        if left.deictic == nil && left.weekday == nil && left.month == nil && left.year == nil && left.day == nil
            && left.hour != nil
        {
            left.deictic = right.deictic
            left.weekday = right.weekday
        } else if right.deictic == nil && right.weekday == nil && right.month == nil && right.year == nil
            && right.day == nil && right.hour != nil
        {
            (right.deictic, right.weekday) = (left.deictic, left.weekday)  // शुक्रवार शाम 4 बजे से रात 12 बजे
            (right.year, right.month, right.day) = (left.year, left.month, left.day)
        }
    }

    /// A range of dates as an ISO interval, once ``lend(_:_:)`` has completed its ends.
    func range(_ left: SpanReading, _ right: SpanReading, tense: () -> Tense?) -> DateResolver.Resolution {
        guard left.count == nil && right.count == nil && left.unit == nil && right.unit == nil else {
            return .vague  // 16 से 18 साल: a range of counts
        }
        let start = resolver.date(left, tense: tense, anchoredElsewhere: false)
        let end = resolver.date(right, tense: tense, anchoredElsewhere: false)
        guard let a = start.value, let b = end.value, start.precision == end.precision else {
            return DateResolver.Resolution(value: nil, precision: .unresolved, relative: start.relative || end.relative)
        }
        return DateResolver.Resolution(
            value: a + "/" + b, precision: start.precision, relative: start.relative || end.relative)
    }

    /// Whether the token before the span ties it to another event (`इसके दो दिन बाद`, `घटना से एक दिन पहले`).
    func anchoredElsewhere(_ span: Range<Int>) -> Bool {
        guard span.lowerBound > 0 else { return false }
        let before = span.lowerBound - 1
        switch words[before] {
        case .particle(.from), .particle(.ke), .particle(.kii):
            return true
        default:
            return Self.anchors.contains(terms[before])
        }
    }

    static let anchors: Set<Term> = ["इससे", "उससे", "इसके", "उसके", "जिसके", "जिससे", "before", "after"]
}
