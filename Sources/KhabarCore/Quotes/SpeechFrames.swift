import KhabarText

/// A speaker's gender as a verb form or title tells it.
enum SpeakerGender: UInt8, Sendable {
    case feminine, masculine
}

/// A speech frame: a cue (speech verb, `का कहना है`, `के अनुसार`, `said`), its speaker phrase, and where what was
/// said starts. All positions are token indices.
struct SpeechFrame: Sendable {
    /// The construction.
    enum Kind: UInt8, Sendable {
        /// X ने … कहा / दावा किया (and fused उन्होंने कहा).
        case ergative
        /// X बोले / कहते हैं.
        case intransitive
        /// X का कहना है.
        case kahna
        /// X के अनुसार / मुताबिक / हवाले से; according to X.
        case according
        /// X said / said X / X told Y.
        case english
    }

    var kind: Kind
    /// The cue's tokens (auxiliaries included).
    var cue: Range<Int>
    /// The speaker phrase's tokens.
    var speaker: Range<Int>?
    /// The first token of what was said after the cue (after कि, a comma or colon, `that`), if any.
    var complement: Int?
    /// Reported content that stands before the cue: the object of `आरोप लगाया` / `इनकार किया`, or the clause
    /// before a closing `according to X`.
    var object: Range<Int>?
    /// The gender the verb form gives the speaker.
    var gender: SpeakerGender?
    /// Whether the clause ends right after the cue (and its inverted English speaker), so that the frame can
    /// attribute a quote that comes before it.
    var endsClause: Bool

    /// The first token of the frame: its speaker phrase or its cue.
    var first: Int { min(speaker?.lowerBound ?? cue.lowerBound, cue.lowerBound) }
}

extension QuoteScan {
    /// Every speech frame, in order of cue (see ``SpeechFrame``; for ``frames``).
    ///
    /// Complexity: O(t); each cue looks at most a few dozen tokens around it.
    func speechFrames() -> [SpeechFrame] {
        var frames: [SpeechFrame] = []
        var k = 0
        let n = tokens.count
        while k < n {
            let r = roles[k]
            if !r.any(.cue) || !tokens[k].isWordLike {
                k += 1
                continue
            }
            var frame: SpeechFrame?
            if r.any(.speechVerb) {
                frame = ergativeFrame(cueStart: k, cueEnd: k)
            } else if r.any(.speechNoun), let verb = lightVerb(after: k) {
                frame = ergativeFrame(cueStart: k, cueEnd: verb)
                if var found = frame, found.complement == nil, r.any(.objectNoun) {
                    found.object = object(of: found, noun: k)
                    frame = found
                }
                if var found = frame, found.complement == nil, found.object == nil, r.any(.tidings),
                    let told = toldBefore(noun: k, after: frames.last)
                {
                    found.object = told  // X ने इसकी जानकारी दी: the sentence before is what X told
                    frame = found
                }
            } else if r.any(.tidings) {
                frame = tidingsFrame(k, after: frames.last)
            } else if r.any(.intransitiveSpeech) {
                frame = intransitiveFrame(k)
            } else if r.any(.kahna) {
                frame = kahnaFrame(k)
            } else if r.any(.accordingTo) || r.any(.citing) || r.any(.believe) {
                frame = accordingFrame(k)
            } else if r.any(.englishVerb) && isLatin(k) {
                frame = englishFrame(k)
            } else if r.any(.englishAccording) && has(k + 1, .englishTo) {
                frame = englishAccordingFrame(k)
            }
            if let frame {
                // A frame that cites another's words (X ने Y के हवाले से कहा) absorbs the `के हवाले से` frame.
                while let last = frames.last, last.kind == .according, let speaker = frame.speaker,
                    last.cue.lowerBound >= speaker.lowerBound, last.cue.upperBound <= frame.cue.lowerBound
                {
                    frames.removeLast()
                }
                frames.append(frame)
                k = max(k + 1, frame.cue.upperBound)
            } else {
                k += 1
            }
        }
        return frames
    }

    // MARK: Hindi

    /// The light verb that makes a speech verb with the noun at `noun` (`दावा किया`, `चिंता व्यक्त की`,
    /// `पुष्टि भी की`), when it ends a finite clause; nil for a genitive `की` or a passive.
    func lightVerb(after noun: Int) -> Int? {
        var m = noun + 1
        var links = 0
        while has(m, .lightLink) && links < 2 && !has(m, .lightVerb) {
            m += 1
            links += 1
        }
        guard has(m, .lightVerb), isFiniteEnd(after: m) else { return nil }
        return m
    }

    /// Whether the clause of the verb at `verb` is finite and active: what follows is punctuation, an
    /// auxiliary, कि, a conjunction or nothing (not a passive गया/जा, and not a noun after a genitive की).
    func isFiniteEnd(after verb: Int) -> Bool {
        let next = verb + 1
        guard next < tokens.count, paragraphOf[next] == paragraphOf[verb] else { return true }
        let r = roles[next]
        if r.any(.passive) { return false }
        if !tokens[next].isWordLike { return true }
        return r.any(.auxiliary) || r.any(.complementizer) || r.any(.conjunction)
            || r.any(.phraseStop) && !r.any(.postposition)
    }

