import KhabarText

/// Which set of marks a quotation uses: double (“ ” " « » and doubled singles ‘‘ ’’) or single (‘ ’ ' ‹ ›).
enum QuoteFamily: UInt8, Sendable {
    case double, single
}

/// A quoted span: the tokens between an opening quote mark and its closing mark (or the paragraph end).
struct QuoteSpan: Sendable {
    /// The first token of the opening mark.
    var open: Int
    /// The first token inside the quote.
    var first: Int
    /// One past the last token inside the quote (the closing mark, or the token after the paragraph).
    var end: Int
    /// The first token after the closing mark (`end` for an open quote).
    var after: Int
    /// The scalar range of the quoted words, spaces trimmed.
    var content: Range<Int>
    /// Whether no closing mark was found before the paragraph ended.
    var isOpen: Bool
    /// The family of the opening mark.
    var family: QuoteFamily
}

/// A quote mark's shape: its glyph says open, close or either (straight quotes).
private enum Glyph {
    case opening, closing, neutral
}

/// An opening mark waiting for its close.
private struct OpenMark {
    var open: Int
    var first: Int
    var family: QuoteFamily
}

extension QuoteScan {
    /// The quoted spans of the text, by pairing its quotation marks (for ``spans``).
    ///
    /// A mark is opening-like when a space (or line start, or bracket) is on its left and a word on its right,
    /// closing-like the other way round. A closing-like mark, or an ambiguous one whose glyph closes, closes
    /// the innermost open quote of its family (or, being double, a lone open single quote: `‘‘…''` and
    /// `‘…"`); an opening-like mark opens one. A straight mark glued to a digit with nothing open is a foot or
    /// inch sign; a single mark of any glyph between two letters is an apostrophe; stray closing marks are
    /// ignored. At a paragraph end an open quote continues when the next paragraph starts with an opening
    /// mark of its family, and otherwise ends there, flagged open.
    ///
    /// Complexity: O(t); the stack of open marks is at most four deep.
    func pairedQuoteMarks() -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var stack: [OpenMark] = []
        stack.reserveCapacity(4)
        var k = 0
        let n = tokens.count
        while k < n {
            if k > 0 && paragraphOf[k] != paragraphOf[k - 1], let bottom = stack.first {
                // A paragraph ends inside a quote: does the next paragraph continue it?
                if roles[k].any(.quoteMark), let mark = markAt(k), mark.family == bottom.family,
                    mark.glyph != .closing
                {
                    stack.removeSubrange(1...)
                    k = mark.next
                    continue
                }
                emitOpen(bottom, endingBefore: k, into: &spans)
                stack.removeAll(keepingCapacity: true)
            }
            guard roles[k].any(.quoteMark), let mark = markAt(k) else {
                k += 1
                continue
            }
            let before = k > 0 && tokens[k].start > 0 ? scalars[tokens[k].start - 1].value : 0x0A
            let after = tokens[mark.next - 1].end < scalars.count ? scalars[tokens[mark.next - 1].end].value : 0x0A
            if mark.family == .single && Self.isLetter(before) && Self.isLetter(after) {
                k = mark.next  // an apostrophe inside a word: ओ'ब्रायन, O’Brien
                continue
            }
            let leftOpen = Self.opensOnLeft(before)
            let rightClosed = Self.closesOnRight(after)
            let openingLike = leftOpen && !rightClosed
            let closingLike = !leftOpen && rightClosed
            let same = stack.lastIndex { $0.family == mark.family }
            let closes =
                closingLike || (!openingLike && mark.glyph == .closing)
                || (!openingLike && mark.glyph == .neutral && same != nil)
            if closes {
                if let same {
                    close(stack[same], at: k, next: mark.next, nested: same > 0, into: &spans)
                    stack.removeSubrange(same...)
                } else if mark.family == .double && stack.count == 1 {
                    close(stack[0], at: k, next: mark.next, nested: false, into: &spans)
                    stack.removeAll(keepingCapacity: true)
                }
                // Otherwise a stray closing mark (an apostrophe, a typo): ignored.
            } else if mark.glyph == .neutral && !openingLike && (Self.isDigit(before) || Self.isLetter(before))
                && (mark.family == .single || Self.isDigit(before))
            {
                // 5'10", 12" or an apostrophe glued to a word: not a quote.
            } else if stack.count < 4 {
                stack.append(OpenMark(open: k, first: mark.next, family: mark.family))
            }
            k = mark.next
        }
        if let bottom = stack.first { emitOpen(bottom, endingBefore: n, into: &spans) }
        return spans
    }

    /// The mark starting at token `k`: its family, glyph and the token after it (a doubled single mark
    /// written as two tokens, ‘‘ or ’’, is one double mark).
    private func markAt(_ k: Int) -> (family: QuoteFamily, glyph: Glyph, next: Int)? {
        let v = scalars[tokens[k].start].value
        let glyph: Glyph
        var family: QuoteFamily
        switch v {
        case 0x201C, 0x00AB: (glyph, family) = (.opening, .double)
        case 0x201D, 0x00BB: (glyph, family) = (.closing, .double)
        case 0x22: (glyph, family) = (.neutral, .double)
        case 0x2018, 0x2039: (glyph, family) = (.opening, .single)
        case 0x2019, 0x203A: (glyph, family) = (.closing, .single)
        case 0x27: (glyph, family) = (.neutral, .single)
        default: return nil
        }
        var next = k + 1
        if family == .single && next < tokens.count && tokens[next].start == tokens[k].end
            && scalars[tokens[next].start].value == v
        {
            family = .double
            next += 1
        }
        return (family, glyph, next)
    }

    private func close(_ mark: OpenMark, at k: Int, next: Int, nested: Bool, into spans: inout [QuoteSpan]) {
        guard !nested else { return }  // only outermost quotes are spans; inner ones are part of their text
        let lower = mark.first < count ? tokens[mark.first].start : tokens[k].start
        spans.append(
            QuoteSpan(
                open: mark.open, first: mark.first, end: k, after: next,
                content: trimmed(lower..<max(lower, tokens[k].start)), isOpen: false, family: mark.family))
    }

    private func emitOpen(_ mark: OpenMark, endingBefore k: Int, into spans: inout [QuoteSpan]) {
        guard mark.first < k else { return }  // a mark at the paragraph end opens nothing
        let range = tokens[mark.first].start..<tokens[k - 1].end
        spans.append(
            QuoteSpan(
                open: mark.open, first: mark.first, end: k, after: k, content: trimmed(range), isOpen: true,
                family: mark.family))
    }

    /// `range` without spaces and line breaks at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && (scalars[lower].value == 0x20 || scalars[lower].value == 0x0A) { lower += 1 }
        while upper > lower && (scalars[upper - 1].value == 0x20 || scalars[upper - 1].value == 0x0A) { upper -= 1 }
        return lower..<upper
    }

    /// Whether the scalar left of a mark lets it open a quote: a space, line start, bracket, dash or another
    /// quote mark.
    @inline(__always)
    static func opensOnLeft(_ v: UInt32) -> Bool {
        switch v {
        case 0, 0x20, 0x0A, 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x3A, 0x201C, 0x2018, 0x00AB, 0x22, 0x27: true
        default: false
        }
    }

    /// Whether the scalar right of a mark lets it close a quote: a space, line end, or punctuation that
    /// follows a closed quote.
    @inline(__always)
    static func closesOnRight(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x20, 0x2C, 0x2E, 0x3F, 0x21, 0x3B, 0x3A, 0x29, 0x5D, 0x7D, 0x2D, 0x2013, 0x2014, 0x0964, 0x0965,
            0x201D, 0x2019, 0x00BB, 0x2026, 0x22, 0x27:
            true
        default: false
        }
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 || v &- 0x0966 < 10 }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        (v | 0x20) &- 0x61 < 26 || (v >= 0x0900 && v <= 0x097F && v != 0x0964 && v != 0x0965)
    }
}
