import KhabarText

/// Finds the token spans of time expressions by marking tokens, following the ILTIMEX conventions: spans are
/// minimal noun phrases around time words, without the case markers after them.
///
/// The passes, each one walk over the tokens:
/// 1. **anchors**: time words proper (months, weekdays, units, parts of the day, years, `आज`, festivals …);
/// 2. **numbers** join the unit, month or `बजे` after them, and ranges of numbers (`27 से 30 जनवरी`);
/// 3. **hyphens** inside ranges (`2004 - 2005`, `जुलाई - अगस्त`) and reduplications (`समय - समय`);
/// 4. **left modifiers** (`पिछले`, `अगले`, `इस`, `कुछ`, `हर`, `लंबे`, ordinals), right to left so chains join;
/// 5. **links** between time words (`X की रात`, `X के दिन`, `MONTH , YYYY`, `X से Y`, `से लेकर`);
/// 6. **right extensions** (`पहले`, `बाद`, `भर`, `के बाद`, `के अंत`, `ago`);
/// 7. **cuts** where a new expression starts inside a run (`पिछले महीने | 25 साल`), then runs of marked
///    tokens become spans, trimmed of linking words at their ends.
///
/// Complexity: O(n) in the number of tokens; every rule looks a bounded number of tokens around one token.
struct SpanMarker {
    let words: [TimeWord]
    let tokens: [Token]
    let terms: [Term]
    let scalars: [Unicode.Scalar]
    var mark: [Bool]
    /// `cut[i]`: a span may not run from token `i - 1` into token `i`.
    var cut: [Bool]
    /// Numbers kept as spans of their own: the elided first conjunct of `4 व 5 नवंबर`.
    var lone: Set<Int> = []
    let n: Int

    /// The longest span, in tokens: longer runs (tables, garbage) are cut.
    static let maximumTokens = 12

    init(words: [TimeWord], tokens: [Token], terms: [Term], scalars: [Unicode.Scalar]) {
        self.words = words
        self.tokens = tokens
        self.terms = terms
        self.scalars = scalars
        n = words.count
        mark = [Bool](repeating: false, count: n)
        cut = [Bool](repeating: false, count: n + 1)
    }

    /// The word at `i`, or `.none` outside the text.
    @inline(__always)
    func word(_ i: Int) -> TimeWord { i >= 0 && i < n ? words[i] : .none }

    /// The term at `i`, or nil outside the text.
    @inline(__always)
    func term(_ i: Int) -> Term? { i >= 0 && i < n ? terms[i] : nil }

    @inline(__always)
    func marked(_ i: Int) -> Bool { i >= 0 && i < n && mark[i] }

    @inline(__always)
    func isLatin(_ i: Int) -> Bool { i >= 0 && i < n && tokens[i].flags.contains(.latin) }

    /// Runs every pass and returns the spans as token index ranges, in order.
    mutating func spans() -> [Range<Int>] {
        markAnchors()
        markNumbers()
        markHyphens()
        markLeftModifiers()
        markLinks()
        markRightExtensions()
        markCuts()
        return collectSpans()
    }

    // MARK: 1. Anchors

    mutating func markAnchors() {
        for i in 0..<n where isAnchor(i) { mark[i] = true }
    }