    /// Extends a cue over the auxiliaries after it (`कहा है`, `कहा था`).
    func auxiliaryEnd(after verb: Int) -> Int {
        var end = verb + 1
        while end < tokens.count && end - verb <= 2 && has(end, .auxiliary) { end += 1 }
        return end
    }

    /// A frame around a speech verb that takes ने: `X ने (Y से) कहा (है)`, `उन्होंने ट्वीट कर कहा`,
    /// `A ने B के हवाले से कहा` (speaker B).
    func ergativeFrame(cueStart: Int, cueEnd verb: Int) -> SpeechFrame? {
        guard isFiniteEnd(after: verb) else {
            return cueStart == verb ? documentFrame(verb) : nil
        }
        let end = auxiliaryEnd(after: verb)
        let lowerBound = max(sentenceStart(cueStart), cueStart - 30)
        var speaker: Range<Int>? = nil
        var cited: Range<Int>? = nil
        var j = cueStart - 1
        while j >= lowerBound {
            let r = roles[j]
            if r.any(.ergative) {
                var end = j
                while end > lowerBound && has(end - 1, .ergative) { end -= 1 }  // a doubled ने (a typo)
                speaker = phraseLeft(endingBefore: end)
                break
            }
            if r.any(.ergativePronoun) {
                speaker = j..<(j + 1)
                break
            }
            if r.any(.complementizer) || r.any(.endMark) { break }
            if cited == nil && r.any(.citing) && has(j + 1, .se) {
                if has(j - 1, .possessivePronoun) {
                    cited = (j - 1)..<j
                } else if has(j - 1, .genitive) {
                    cited = phraseLeft(endingBefore: j - 1)
                }
            }
            j -= 1
        }
        if speaker == nil && !has(verb, .speechVerb) { return nil }  // a light verb with no subject is no cue
        var complement = complement(after: end, allowWord: end > verb + 1)
        if let c = complement, !has(verb, .speechVerb), !has(c, .quoteMark), !has(c - 1, .complementizer),
            !has(c - 1, .colon)
        {
            complement = nil  // a noun cue reports through कि, a colon or a quote, not a bare comma
        }
        return SpeechFrame(
            kind: .ergative, cue: cueStart..<end, speaker: cited ?? speaker, complement: complement, object: nil,
            gender: nil, endsClause: endsClause(at: end))
    }

    /// `बयान में कहा गया है कि …`, `X की ओर से बताया गया कि …`, `आदेश में कहा गया, …`: a passive speech verb whose source is the document
    /// named before में.
    func documentFrame(_ verb: Int) -> SpeechFrame? {
        guard has(verb + 1, .pastPassive) else { return nil }
        let source: Range<Int>?
        if has(verb - 1, .locative) {
            // बयान में कहा गया; इसमें कहा गया (the pronoun and में in one word).
            source = has(verb - 1, .postposition) ? phraseLeft(endingBefore: verb - 1) : (verb - 1)..<verb
        } else if has(verb - 1, .agent) && has(verb - 1, .postposition) {
            source = phraseLeft(endingBefore: verb - 1)  // X द्वारा बताया गया
        } else if has(verb - 1, .se) && has(verb - 2, .agent) && has(verb - 3, .genitive) {
            source = phraseLeft(endingBefore: verb - 3)  // X की ओर से बताया गया
        } else {
            return nil
        }
        guard let source else { return nil }
        let end = auxiliaryEnd(after: verb + 1)
        guard let complement = complement(after: end, allowWord: false) else { return nil }
        return SpeechFrame(
            kind: .ergative, cue: verb..<end, speaker: source, complement: complement, object: nil, gender: nil,
            endsClause: false)
    }

    /// The reported object of a noun cue: the words between the speaker's ने and the noun, without the
    /// postposition that links them (`सरकार पर … अनदेखी करने का` आरोप लगाया).
    func object(of frame: SpeechFrame, noun: Int) -> Range<Int>? {
        guard let speaker = frame.speaker else { return nil }
        var lower = speaker.upperBound
        if has(lower, .ergative) { lower += 1 }
        var upper = noun
        if has(upper - 1, .genitive) || has(upper - 1, .se) { upper -= 1 }
        // The object starts after a comma or a coordinated clause (`… बैठक की और … की पुष्टि की`).
        var m = upper - 1
        while m > lower {
            if has(m, .comma) || (has(m, .conjunction) && has(m - 1, [.lightVerb, .auxiliary, .speechVerb])) {
                lower = m + 1
                break
            }
            m -= 1
        }
        while lower < upper && (has(lower, .lightLink) || has(lower, .phraseStop) && !has(lower, .postposition)) {
            lower += 1  // ही, भी
        }
        guard upper > lower, wordCount(lower..<upper) >= 2 else { return nil }
        for m in lower..<upper where has(m, .quoteMark) || has(m, .endMark) { return nil }
        return lower..<upper
    }

