import KhabarText

extension SpanMarker {
    // MARK: 4. Left modifiers

    /// Extends spans leftwards over modifiers, right to left, so that `पिछले कुछ सालों` and `आने वाले दिनों` join.
    mutating func markLeftModifiers() {
        guard n > 1 else { return }
        var i = n - 1
        while i >= 1 {
            if mark[i] && !mark[i - 1] && joinsLeft(i - 1, head: i) { mark[i - 1] = true }
            i -= 1
        }
    }

    /// Whether the word at `p` belongs to the span that starts at `head`.
    func joinsLeft(_ p: Int, head: Int) -> Bool {
        let h = words[head]
        let afterHead = word(head + 1)
        switch words[p] {
        case .modifier(let modifier):
            if h.isFestival { return false }  // festivals take no modifier: यह दिवाली, पिछले क्रिसमस
            switch modifier {
            case .previous, .next, .coming:
                return true
            case .whole:
                return h.isUnit || h == .samay  // पूरे दिन, but not पूरा [रविवार]
            case .these, .those:
                return h.modifier == nil  // इन [पिछले 4 सालों]
            case .such:
                return false  // इतने [दिनों], इतने [लंबे समय]
            case .demonstrative:  // [वह दिन] दूर नहीं, but वह [8 अक्टूबर] को, यह [समय] से पहले
                let noun = h == .samay || h.isDaypart || h.isMonth || h.unit == .day
                return noun && afterHead.particle == nil && !h.isParticle(.hyphen)
            case .this, .that:
                if h.isWeekday { return false }  // इस [शुक्रवार]
                return !(h.isNumeric && afterHead.isUnit)
            case .some:
                return !h.isModifier(.long)  // काफी [लंबे समय]
            case .every:
                return true
            case .long:
                return true
            case .gone:
                return h.isUnit  // बीते साल, but बीते [3 दिसंबर], बीते [शुक्रवार]
            case .upcoming:
                return !(h.isNumeric && afterHead.isMonth)  // आगामी [29 नवंबर]
            case .late:
                return h.isDaypart
            }
        case .ordinal:
            return h.isUnit || h == .samay
        case .particle(.before):  // पहले दिन, पहले दो साल: the ordinal "first"
            return h.unit == .day || (h.isNumeric && afterHead.isUnit)
        case .particle(.emphasis):  // कुछ ही दिनों, अगले ही दिन
            let m = word(p - 1).modifier
            return m == .some || m == .next
        case .particle(.and):  // कुछ और दिन
            return word(p - 1).isModifier(.some) && h.isUnit
        case .particle(.wale):  // आने वाले दिनों
            return word(p - 1).isParticle(.aane)
        case .particle(.aane):
            return h.isParticle(.wale)
        case .particle(.came):  // आए दिन
            if case .unit(.day, false) = h { return true }
            return false
        case .particle(.article):  // a year ago
            return h.isUnit
                && (afterHead.isParticle(.ago) || afterHead.isParticle(.later) || afterHead.isParticle(.earlier))
        case .approximator:  // रात करीब 1 बजे, बुधवार को करीब 12 बजे
            guard h.isNumeric else { return false }
            let before = word(p - 1)
            return before.isDaypart || (before.isParticle(.ko) && word(p - 2).isWeekday)
                || (before.isParticle(.from) && word(p - 2) == .deictic(.today))
        case .numberPrefix:
            return h.isNumeric
        case .none:
            if h == .namedDay { return TimeLexicon.namedDay(terms[p]) != nil }  // गांधी जयंती, महिला दिवस
            return false
        default:
            return false
        }
    }

    // MARK: 5. Links