    func isAnchor(_ i: Int) -> Bool {
        switch words[i] {
        case .month(let month):
            if isLatin(i) { return latinMonthCounts(i, month: month) }
            if terms[i] == TimeLexicon.march {  // कैंडल मार्च, मार्च निकाला: a march
                return !(term(i - 1).map(TimeLexicon.marksMarch) ?? false)
                    && !(term(i + 1).map(TimeLexicon.marksMarch) ?? false)
            }
            return true
        case .weekday:
            return !isLatin(i) || tokens[i].end - tokens[i].start > 3 || word(i + 1).isNumeric || word(i - 1).isNumeric
        case .daypart, .unitThroughout, .nowadays, .era, .festival, .season, .frequency:
            return true
        case .namedDay:  // दिवस alone; जयंती only after a known name (गांधी जयंती, not स्वर्ण जयंती)
            return terms[i] != TimeLexicon.jayanti || (term(i - 1).flatMap(TimeLexicon.namedDay) != nil)
        case .samay:  // not पीकलोड के समय, ज्यादा समय, तय समय
            return !(term(i - 1).map(TimeLexicon.blocksSamay) ?? false)
        case .unit(let unit, _):
            if isLatin(i) {  // English units need a number or a modifier: "three days", "last week"
                let before = word(i - 1)
                return before.isNumeric || before.modifier != nil || before.isParticle(.article)
            }
            return unit != .second || word(i - 1).isNumeric
        case .deictic(let deictic):
            guard deictic == .adjacentDay else { return true }
            let reduplicated =  // कल-कल, कल - कल: a murmur
                term(i - 1) == terms[i] || term(i + 1) == terms[i]
                || (word(i - 1).isParticle(.hyphen) && term(i - 2) == terms[i])
                || (word(i + 1).isParticle(.hyphen) && term(i + 2) == terms[i])
            return !reduplicated
        case .date, .dayMonth, .yearSpan, .clock, .decade, .hourOfDay:
            return true
        case .number:
            return isYear(i)
        default:
            return false
        }
    }

    /// Whether an English month name is a month: full names always, short forms and `May` beside a number
    /// or a time modifier.
    func latinMonthCounts(_ i: Int, month: Int8) -> Bool {
        let length = tokens[i].end - tokens[i].start
        if length > 4 || (length == 4 && month != 5 && month != 6 && month != 7) { return true }
        let before = word(i - 1)
        return word(i + 1).isNumeric || before.isNumeric || before.modifier != nil
            || before.isParticle(.englishFunction)
    }

    /// Whether a four-digit number is a year: not one that counts (`2000 लोगों`, `2000 साल`), not part of a
    /// name (`मिलन-2010`), not money.
    func isYear(_ i: Int) -> Bool {
        guard case .number(let value) = words[i], (1000...2099).contains(value),
            tokens[i].end - tokens[i].start == 4
        else { return false }
        if tokens[i].flags.contains(.hyphenated) && !word(i - 1).isNumeric && !word(i - 1).isMonth {
            return false  // मिलन-2010, but 03-APR-2020
        }
        if let before = term(i - 1), TimeLexicon.countsBefore(before) { return false }
        let before = word(i - 1)
        if before == .approximator || before.isParticle(.until) {  // करीब 2000 भारतीय, अब तक 1936 मरीज
            guard let after = word(i + 1).particle, after != .and, after != .comma, after != .hyphen else {
                return false
            }
        }
        if i > 0, tokens[i - 1].kind == .symbol { return false }  // ₹2000, $1500
        if value < 1900 {  // older years need a cue: सन 1857, साल 1947 में
            let before = word(i - 1)
            guard before.isParticle(.era) || before.unit == .year || before.isParticle(.englishFunction) else {
                return false
            }
        }
        guard i + 1 < n else { return true }
        if let unit = words[i + 1].unit, unit != .year || tokens[i + 1].flags.contains(.latin) { return false }
        if words[i + 1].unit == .year && !word(i - 1).isParticle(.era) { return false }  // 2000 साल: a count
        if TimeLexicon.isMeasure(terms[i + 1]) || TimeLexicon.countsAfter(terms[i + 1]) { return false }
        if words[i + 1].isParticle(.from), let comparative = term(i + 2), TimeLexicon.isComparative(comparative) {
            return false  // 2000 से ज्यादा
        }
        return !endsInObliquePlural(i + 1)
    }

    /// Whether a word ends in `ों` and is not a time word (`2000 छात्रों` counts students).
    func endsInObliquePlural(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, case .none = words[i] else { return false }
        let end = tokens[i].end
        guard end - tokens[i].start >= 3 else { return false }
        return scalars[end - 2].value == 0x094B && scalars[end - 1].value == 0x0902
    }

