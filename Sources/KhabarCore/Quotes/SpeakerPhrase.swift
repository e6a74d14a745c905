import KhabarText

/// Words that end a noun phrase when walking left from its head.
private let phraseBreakers: SpeechRole = [
    .phraseStop, .englishStop, .postposition, .ergative, .ergativePronoun, .speechVerb, .englishVerb,
    .intransitiveSpeech, .passive, .auxiliary, .kahna, .accordingTo, .complementizer, .subjectPronoun, .lightVerb,
    .citing,
]

/// Words that cannot end a noun phrase.
private let headBreakers: SpeechRole = phraseBreakers.union([.genitive, .conjunction, .determiner])

extension QuoteScan {
    /// The most words a speaker phrase holds (titles, names, a genitive chain).
    static let phraseWordLimit = 10

    /// The noun phrase that ends just before token `end` (the phrase before ने, का कहना, के अनुसार), as a token
    /// range, or nil when the token before `end` cannot end one.
    ///
    /// Walks left over words that are not function words; keeps a genitive (`X के प्रवक्ता`), a possessive
    /// pronoun (`उसके सहयोगियों`) and a bracketed gloss (`स्वास्थ्य मंत्री (Health Minister)`); stops after a determiner
    /// (`इस`, `the`), at a function word, and at punctuation or the sentence start. A conjunction (`रमेश और सोहन`)
    /// is kept when a noun stands before it; when the walk beyond it overruns the word limit, the phrase starts
    /// after it.
    ///
    /// Complexity: O(1): at most ``phraseWordLimit`` words and a gloss of 8 tokens.
    func phraseLeft(endingBefore end: Int) -> Range<Int>? {
        let lowerBound = max(sentenceStart(max(end - 1, 0)), end - 3 * Self.phraseWordLimit)
        var j = end - 1
        guard j >= lowerBound else { return nil }
        if has(j, .closeBracket) {  // a gloss: स्वास्थ्य मंत्री (Health Minister) ने
            guard let open = openBracket(before: j, lowerBound: lowerBound) else { return nil }
            j = open - 1
        }
        guard j >= lowerBound, isHead(j) else { return nil }
        var start = j
        var words = 1
        var beforeConjunction: Int? = nil
        var clean = true  // whether the walk ended within the word limit
        var m = j - 1
        walk: while m >= lowerBound {
            let token = tokens[m]
            let r = roles[m]
            if !token.isWordLike {
                // A gloss inside the phrase: विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) और …
                if r.any(.closeBracket), let open = openBracket(before: m, lowerBound: lowerBound), isWord(open - 1) {
                    start = open
                    m = open - 1
                    continue
                }
                break walk
            }
            if r.any(.genitive) || r.any(.possessivePronoun) {
                // X का Y: the genitive joins the word after it to the phrase before it.
                start = m
                m -= 1
                continue
            }
            if r.any(.conjunction) {
                guard beforeConjunction == nil, m - 1 >= lowerBound, isHead(m - 1) || has(m - 1, .closeBracket) else {
                    clean = false
                    break walk
                }
                beforeConjunction = start
                start = m
                m -= 1
                continue
            }
            if r.any(.determiner) {
                start = m
                break walk
            }
            if r.any(phraseBreakers) || r.any(.anaphor) {
                break walk  // the phrase starts after a function word
            }
            words += 1
            if words > Self.phraseWordLimit {
                clean = false
                break walk
            }
            start = m
            m -= 1
        }
        if has(start, .genitive) || has(start, .conjunction) {
            start += 1  // a phrase never opens with a genitive or a conjunction
        }
        if let beforeConjunction, !clean {
            start = beforeConjunction
        }
        return start..<end
    }

    /// The opening bracket of the closing bracket at `close`, within eight tokens and no other punctuation but
    /// commas between.
    func openBracket(before close: Int, lowerBound: Int) -> Int? {
        var m = close - 1
        while m >= max(lowerBound, close - 8) && !has(m, .openBracket) && !has(m, .punctuation.subtracting(.comma)) {
            m -= 1
        }
        return m >= lowerBound && has(m, .openBracket) ? m : nil
    }

