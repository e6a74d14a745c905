import KhabarText

/// The tense of the clause a time expression sits in, as far as it decides which `कल`, which Friday or
/// which March is meant.
enum Tense: Sendable, Hashable {
    case past, future
}

/// Reads the tense of a clause from its verbs, without a tagger.
///
/// Hindi puts the verb at the end of the clause, so the tokens after the expression decide, up to the
/// sentence end or a `कि` that opens a new clause (and at most ``window`` tokens, which keeps the cost bounded
/// in text without sentence ends):
/// - future: a verb ending in `-गा/-गी/-गे` after a vowel sign (`होगा`, `करेंगे`, `जाएगी`), an infinitive before
///   `वाला/वाली/वाले` or `है` (`होने वाली`, `जाना है`), a progressive before `है` (`जा रहे हैं`);
/// - past: `था/थी/थे/थीं`, perfective forms (`गया`, `किया`, `कहा`, `बताया`, `हुई`, `-ाया`, `-िया`), an ergative
///   `ने` or fused ergative pronoun (`उन्होंने`). A perfective followed by a form of `जाना` is passive and
///   lets the next verb decide (`किया जाएगा` is future).
/// When the tokens after say nothing, an ergative before the expression in the same sentence means past.
/// English looks both ways for the nearest `will`/`'ll`/`shall` or `was`/`were`/`had`/`said`/`-ed`.
///
/// Complexity: O(``window``) per expression.
struct ClauseTense {
    let tokens: [Token]
    let terms: [Term]
    let scalars: [Unicode.Scalar]

    /// The most tokens looked at on each side.
    static let window = 30

    /// The tense around the expression whose tokens are `span`.
    func tense(around span: Range<Int>) -> Tense? {
        let latin = tokens[span.lowerBound].flags.contains(.latin)
        return latin ? english(span) : hindi(span)
    }

    // MARK: Hindi

    func hindi(_ span: Range<Int>) -> Tense? {
        var k = span.upperBound
        let limit = min(tokens.count, k + Self.window)
        while k < limit {
            if endsSentence(k) || terms[k] == Self.ki { break }
            switch verbTense(k) {
            case .some(.past) where !passive(after: k):
                return .past
            case .some(.future):
                return .future
            default:
                if opensInfinitiveClause(k) { k = limit } else { k += 1 }
            }
        }
        var b = span.lowerBound - 1
        let start = max(0, span.lowerBound - Self.window)
        while b >= start {
            if endsSentence(b) || terms[b] == Self.ki { break }
            if Self.ergatives.contains(terms[b]) { return .past }
            b -= 1
        }
        return nil
    }

    /// Whether the word at `k` is an infinitive that the expression may belong to rather than to the finite
    /// verb after it: `[नवंबर] में मिलने पर सहमत हुए` (agreed to meet in November) says nothing of November's
    /// side of the publication date. `होने वाली`, `जाना है` are read by ``verbTense(_:)`` instead.
    func opensInfinitiveClause(_ k: Int) -> Bool {
        guard endsInInfinitive(k), !Self.notInfinitives.contains(terms[k]), k + 1 < tokens.count else { return false }
        let next = terms[k + 1]
        return !Self.participles.contains(next) && next != Self.hai && next != Self.hain
    }

