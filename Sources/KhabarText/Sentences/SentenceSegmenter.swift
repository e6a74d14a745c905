/// A sentence of canonical text.
public struct Sentence: Sendable, Hashable {
    /// Scalar offset of the sentence's first scalar.
    public var start: Int
    /// Scalar offset one past its last scalar (its end mark and closing quotes included).
    public var end: Int
    /// The indices of its tokens in the token array it was segmented from.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    /// The sentence's scalar range.
    public var range: Range<Int> { start..<end }
}

/// Splits tokenized canonical text into sentences.
///
/// Rules (HINDI.md):
/// - `।` `॥` `?` `!` end a sentence, and so does every line break;
/// - `.` followed by a space ends one unless the word before it is a number (in Hindi), an abbreviation
///   (the tokenizer keeps `डॉ.`, `ई.पू.`, `U.S.` whole), or an initial; in English text a lower-case word
///   after the dot continues the sentence;
/// - in a text that writes its sentences with `।`, a `.` after a Devanagari word ends a sentence only at a
///   line end (it is an abbreviation or a typo there);
/// - closing quotes and brackets after an end mark belong to the sentence before; a straight quote
///   closes when one is open in the paragraph.
///
/// Complexity: O(t) in the number of tokens.
public enum SentenceSegmenter {
    /// The sentences of `text`, whose tokens are `tokens`.
    public static func segment(_ text: CanonicalText, tokens: [Token]) -> [Sentence] {
        text.scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { segment(scalars, tokens: $0) }
        }
    }

    /// The sentences of canonical scalars, whose tokens are `tokens`.
    public static func segment(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        tokens: UnsafeBufferPointer<Token>
    ) -> [Sentence] {
        var sentences = [Sentence]()
        sentences.reserveCapacity(tokens.count / 12 + 1)
        let dandaText = usesDanda(scalars, tokens)
        var first = 0
        var straightQuoteOpen = false
        var k = 0
        let count = tokens.count

        func close(_ last: Int) {
            guard last >= first else { return }
            sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
            first = last + 1
        }

        while k < count {
            let token = tokens[k]
            if token.flags.contains(.lineStart) && k > first {
                close(k - 1)
                straightQuoteOpen = false
            }
            if token.kind == .punctuation {
                let v = scalars[token.start].value
                if v == 0x22 { straightQuoteOpen.toggle() }
                if endsSentence(k, v, scalars, tokens, dandaText: dandaText) {
                    var last = k
                    while last + 1 < count {
                        let next = tokens[last + 1]
                        guard next.kind == .punctuation, !next.flags.contains(.lineStart) else { break }
                        let w = scalars[next.start].value
                        if isEndMark(w) || isClosing(w) {
                            last += 1
                        } else if (w == 0x22 || w == 0x27) && straightQuoteOpen {
                            straightQuoteOpen = false
                            last += 1
                        } else {
                            break
                        }
                    }
                    close(last)
                    k = last + 1
                    continue
                }
            }
            k += 1
        }
        close(count - 1)
        return sentences
    }

    @inline(__always)
    static func isEndMark(_ v: UInt32) -> Bool {
        v == Devanagari.danda || v == Devanagari.doubleDanda || v == 0x3F || v == 0x21
    }

    @inline(__always)
    static func isClosing(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0x2019 || v == 0x29 || v == 0x5D || v == 0x7D || v == 0x00BB
    }

    /// Whether the text writes its sentences with dandas, so that a dot after Devanagari is not an end.
    static func usesDanda(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>) -> Bool
    {
        var dandas = 0
        var devanagariDots = 0
        for (k, token) in tokens.enumerated() where token.kind == .punctuation {
            let v = scalars[token.start].value
            if v == Devanagari.danda || v == Devanagari.doubleDanda {
                dandas += 1
            } else if v == 0x2E && token.end - token.start == 1 && k > 0 && tokens[k - 1].flags.contains(.devanagari) {
                devanagariDots += 1
            }
        }
        return dandas >= 2 && devanagariDots * 4 <= dandas
    }

    static func endsSentence(
        _ k: Int,
        _ v: UInt32,
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        _ tokens: UnsafeBufferPointer<Token>,
        dandaText: Bool
    ) -> Bool {
        if isEndMark(v) { return true }
        guard v == 0x2E || v == 0x2026 else { return false }
        let token = tokens[k]
        let next: Token? = k + 1 < tokens.count ? tokens[k + 1] : nil
        let atLineEnd = next.map { $0.flags.contains(.lineStart) } ?? true
        if atLineEnd { return true }
        guard let next, next.start > token.end || isClosing(scalars[next.start].value) || scalars[next.start] == "\""
        else {
            return false  // a dot glued to the next word
        }
        if v == 0x2026 || token.end - token.start > 1 {  // an ellipsis ends only before a Latin capital
            return scalars[next.start].value &- 0x41 < 26
        }
        guard k > 0 else { return true }
        let previous = tokens[k - 1]
        if previous.kind == .number {  // "1. " opening a list item, or a dot in a danda text, is no end
            return !previous.flags.contains(.lineStart) && !dandaText && startsWithCapital(next, scalars)
        }
        if previous.flags.contains(.devanagari) {
            return !dandaText
        }
        if previous.flags.contains(.latin) {
            return !startsWithLowercase(next, scalars)
        }
        return true
    }

    @inline(__always)
    static func startsWithCapital(_ token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let v = scalars[token.start].value
        return v &- 0x41 < 26 || Devanagari.contains(v)
    }

    @inline(__always)
    static func startsWithLowercase(_ token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        scalars[token.start].value &- 0x61 < 26
    }
}