    /// Joins two time words through a linking word: `X की/को रात`, `X के दिन`, `X का समय`, `MONTH , YYYY`,
    /// `X से Y`, `से लेकर`, `से शुरू होकर`.
    mutating func markLinks() {
        guard n > 2 else { return }
        for i in 1..<(n - 1) where !mark[i] {
            guard case .particle(let particle) = words[i] else { continue }
            let a = words[i - 1]
            let b = words[i + 1]
            switch particle {
            case .kii, .ko:
                let daypartAfter = b.isDaypart || b.isModifier(.late) || (particle == .ko && b == .approximator)
                guard daypartAfter else { continue }
                if a.isParticle(.dateWord) && word(i - 2).isNumeric {  // 13 तारीख को सुबह
                    mark[i - 2] = true
                    mark[i - 1] = true
                }
                guard mark[i - 1],
                    a.isWeekday || a.isMonth || a.isPlainNumber || a.isFestival || a.isParticle(.dateWord)
                else { continue }
                mark[i] = true
                if !b.isDaypart { mark[i + 1] = true }
            case .ke:
                guard mark[i - 1] else { continue }
                if (b.unit == .day || b == .samay) && (a.isWeekday || a.isDaypart || a.isFestival) {
                    mark[i] = true  // रविवार के दिन, शाम के समय, होली के दिन
                    mark[i + 1] = true
                } else if a.unit == .day && b.isNumeric && word(i + 2) == .oclock {
                    mark[i] = true  // दिन के दो बजे
                }
            case .kaa:
                guard mark[i - 1], mark[i + 1], a.isWeekday || a.isMonth else { continue }
                if case .unit(let unit, false) = b, unit == .day || unit == .month {
                    mark[i] = true  // बुधवार का दिन, सितंबर का महीना; but [30 दिन] का समय
                }
            case .wale:
                if mark[i - 1] && (a.isWeekday || a.isFestival), case .unit(.day, false) = b {
                    mark[i] = true  // संडे वाले दिन
                    mark[i + 1] = true
                }
            case .comma:
                guard mark[i - 1], mark[i + 1] else { continue }
                let dayFirst = a.isPlainNumber && word(i - 2).isMonth && marked(i - 2)
                if (a.isMonth || dayFirst) && b.isYearNumber {
                    mark[i] = true  // नवंबर , 2006   June 19, 2024
                } else if isLatin(i - 1) && a.isWeekday && (b.isMonth || b.isPlainNumber) {
                    mark[i] = true  // Monday, June 19
                } else if (a.isParticle(.am) || a.isParticle(.pm) || a.isClock) && (b.isPlainNumber || b.isMonth) {
                    mark[i] = true  // 07:14 AM, 03-APR-2020
                }
            case .from:
                linkFrom(i)
            case .dar:
                if mark[i - 1] && mark[i + 1] && terms[i - 1] == terms[i + 1] { mark[i] = true }  // हफ्ते दर हफ्ते
            default:
                continue
            }
        }
    }

    /// `X से Y` as one range when both ends are points (`2010 से 2012`, `सुबह से शाम`), and `से लेकर`,
    /// `से शुरू होकर`; `आज से` before `N साल पहले`.
    mutating func linkFrom(_ i: Int) {
        guard mark[i - 1] else { return }
        let a = words[i - 1]
        let b = words[i + 1]
        if b.isParticle(.taking) && marked(i + 2) {
            mark[i] = true
            mark[i + 1] = true
        } else if b.isParticle(.start) && word(i + 2).isParticle(.being) && marked(i + 3) {
            mark[i] = true
            mark[i + 1] = true
            mark[i + 2] = true
        } else if a == .deictic(.today) {
            mark[i] = true  // आज से पांच साल पहले (trimmed again when nothing follows)
        } else if mark[i + 1] && b.particle == nil && (b.modifier == nil || b.isModifier(.late))
            && !(b.isNumeric && word(i + 2).isUnit)
            && (!b.isUnit || (b.unit == .year && word(i + 2).isYearNumber))  // वर्ष 2004 से वर्ष 2008
            && (a.isMonth || a.isYearNumber || a.isClock || a.isDaypart || a == .oclock || a.isWeekday
                || isPoint(b))
        {
            mark[i] = true
        }
    }

    /// Whether a word names a point that a range may end at.
    func isPoint(_ word: TimeWord) -> Bool {
        switch word {
        case .date, .dayMonth: true
        default: false
        }
    }

    // MARK: 6. Right extensions