    /// Whether the verb at `k` is followed by a form of जाना (a passive: `किया जाएगा`, `किया जा रहा है`).
    func passive(after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].kind == .word else { return false }
        let start = tokens[k + 1].start
        return tokens[k + 1].end - start >= 2 && scalars[start].value == 0x091C && scalars[start + 1].value == 0x093E
    }

    /// The tense a single Hindi word shows, if any.
    func verbTense(_ k: Int) -> Tense? {
        guard tokens[k].kind == .word else { return nil }
        let term = terms[k]
        if Self.pastWords.contains(term) || Self.ergatives.contains(term) { return .past }
        if term == Self.hai || term == Self.hain {
            guard k > 0 else { return nil }
            if Self.progressives.contains(terms[k - 1]) || endsInInfinitive(k - 1) { return .future }
            return nil
        }
        if Self.participles.contains(term) && k > 0 && Self.aboutTo.contains(terms[k - 1]) {
            return .future  // होने वाली बैठक (but करने वाले लोग: the people who do)
        }
        let start = tokens[k].start
        let end = tokens[k].end
        let length = end - start
        guard length >= 3 else { return nil }
        let last = scalars[end - 1].value
        let beforeLast = scalars[end - 2].value
        // -गा -गी -गे after a vowel sign: होगा, करेंगे, जाएगी (not लगा, भागे, आगे)
        if beforeLast == 0x0917 && (last == 0x093E || last == 0x0940 || last == 0x0947) {
            var p = end - 3
            if scalars[p].value == 0x0902 {  // anusvara: करेंगे, जाएंगे (not मांगे)
                guard p > start else { return nil }
                p -= 1
                if scalars[p].value == 0x093E { return nil }
            }
            if Self.futureVowels.contains(scalars[p].value) { return .future }
        }
        // -ाया (बताया, पाया) and the short perfectives किया/दिया/लिया/पिया
        if last == 0x093E && beforeLast == 0x092F {
            let vowel = scalars[end - 3].value
            if vowel == 0x093E && length >= 4 { return .past }
            if vowel == 0x093F && length == 4 { return .past }
        }
        return nil
    }

    /// Whether the word at `k` is an infinitive (`होना`, `करने`, `जानी`).
    func endsInInfinitive(_ k: Int) -> Bool {
        guard k >= 0, tokens[k].kind == .word, tokens[k].end - tokens[k].start >= 3 else { return false }
        let end = tokens[k].end
        guard scalars[end - 2].value == 0x0928 else { return false }
        let last = scalars[end - 1].value
        return last == 0x093E || last == 0x0940 || last == 0x0947
    }

    func endsSentence(_ k: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        let v = scalars[tokens[k].start].value
        return v == 0x0964 || v == 0x0965 || v == 0x3F || v == 0x21 || v == 0x2E
    }

    // MARK: English

    func english(_ span: Range<Int>) -> Tense? {
        var afterOpen = true
        var beforeOpen = true
        var distance = 1
        while distance <= Self.window && (afterOpen || beforeOpen) {
            let after = span.upperBound + distance - 1
            afterOpen = afterOpen && after < tokens.count && !endsSentence(after)
            if afterOpen, let tense = englishTense(after) { return tense }
            let before = span.lowerBound - distance
            beforeOpen = beforeOpen && before >= 0 && !endsSentence(before)
            if beforeOpen, let tense = englishTense(before) { return tense }
            distance += 1
        }
        return nil
    }

    func englishTense(_ k: Int) -> Tense? {
        guard tokens[k].kind == .word, tokens[k].flags.contains(.latin) else { return nil }
        let term = terms[k]
        if Self.englishFuture.contains(term) { return .future }
        let passive = k > 0 && Self.englishBe.contains(terms[k - 1])  // will be held: the participle says nothing
        if Self.englishPast.contains(term) { return passive ? nil : .past }
        let end = tokens[k].end
        if end - tokens[k].start >= 3 {
            let v = scalars[end - 1].value | 0x20
            let u = scalars[end - 2].value | 0x20
            if u == 0x65 && v == 0x64 { return passive ? nil : .past }  // -ed
            if v == 0x6C && u == 0x6C && end - tokens[k].start >= 4 && scalars[end - 3].value == 0x27 {
                return .future  // we'll, it'll
            }
        }
        return nil
    }

    // MARK: Words

    static let ki: Term = "कि"
    static let hai: Term = "है"
    static let hain: Term = "हैं"
    static let futureVowels: Set<UInt32> = [0x0947, 0x094B, 0x0942, 0x090F, 0x0913, 0x090A]
    static let progressives: Set<Term> = ["रहा", "रही", "रहे", "रहीं"]
    static let participles: Set<Term> = ["वाला", "वाली", "वाले"]
    static let notInfinitives: Set<Term> = ["अपने", "अपना", "अपनी", "सामने", "कोने", "पुराने", "पुराना", "पुरानी", "सूने"]
    static let aboutTo: Set<Term> = ["होने", "जाने", "आने", "मिलने", "शुरू"]
    static let pastWords: Set<Term> = [
        "था", "थी", "थे", "थीं", "गया", "गई", "गए", "गईं", "चुका", "चुकी", "चुके", "हुआ", "हुई", "हुए", "हुईं", "किया",
        "किए", "कीं", "दिया", "दी", "दिए", "लिया", "ली", "कहा", "बताया", "आया", "आई", "आए", "मिला", "मिली", "पहुंचा",
        "पहुंची", "पहुंचे", "निकला", "निकली", "बोले", "बोलीं", "बोला",
    ]
    static let ergatives: Set<Term> = [
        "ने", "उन्होंने", "इन्होंने", "उसने", "इसने", "मैंने", "हमने", "आपने", "तुमने", "जिसने", "किसने", "जिन्होंने",
    ]
    static let englishFuture: Set<Term> = ["will", "shall", "won't", "upcoming"]
    static let englishBe: Set<Term> = ["be", "been", "being"]
    static let englishPast: Set<Term> = [
        "was", "were", "had", "did", "said", "told", "met", "held", "went", "came", "took", "gave", "made", "won",
        "lost", "left", "began", "saw", "found", "ago",
    ]
}