    // MARK: 2. Numbers

    mutating func markNumbers() {
        var i = n - 1
        while i >= 0 {
            defer { i -= 1 }
            let w = words[i]
            guard w.isNumeric, !mark[i] || w.isYearNumber else { continue }
            let next = word(i + 1)
            if marked(i + 1) && (next.isUnit || next.isMonth || next == .oclock) {
                mark[i] = true
            } else if next == .oclock || next.isParticle(.am) || next.isParticle(.pm) || next.isParticle(.oclock) {
                if next == .oclock || clockHour(w) {  // 10 बजे, 10 am, 10:30 p.m.
                    mark[i] = true
                    mark[i + 1] = true
                }
            } else if (next.isParticle(.hyphen) || next.isParticle(.from) || next.isParticle(.to)) && marked(i + 2)
                && (word(i + 2).isNumeric || word(i + 2).isMonth)
            {
                mark[i] = true  // 27 से 30 जनवरी, 15 - 20 दिन
                mark[i + 1] = true
            } else if next.isParticle(.ke) && word(i + 2).unit == .decade {
                mark[i] = true  // 60 के दशक
                mark[i + 1] = true
                mark[i + 2] = true
            } else if next.isParticle(.and) && word(i + 2).isNumeric && word(i + 3).isParticle(.ke)
                && word(i + 4).unit == .decade
            {
                for k in i...(i + 4) { mark[k] = true }  // 70 और 80 के दशक
            } else if case .numberWord = w, next == .samay || (next.isNumeric && marked(i + 1)) {
                mark[i] = true  // एक समय, एक-दो साल
            } else if (next.isParticle(.and) || next.isParticle(.or) || next.isParticle(.comma))
                && word(i + 2).isNumeric && marked(i + 2)
                && (word(i + 3).isMonth || word(i + 3).isUnit || word(i + 3) == .oclock) && !w.isYearNumber
                && sameNumberForm(w, word(i + 2))
            {
                mark[i] = true  // [4] व [5 नवंबर]: the first conjunct stands alone
                lone.insert(i)
            } else if isLatin(i - 1), word(i - 1).isMonth, marked(i - 1), case .number(let day) = w, day >= 1,
                day <= 31
            {
                mark[i] = true  // June 19
            }
        }
    }

    /// Whether a number can be a clock hour before `am`/`pm`.
    func clockHour(_ word: TimeWord) -> Bool {
        switch word {
        case .number(let value): value >= 1 && value <= 12
        case .decimal(let whole, _, let digits, _): whole <= 12 && digits == 2
        default: false
        }
    }

    /// Whether two conjuncts are numbers of one form (both digits or both words).
    func sameNumberForm(_ a: TimeWord, _ b: TimeWord) -> Bool {
        switch (a, b) {
        case (.numberWord, .numberWord), (.number, .number), (.decimal, .decimal): true
        default: false
        }
    }

    // MARK: 3. Hyphens

    mutating func markHyphens() {
        guard n > 2 else { return }
        for i in 1..<(n - 1) where words[i].isParticle(.hyphen) || words[i].isParticle(.to) {
            let before = words[i - 1]
            let after = words[i + 1]
            if before.isNumeric && after.isNumeric && (mark[i - 1] || mark[i + 1]) {
                mark[i - 1] = true
                mark[i] = true
                mark[i + 1] = true
            } else if before.isMonth && after.isMonth {
                mark[i] = true
            } else if words[i].isParticle(.hyphen) && mark[i - 1] && mark[i + 1]
                && (terms[i - 1] == terms[i + 1] || (before.unit == .day && (after.unit == .day || after.isDaypart)))
            {
                mark[i] = true  // समय - समय, दिनों - दिन, दिन - रात
            } else if before.isYearNumber && after.isYearNumber && mark[i - 1] && mark[i + 1] {
                mark[i] = true  // 2004 - 2005
            }
        }
    }
}
