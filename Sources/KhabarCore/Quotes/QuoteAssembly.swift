import KhabarText

/// A quote being built: token positions until the speakers are resolved.
struct QuoteDraft: Sendable {
    /// How the quote was attributed.
    enum Attribution: UInt8, Sendable {
        /// A frame names the speaker (or says there is one).
        case framed
        /// A quoted span with no frame: it continues the previous quote, or stands alone if long enough.
        case unframed
    }

    /// The quoted or reported words, scalar offsets.
    var range: Range<Int>
    var kind: Quote.Kind
    var attribution: Attribution
    /// The speaker phrase's tokens.
    var speaker: Range<Int>?
    /// The cue's tokens.
    var cue: Range<Int>?
    var gender: SpeakerGender?
    var isOpen: Bool
    /// The paragraphs of the first and last tokens of the quote.
    var paragraphs: ClosedRange<Int32>
    /// The number of words quoted.
    var words: Int
    /// Whether the span closes a sentence of its own: its opening mark starts a sentence or paragraph.
    var standsAlone: Bool

    // Filled by the speaker resolver.
    var speakerMention: Int? = nil
    var antecedent: Range<Int>? = nil
    var speakerScalars: Range<Int>? = nil
    var cueScalars: Range<Int>? = nil
    var keep = true

    /// The finished quote, or nil when the draft was dropped.
    var quote: Quote? {
        guard keep else { return nil }
        return Quote(
            range: range, kind: kind, speakerRange: speakerScalars, speakerMention: speakerMention,
            antecedentRange: antecedent, cue: cueScalars, isOpen: isOpen)
    }
}