    /// `X बोले, "…"`, `वह बोलीं कि …`, `विशेषज्ञ कहते हैं कि …`: only with a complement or at a clause end.
    func intransitiveFrame(_ verb: Int) -> SpeechFrame? {
        guard isFiniteEnd(after: verb) else { return nil }
        let end = auxiliaryEnd(after: verb)
        let complement = complement(after: end, allowWord: false)
        let ends = endsClause(at: end)
        guard complement != nil || ends, let speaker = intransitiveSubject(before: verb) else { return nil }
        let gender: SpeakerGender? =
            has(verb, .feminine) ? .feminine : has(verb, .masculine) ? .masculine : nil
        return SpeechFrame(
            kind: .intransitive, cue: verb..<end, speaker: speaker, complement: complement, object: nil,
            gender: gender, endsClause: ends)
    }

    /// `X का कहना है (कि|,) …`, `उनका कहना था …`.
    func kahnaFrame(_ k: Int) -> SpeechFrame? {
        let speaker: Range<Int>?
        if has(k - 1, .possessivePronoun) {
            speaker = (k - 1)..<k
        } else if has(k - 1, .genitive) {
            speaker = phraseLeft(endingBefore: k - 1)
        } else {
            return nil
        }
        guard let speaker else { return nil }
        let end = auxiliaryEnd(after: k)
        guard end > k + 1 else { return nil }  // कहना without है/था is a noun (`यह कहना गलत है`)
        return SpeechFrame(
            kind: .kahna, cue: (k - 1)..<end, speaker: speaker, complement: complement(after: end, allowWord: true),
            object: nil, gender: nil, endsClause: endsClause(at: end))
    }

    /// `X के अनुसार/मुताबिक(,) …`, `X के हवाले से …`, `X की मानें तो …`, `उनके अनुसार …`; not `नियमों के अनुसार`.
    func accordingFrame(_ k: Int) -> SpeechFrame? {
        var end = k + 1
        if has(k, .citing) {
            guard has(k + 1, .se) else { return nil }
            end = k + 2
        } else if has(k, .believe) {
            guard has(k + 1, .phraseStop) else { return nil }  // X की मानें तो
            end = k + 2
        }
        let speaker: Range<Int>?
        if has(k - 1, .possessivePronoun) {
            speaker = has(k - 1, .notASource) ? nil : (k - 1)..<k
        } else if has(k - 1, .genitive) {
            speaker = phraseLeft(endingBefore: k - 1)
        } else {
            return nil
        }
        guard let speaker, !has(speaker.upperBound - 1, .notASource) else { return nil }
        var complement: Int? = end
        if has(end, .separator) { complement = end + 1 }
        if let c = complement,
            c >= tokens.count || !(isWord(c) || has(c, .quoteMark)) || paragraphOf[c] != paragraphOf[k]
        {
            complement = nil  // विभाग के मुताबिक, 'कल से …' takes the quote
        }
        var object: Range<Int>? = nil
        if complement == nil {
            let start = max(sentenceStart(k), k - Self.reportedTokenLimit)
            var upper = speaker.lowerBound
            while upper > start && has(upper - 1, .separator) { upper -= 1 }
            if upper > start && wordCount(start..<upper, atMost: 3) >= 3 { object = start..<upper }
        }
        return SpeechFrame(
            kind: .according, cue: (k - 1)..<end, speaker: speaker, complement: complement, object: object,
            gender: nil, endsClause: false)
    }

    // MARK: Shared

    /// Where what was said starts after a cue ending before `end`: after a comma, colon or dash, after कि or
    /// `that`, or a quote mark right after the cue; a word right after the cue only when `allowWord`.
    func complement(after end: Int, allowWord: Bool) -> Int? {
        var j = end
        var separated = false
        while j < tokens.count && j - end < 2 && has(j, .separator) {
            j += 1
            separated = true
        }
        guard j < tokens.count, end == 0 || paragraphOf[j] == paragraphOf[end - 1] else { return nil }
        if has(j, .complementizer) || has(j, .englishThat) {
            j += 1
            while j < tokens.count && has(j, .comma) { j += 1 }
            guard j < tokens.count, paragraphOf[j] == paragraphOf[end - 1] else { return nil }
            return isWord(j) || has(j, .quoteMark) ? j : nil
        }
        if has(j, .quoteMark) { return j }
        guard separated || allowWord, isWord(j) else { return nil }
        // A relative clause, a conjunction or a postposition continues the sentence; it reports nothing.
        if has(j, [.clauseLink, .conjunction, .postposition, .genitive, .passive, .auxiliary]) { return nil }
        return j
    }

    /// Whether the clause ends at token `end`: a sentence mark, comma, line end or the text end.
    func endsClause(at end: Int) -> Bool {
        guard end < tokens.count, paragraphOf[end] == paragraphOf[max(end - 1, 0)] else { return true }
        return has(end, .endMark) || has(end, .comma) || has(end, .quoteMark) || has(end, .dash)
    }
}