    /// Whether token `k` can be the last word of a noun phrase.
    @inline(__always)
    func isHead(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let r = roles[k]
        return !r.any(headBreakers) || r.any(.subjectPronoun)
    }

    /// The subject of a speech verb that takes no ने (`वह मीडिया से बोले`, `विशेषज्ञ कहते हैं`): walks left from
    /// the verb over particles and oblique phrases (those ending in a postposition) to the first phrase that
    /// is not oblique, within the clause.
    ///
    /// Complexity: O(1): at most 16 tokens.
    func intransitiveSubject(before verb: Int) -> Range<Int>? {
        let lowerBound = max(sentenceStart(verb), verb - 16)
        var j = verb - 1
        while j >= lowerBound && has(j, .lightLink) { j -= 1 }  // भी
        while j >= lowerBound {
            guard isWord(j) else { return nil }
            let r = roles[j]
            if r.any(.subjectPronoun) { return j..<(j + 1) }
            if r.any(.postposition) {
                guard let oblique = phraseLeft(endingBefore: j) else { return nil }
                j = oblique.lowerBound - 1
                continue
            }
            if r.any(.complementizer) || r.any(.ergative) { return nil }
            return phraseLeft(endingBefore: j + 1)
        }
        return nil
    }

    /// The English subject before a speech verb: a pronoun, or a noun phrase of up to six words ending at the
    /// verb (adverbs such as `also` skipped); after an appositive (`Maria Costa, Brazil's health minister, said`)
    /// the name and the appositive.
    func englishSubject(before verb: Int) -> Range<Int>? {
        let lowerBound = max(sentenceStart(verb), verb - 16)
        var j = verb - 1
        while j >= lowerBound && has(j, .englishAdverb) { j -= 1 }
        guard j >= lowerBound else { return nil }
        if has(j, .subjectPronoun) { return j..<(j + 1) }
        var end = j + 1
        if has(j, .comma) {  // an appositive between the subject and the verb
            var m = j - 1
            while m >= lowerBound && !has(m, .comma) && !has(m, .punctuation.subtracting(.comma)) { m -= 1 }
            guard m >= lowerBound, has(m, .comma), m < j - 1 else { return nil }
            end = j
            j = m - 1
        }
        guard j >= lowerBound, isWord(j), isHead(j) else { return nil }
        var start = j
        var m = j - 1
        while m >= lowerBound && j - m < 6 && isWord(m) {
            let r = roles[m]
            if r.any(.determiner) {
                start = m
                break
            }
            if r.any(phraseBreakers) || r.any(.conjunction) { break }
            start = m
            m -= 1
        }
        return start..<end
    }

    /// The English speaker after an inverted verb (`"…," said Maria Costa, the minister.`): a pronoun or up
    /// to six words up to punctuation or a function word.
    func englishSubject(after verb: Int) -> Range<Int>? {
        let upperBound = min(sentenceEnd(verb), verb + 8)
        let first = verb + 1
        guard first < upperBound, isWord(first) else { return nil }
        if has(first, .subjectPronoun) { return first..<(first + 1) }
        var end = first
        while end < upperBound && end - first < 6 && isWord(end) {
            let r = roles[end]
            if end > first && (r.any(.determiner) || r.any(phraseBreakers)) { break }
            if end == first && !r.any(.determiner) && r.any(phraseBreakers) { return nil }
            end += 1
        }
        return end > first && !has(end - 1, .determiner) ? first..<end : nil
    }

    /// The English noun phrase after `according to`, up to a comma, sentence end or eight words.
    func englishPhrase(from first: Int) -> Range<Int>? {
        let upperBound = min(sentenceEnd(max(first - 1, 0)), first + 8)
        var end = first
        while end < upperBound && isWord(end) {
            if end > first && has(end, .englishThat) { break }
            end += 1
        }
        return end > first ? first..<end : nil
    }
}
