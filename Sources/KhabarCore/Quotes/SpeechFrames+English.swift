import KhabarText

extension QuoteScan {
    /// `X said (that) …`, `X said: "…"`, `X told reporters …`, and the inverted `"…," said X.`
    ///
    /// A verb right after `is`/`was`/`to` is passive or non-finite (`it was said`, `to say`) and no cue.
    func englishFrame(_ verb: Int) -> SpeechFrame? {
        guard !has(verb - 1, .englishPassive) else { return nil }
        var speaker = englishSubject(before: verb)
        var end = verb + 1
        var inverted = false
        if speaker == nil, let after = englishSubject(after: verb) {
            speaker = after
            end = after.upperBound
            inverted = true
        }
        var contentStart = end
        if has(verb, .englishObjectVerb) && !inverted {
            // told reporters / asked the minister: skip the hearer.
            var m = end
            while m < tokens.count && m - end < 4 && isWord(m) && !has(m, .englishThat) { m += 1 }
            contentStart = m
        }
        var content: Int? = nil
        if !inverted {
            // said on Tuesday that …: `that` within a few words.
            var m = contentStart
            while m < tokens.count && m - contentStart < 5 && isWord(m) && !has(m, .englishThat) { m += 1 }
            if has(m, .englishThat), m > contentStart {
                content = complement(after: m, allowWord: false)
            } else {
                content = complement(after: contentStart, allowWord: !has(verb, .englishObjectVerb))
            }
        }
        // `"…," the minister told reporters in Delhi.`: an English verb with no content of its own after it may
        // attribute the quote before it even when the clause goes on.
        let ends = endsClause(at: end) || content == nil
        let gender: SpeakerGender? =
            speaker.map {
                has($0.lowerBound, .feminine) ? .feminine : has($0.lowerBound, .masculine) ? .masculine : nil
            }
            ?? nil
        return SpeechFrame(
            kind: .english, cue: verb..<(verb + 1), speaker: speaker, complement: content, object: nil,
            gender: gender, endsClause: ends)
    }

    /// `according to X, …` and the closing `…, according to X.`
    func englishAccordingFrame(_ k: Int) -> SpeechFrame? {
        guard let speaker = englishPhrase(from: k + 2) else { return nil }
        var complement: Int? = nil
        var object: Range<Int>? = nil
        if has(speaker.upperBound, .comma), isWord(speaker.upperBound + 1),
            paragraphOf[speaker.upperBound + 1] == paragraphOf[k]
        {
            complement = speaker.upperBound + 1
        }
        let start = max(sentenceStart(k), k - Self.reportedTokenLimit)
        if complement == nil {
            var upper = k
            while upper > start && has(upper - 1, .separator) { upper -= 1 }
            if upper > start && wordCount(start..<upper, atMost: 3) >= 3 { object = start..<upper }
        }
        return SpeechFrame(
            kind: .according, cue: k..<(k + 2), speaker: speaker, complement: complement, object: object,
            gender: nil, endsClause: false)
    }
}