    /// Extends spans rightwards over `पहले`/`बाद`/`पूर्व`/`भर` after a unit, `के बाद`, `के अंत`, `से पहले`, `ago`.
    mutating func markRightExtensions() {
        guard n > 1 else { return }
        for i in 0..<(n - 1) where mark[i] && !mark[i + 1] {
            let a = words[i]
            guard case .particle(let particle) = words[i + 1] else { continue }
            switch particle {
            case .before, .after, .prior, .ago, .later, .earlier:
                let every = word(i - 1).isModifier(.every) || word(i - 2).isModifier(.every)
                if (a.isUnit || a == .samay) && !every {
                    mark[i + 1] = true  // दो साल पहले, but [हर एक घंटे] बाद
                } else if a == .daypart(.noon) && particle == .after {
                    mark[i + 1] = true  // दोपहर बाद: the afternoon
                }
            case .throughout:
                if a.isUnit { mark[i + 1] = true }
            case .ahead:
                if a.isUnit && word(i - 1).isNumeric { mark[i + 1] = true }
            case .ke:
                let next = word(i + 2)
                if next.isParticle(.after) {
                    let dayMonth = a.isMonth && word(i - 1).isPlainNumber
                    let unitNotEvery = a.isUnit && !word(i - 1).isModifier(.every)
                    if a.isYearNumber || dayMonth || unitNotEvery {
                        mark[i + 1] = true
                        mark[i + 2] = true
                    }
                } else if next.isParticle(.end), case .unit(let unit, false) = a, unit == .year || unit == .month {
                    mark[i + 1] = true  // इस साल के अंत
                    mark[i + 2] = true
                }
            case .from:
                if word(i + 2).isParticle(.before) && (a == .samay || a.isYearNumber) {
                    mark[i + 1] = true  // समय से पहले, वर्ष 2004 से पहले
                    mark[i + 2] = true
                }
            default:
                continue
            }
        }
    }

    // MARK: 7. Cuts and spans

    /// Marks where a run of marked tokens holds two expressions.
    mutating func markCuts() {
        guard n > 1 else { return }
        for i in 1..<n where mark[i] && mark[i - 1] {
            let a = words[i - 1]
            let b = words[i]
            if tokens[i].flags.contains(.lineStart) || lone.contains(i - 1) {
                cut[i] = true
            } else if b.isNumeric && word(i + 1).isUnit && !b.isYearNumber
                && (a.isUnit || a.isDaypart || a.isWeekday || a.isMonth || a == .oclock)
            {
                cut[i] = true  // पिछले महीने | 25 साल,  होली के दिन | 13 साल
            } else if a.isUnit || a == .samay, let m = b.modifier,
                m == .every || m == .long || m == .some || m == .next || m == .previous || m == .this
            {
                cut[i] = true  // हर घंटे | कई साल
            } else if a.isPlainNumber && b.isPlainNumber {
                cut[i] = true  // table rows: 2006 91 9 2007
            }
        }
    }

    /// Runs of marked tokens without a cut, trimmed of linking words at both ends; single numbers and lone
    /// particles are dropped (except the elided conjuncts kept in ``lone``).
    func collectSpans() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < n {
            guard mark[i] else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n && mark[j] && !cut[j] && j - i < Self.maximumTokens { j += 1 }
            var a = i
            var b = j - 1
            while b > a && trimsAtEnd(words[b]) { b -= 1 }
            while a < b && trimsAtStart(words[a]) { a += 1 }
            if keeps(a, b) { spans.append(a..<(b + 1)) }
            i = j
        }
        return spans
    }

    func trimsAtEnd(_ word: TimeWord) -> Bool {
        switch word {
        case .particle(let p):
            switch p {
            case .from, .hyphen, .kii, .ko, .ke, .kaa, .and, .or, .comma, .taking, .start, .being, .to, .emphasis,
                .wale, .aane, .until, .englishFunction, .article:
                return true
            default:
                return false
            }
        case .approximator, .modifier, .numberPrefix:
            return true
        default:
            return false
        }
    }

    func trimsAtStart(_ word: TimeWord) -> Bool {
        switch word {
        case .particle(let p):
            switch p {
            case .from, .hyphen, .comma, .and, .or, .kii, .ko, .ke, .kaa, .to, .until, .englishFunction:
                return true
            default:
                return false
            }
        case .approximator:
            return true
        default:
            return false
        }
    }

    /// Whether the trimmed run `a...b` is an expression.
    func keeps(_ a: Int, _ b: Int) -> Bool {
        guard a == b else { return true }
        let w = words[a]
        if lone.contains(a) { return true }
        switch w {
        case .number:
            return isYear(a)
        case .decimal, .numberWord, .numberRange, .particle, .modifier, .ordinal, .approximator, .numberPrefix:
            return false
        default:
            return true
        }
    }
}
