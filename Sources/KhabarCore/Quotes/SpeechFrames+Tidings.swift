/// Frames that attribute the sentence before them: `यह जानकारी स्वास्थ्य मंत्री X ने दी`, `इसकी घोषणा
/// मुख्यमंत्री X ने की`, `X ने ट्वीट कर इसकी जानकारी दी`, `इसकी जानकारी एजेंसी ने डॉक्टर Y के हवाले से दी`.
extension QuoteScan {
    /// The sentence before the one holding `noun`, when a word pointing back (इसकी, यह) stands right before
    /// the noun, the sentence is in the same paragraph, has a few words, and no frame of its own.
    func toldBefore(noun: Int, after previous: SpeechFrame?) -> Range<Int>? {
        guard has(noun - 1, .pointsBack) else { return nil }
        let start = sentenceStart(noun - 1)
        guard start > 0 else { return nil }
        let before = sentenceStart(start - 1)
        guard paragraphOf[before] == paragraphOf[start], wordCount(before..<start, atMost: 3) >= 3 else { return nil }
        if let previous, previous.cue.upperBound > before { return nil }  // already someone's words
        for m in before..<start where has(m, .quoteMark) { return nil }  // quoted words find their own speaker
        return before..<start
    }

    /// `यह जानकारी X ने (Y के हवाले से) दी`: the noun first, then the speaker with ने, then a finite light verb
    /// ending the clause; the speaker is Y when the words are cited.
    func tidingsFrame(_ noun: Int, after previous: SpeechFrame?) -> SpeechFrame? {
        guard let told = toldBefore(noun: noun, after: previous) else { return nil }
        let end = sentenceEnd(noun)
        var ergative: Int?
        var m = noun + 1
        while m < end && m - noun <= 10 {
            if has(m, .ergative) {
                ergative = m
                break
            }
            if has(m, [.complementizer, .endMark, .comma]) { return nil }
            m += 1
        }
        guard let ergative, ergative > noun + 1 else { return nil }
        // The noun phrase before ने, without a time or place before it (यह जानकारी शनिवार को मंत्रालय ने दी).
        var speaker = (noun + 1)..<ergative
        if let phrase = phraseLeft(endingBefore: ergative), phrase.lowerBound > noun {
            speaker = phrase
        }
        var verb: Int?
        m = ergative + 1
        while m < end && m - ergative <= 10 {
            // के हवाले से, also written without से.
            if has(m, .citing) && has(m - 1, .genitive) && m - 1 > ergative + 1 {
                speaker = (ergative + 1)..<(m - 1)
            }
            if has(m, .lightVerb) && isFiniteEnd(after: m) {
                verb = m
                break
            }
            m += 1
        }
        guard let verb else { return nil }
        let cueEnd = auxiliaryEnd(after: verb)
        return SpeechFrame(
            kind: .ergative, cue: (noun - 1)..<cueEnd, speaker: speaker, complement: nil, object: told, gender: nil,
            endsClause: endsClause(at: cueEnd))
    }
}