extension QuoteScan {
    /// Turns quoted spans and frames into quote drafts, in text order.
    ///
    /// A quoted span is direct speech when a frame's complement is its opening mark (`ने कहा, “…”`), when a
    /// frame that ends its clause follows it within two separators (`“…”, X ने कहा।`, `"…," said X`), or when it
    /// stands between a frame's speaker and cue (`उन्होंने इसे “…” बताया`). Frames inside a direct quote are the
    /// speaker's own words and are dropped. Each frame left over gives reported speech: its complement to the
    /// end of the sentence (carried on past sentence ends inside a quoted span), or its object.
    ///
    /// Complexity: O(t + s + f) for t tokens, s spans and f frames.
    func assemble() -> [QuoteDraft] {
        var drafts: [QuoteDraft] = []
        var used = [Bool](repeating: false, count: frames.count)
        var insideDirect = [Bool](repeating: false, count: frames.count)
        var frameByComplement: [Int: Int] = [:]
        for (index, frame) in frames.enumerated() {
            if let complement = frame.complement, has(complement, .quoteMark) { frameByComplement[complement] = index }
        }
        var next = 0  // the first frame whose cue starts at or after the current span's closing mark
        for span in spans {
            while next < frames.count && frames[next].cue.lowerBound < span.end { next += 1 }
            // Frames inside the span.
            var inner = next
            while inner > 0 && frames[inner - 1].cue.lowerBound >= span.first { inner -= 1 }
            let framesInside = inner..<next
            var frameIndex: Int? = nil
            if let before = frameByComplement[span.open], !used[before],
                (!has(span.open - 1, [.complementizer, .englishThat]) && frames[before].kind != .according)
                    || completesClause(span)
            {
                frameIndex = before
            } else if next < frames.count, attributesBackward(frames[next], span: span) {
                frameIndex = next
            }
            var words = 0
            var sentences = false  // whether the quoted words hold a sentence end (a subheading does not)
            for k in span.first..<min(span.end, count) {
                if tokens[k].isWordLike { words += 1 } else if roles[k].any(.endMark) { sentences = true }
            }
            guard words > 0, !span.content.isEmpty else { continue }
            let paragraphs = paragraphOf[span.open]...paragraphOf[max(span.first, min(span.end, count) - 1)]
            let standsAlone =
                span.open == 0 || paragraphOf[span.open - 1] != paragraphOf[span.open]
                || sentenceStart(span.open) == span.open || has(span.open - 1, .endMark)
            var draft = QuoteDraft(
                range: directRange(span), kind: .direct, attribution: .unframed, speaker: nil, cue: nil, gender: nil,
                isOpen: span.isOpen, paragraphs: paragraphs, words: words, standsAlone: standsAlone && sentences)
            if let frameIndex {
                let frame = frames[frameIndex]
                used[frameIndex] = true
                draft.attribution = .framed
                draft.speaker = frame.speaker
                draft.cue = frame.cue
                draft.gender = frame.gender
            } else if span.isOpen && !framesInside.isEmpty {
                continue  // a stray mark opened a "quote" that holds the writer's own frames
            } else if let byline = byline(after: span) {
                draft.attribution = .framed  // “…” -रमेश वर्मा, जिलाधिकारी
                draft.speaker = byline.speaker
                draft.cue = byline.dash
            } else if has(span.after, Self.nounFollowers) {
                continue  // ‘सबका साथ’ के नारे: a title or slogan used as a noun
            } else if !sentences {
                draft.words = min(words, 2)  // a title or subheading: kept only when it continues a quote
            }
            if draft.attribution == .framed || !span.isOpen || standsAlone {
                for inside in framesInside { insideDirect[inside] = true }
            }
            drafts.append(draft)
        }
        var reported: [QuoteDraft] = []
        var reportedEnd = 0  // where the last reported words of a speech verb end
        for index in frames.indices where !used[index] && !insideDirect[index] {
            let frame = frames[index]
            if frame.kind == .according && tokens[frame.cue.lowerBound].start < reportedEnd {
                continue  // `…, विभाग के मुताबिक …` inside someone's reported words
            }
            guard let draft = reportedDraft(index) else { continue }
            if frame.kind != .according { reportedEnd = max(reportedEnd, draft.range.upperBound) }
            reported.append(draft)
        }
        if !reported.isEmpty {
            // Unframed quoted words inside reported speech are part of it (`कहा कि “काफी” प्रगति हुई`).
            var r = 0
            for d in drafts.indices where drafts[d].attribution == .unframed {
                while r < reported.count && reported[r].range.upperBound <= drafts[d].range.lowerBound { r += 1 }
                if r < reported.count && reported[r].range.lowerBound <= drafts[d].range.lowerBound {
                    drafts[d].keep = false
                }
            }
            drafts.append(contentsOf: reported)
            drafts.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return drafts
    }

    /// Words after a quoted span that make it a noun phrase (a title, a name, a slogan) rather than speech.
    static let nounFollowers: SpeechRole = [.genitive, .postposition, .ergative, .accordingTo, .openBracket]

    /// The scalar range of a span's words, without a trailing comma (`"…," said X`).
    func directRange(_ span: QuoteSpan) -> Range<Int> {
        var range = span.content
        while range.count > 1, scalars[range.upperBound - 1].value == 0x2C || scalars[range.upperBound - 1] == " " {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return range
    }

    /// Whether `frame`, the first frame after `span`, attributes it from behind: `“…”, X ने कहा।`,
    /// `"…," he said.`, `"…" said X`, or the quote stands between the frame's speaker and its cue.
    func attributesBackward(_ frame: SpeechFrame, span: QuoteSpan) -> Bool {
        guard !span.isOpen || frame.speaker.map({ $0.upperBound <= span.open }) == true else { return false }
        if let speaker = frame.speaker, speaker.upperBound <= span.open, frame.kind == .ergative {
            // उन्होंने इसे “…” बताया: a partial quote inside the frame's clause (not ‘आकाशवाणी’ से कहा, a hearer).
            return frame.cue.lowerBound - span.after <= 6 && sentenceOf[frame.cue.lowerBound] == sentenceOf[span.end]
                && !has(span.after, Self.nounFollowers)
        }
        guard frame.endsClause, frame.speaker != nil, frame.kind != .according,
            frame.complement == nil || frame.kind == .english
        else {
            return false
        }
        var gap = 0
        var k = span.after
        while k < frame.first {
            guard has(k, .separator) || has(k, .quoteMark), gap < 2 else { return false }
            gap += 1
            k += 1
        }
        return paragraphOf[frame.cue.lowerBound] == paragraphOf[max(span.after - 1, 0)]
    }

    /// The reported speech of a frame no quoted span took: the complement to the sentence end, or the object.
    func reportedDraft(_ index: Int) -> QuoteDraft? {
        let frame = frames[index]
        guard let speaker = frame.speaker else { return nil }
        var words: Range<Int>
        if let complement = frame.complement {
            var first = complement
            if has(first, .quoteMark) && spanIndex(containing: first + 1).map({ spans[$0].open }) != first {
                first += 1  // a stray mark that opened no span
            }
            guard first < count else { return nil }
            var end = sentenceEnd(first)
            // A quoted span running on past the sentence end carries the reported words with it.
            var s = spanIndex(containing: end - 1)
            var steps = 0
            while let found = s, spans[found].end > end, spans[found].first >= first, steps < 3 {
                end = sentenceEnd(min(spans[found].end, count - 1))
                s = spanIndex(containing: end - 1)
                steps += 1
            }
            words = first..<min(end, first + Self.reportedTokenLimit)
            if index + 1 < frames.count, frames[index + 1].cue.lowerBound < end {
                let inner = frames[index + 1]
                if frame.kind == .according && (inner.complement != nil || inner.object != nil) {
                    return nil  // मीडिया के अनुसार, मंत्री ने कहा कि …: the inner frame speaks
                }
                // `…, जबकि पुलिस ने कहा कि …`: a coordinated clause with its own speaker ends the words.
                let next = frames[index + 1].first
                var cut = next
                if cut - 1 > first && has(cut - 1, [.clauseLink, .conjunction]) { cut -= 1 }
                if cut - 1 > first && has(cut - 1, .comma) { cut -= 1 }
                if cut < next { words = first..<cut }
            }
        } else if let object = frame.object {
            if index > 0 && frames[index - 1].cue.lowerBound >= object.lowerBound {
                return nil  // `"…," said the envoy, according to the embassy`: the words are already someone's
            }
            words = object
        } else if let lines = headedLines(frame) {
            words = lines
        } else {
            return nil
        }
        while words.count > 0 {
            let last = words.upperBound - 1
            if has(last, [.endMark, .comma, .dash]) {
                words = words.lowerBound..<last
            } else if has(last, .quoteMark), !closesSpan(at: last, openedFrom: words.lowerBound) {
                words = words.lowerBound..<last
            } else {
                break
            }
        }
        let wordsSeen = wordCount(words, atMost: 3)  // bounded: reported words may run to the end of a huge text
        guard wordsSeen > 0 else { return nil }
        let paragraphs = paragraphOf[words.lowerBound]...paragraphOf[words.upperBound - 1]
        let range = scalarRange(words)
        return QuoteDraft(
            range: range, kind: .indirect, attribution: .framed, speaker: speaker, cue: frame.cue,
            gender: frame.gender, isOpen: false, paragraphs: paragraphs, words: wordsSeen, standsAlone: false)
    }

    /// A byline after a quote: a dash, then the speaker up to a comma, a sentence end or the line end
    /// (`'' -नेहा सिंह, पुलिस अधीक्षक`), on the quote's line or the next.
    func byline(after span: QuoteSpan) -> (dash: Range<Int>, speaker: Range<Int>)? {
        let k = span.after
        guard !span.isOpen, k < count, has(k, .dash), paragraphOf[k] - paragraphOf[span.end] <= 1 else { return nil }
        let first = k + 1
        var end = first
        while end < count && end - first < 8 && isWord(end) && paragraphOf[end] == paragraphOf[k] { end += 1 }
        guard end > first, end == count || paragraphOf[end] != paragraphOf[k] || has(end, [.comma, .endMark]) else {
            return nil
        }
        return (k..<first, first..<end)
    }

    /// The lines a heading frame introduces: `स्वास्थ्य मंत्रालय ने कहा` alone on a line, then lines of what it
    /// said, each a sentence, up to the next line that is not one (the next heading) or 15 lines.
    ///
    /// Complexity: O(length of those lines).
    func headedLines(_ frame: SpeechFrame) -> Range<Int>? {
        let start = frame.first
        let next = frame.cue.upperBound
        guard frame.kind == .ergative, next < count, paragraphOf[next] != paragraphOf[next - 1],
            start == 0 || paragraphOf[start - 1] != paragraphOf[start]
        else { return nil }
        var end = next
        var lines = 0
        while end < count && lines < 15 {
            let paragraph = paragraphOf[end]
            var last = end
            while last + 1 < count && paragraphOf[last + 1] == paragraph { last += 1 }
            guard has(last, .endMark) || has(last, .quoteMark) && has(last - 1, .endMark) else { break }
            end = last + 1
            lines += 1
        }
        return end > next ? next..<end : nil
    }

    /// Whether a quoted span ends its clause (`कहा कि “…”।`), rather than being a few quoted words inside it
    /// (`कहा कि “काफी” प्रगति हुई`).
    func completesClause(_ span: QuoteSpan) -> Bool {
        let k = span.after
        guard k < count, !span.isOpen, paragraphOf[k] == paragraphOf[span.end - 1] else { return true }
        return has(k, [.endMark, .comma, .dash]) || sentenceStart(k) == k
    }

    /// Whether the quote mark at token `k` closes a span opened at or after token `lower`.
    func closesSpan(at k: Int, openedFrom lower: Int) -> Bool {
        guard k > 0, let index = spanIndex(containing: k - 1) else { return false }
        return spans[index].end == k && spans[index].open >= lower
    }

    /// The index of the span whose quoted tokens hold token `k`, by binary search.
    func spanIndex(containing k: Int) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].open <= k { low = mid + 1 } else { high = mid }
        }
        guard low > 0, spans[low - 1].first <= k, k < spans[low - 1].end else { return nil }
        return low - 1
    }
}
