/// Splits canonical text into tokens without ever cutting a Devanagari word at a vowel sign or virama.
///
/// Rules (HINDI.md):
/// - words are maximal runs of letters, marks and digits of any script; a word never starts a new token
///   at a combining mark, so `लोगों` and `उन्होंने` stay whole;
/// - numbers keep inner separators followed by a digit: `1,00,000`, `18:58:04`, `2023-09-17`, `3.5`;
/// - a hyphen between two words is not a token: the second word is flagged ``Token/Flags/hyphenated``
///   (`एक-दूसरे` → `एक`, `दूसरे`);
/// - an abbreviation keeps its dot (`डॉ.`, `ई.पू.`, `U.S.`, `Dr.`), flagged ``Token/Flags/abbreviation``;
/// - `#tag`, `@handle` and web addresses are single tokens;
/// - every other punctuation or symbol scalar is a token of its own (a run of dots is one token).
///
/// Complexity: O(n) in the number of scalars; one table lookup per scalar for ASCII and Devanagari.
public enum Tokenizer {
    /// The tokens of canonical text.
    public static func tokenize(_ text: CanonicalText) -> [Token] {
        text.scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    /// The tokens of canonical scalars.
    public static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(scalars.count / 5 + 4)
        tokenize(scalars, into: &tokens)
        return tokens
    }

    /// Appends the tokens of canonical scalars to `tokens` (reusing its storage).
    public static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout [Token]) {
        var scanner = Scanner(scalars)
        scanner.run(into: &tokens)
    }
}

private struct Scanner {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    let n: Int
    var i = 0
    var pendingFlags: Token.Flags = [.lineStart]

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        s = scalars
        n = scalars.count
    }

    @inline(__always)
    func value(_ k: Int) -> UInt32 { k < n ? s[k].value : 0 }

    @inline(__always)
    func category(_ k: Int) -> ScalarCategory { k < n ? ScalarCategory.of(s[k].value) : .space }

    mutating func run(into tokens: inout [Token]) {
        while i < n {
            let v = s[i].value
            let category = ScalarCategory.of(v)
            switch category {
            case .space:
                i += 1
            case .newline:
                pendingFlags = [.lineStart]
                i += 1
            case .letter, .digit:
                word(into: &tokens)
            case .mark:
                if Devanagari.contains(v) {
                    word(into: &tokens)
                } else if let lastIndex = tokens.indices.last, tokens[lastIndex].end == i {
                    tokens[lastIndex].end = i + 1  // a variation selector or accent after a symbol
                    i += 1
                } else {
                    emit(i, i + 1, .symbol, into: &tokens)
                }
            case .punctuation, .symbol:
                punctuation(v, into: &tokens)
            }
        }
    }

    @inline(__always)
    mutating func emit(
        _ start: Int, _ end: Int, _ kind: Token.Kind, flags: Token.Flags = [], into tokens: inout [Token]
    ) {
        tokens.append(Token(start: start, end: end, kind: kind, flags: flags.union(pendingFlags)))
        pendingFlags = []
        i = end
    }

    // MARK: Words and numbers

    mutating func word(into tokens: inout [Token]) {
        let start = i
        var j = i
        var devanagari = false
        var latin = false
        var otherScript = false
        var digitsOnly = true
        var dotted = false
        while j < n {
            let v = s[j].value
            // Devanagari letters and signs, the bulk of Hindi text, take the short way.
            if Devanagari.contains(v) {
                if Devanagari.isDigit(v) {
                    j += 1
                    continue
                }
                guard v != Devanagari.danda && v != Devanagari.doubleDanda && v != Devanagari.abbreviationSign else {
                    break
                }
                devanagari = true
                digitsOnly = false
                j += 1
                continue
            }
            if v == 0x20 || v == 0x0A { break }  // the usual end of a word
            let category = ScalarCategory.of(v)
            if category.isWordPart {
                if category != .digit {
                    digitsOnly = false
                    if category == .letter {
                        if isLatinLetter(v) { latin = true } else { otherScript = true }
                    }
                }
                j += 1
                continue
            }
            guard j > start, j + 1 < n, isNumberSeparator(v) || v == 0x27 || v == 0x2019 else { break }
            let previous = s[j - 1].value
            let nextCategory = ScalarCategory.of(s[j + 1].value)
            if digitsOnly && nextCategory == .digit && isNumberSeparator(v) && ScalarCategory.of(previous) == .digit {
                j += 1  // 1,00,000  18:58:04  2023-09-17  3.5
                continue
            }
            let latinNeighbours = isLatinLetter(previous) && isLatinLetter(s[j + 1].value)
            if latinNeighbours && (v == 0x27 || v == 0x2019) {
                j += 1  // don't, Korea's
                continue
            }
            if latinNeighbours && v == 0x2E && !digitsOnly {
                dotted = true  // U.S, e.g, twitter.com
                j += 1
                continue
            }
            break
        }
        var flags: Token.Flags = []
        if devanagari { flags.insert(.devanagari) }
        if latin { flags.insert(.latin) }
        if otherScript { flags.insert(.otherScript) }
        if flags.contains(.latin) && ((dotted && value(j) == 0x2F) || isURLPrefix(start, j)) {
            url(from: start, into: &tokens)
            return
        }
        if value(j) == 0x2E || value(j) == Devanagari.abbreviationSign {
            if let end = abbreviationEnd(start, j, dotted: dotted, flags: flags) {
                emit(start, end, .word, flags: flags.union(.abbreviation), into: &tokens)
                return
            }
        }
        emit(start, j, digitsOnly ? .number : .word, flags: flags, into: &tokens)
    }

    @inline(__always)
    func isLatinLetter(_ v: UInt32) -> Bool {
        (v | 0x20) &- 0x61 < 26 || (v &- 0xC0 <= 0x24F - 0xC0 && v != 0xD7 && v != 0xF7)
    }

    @inline(__always)
    func isNumberSeparator(_ v: UInt32) -> Bool {
        v == 0x2C || v == 0x2E || v == 0x3A || v == 0x2F || v == 0x2D
    }

    /// Where an abbreviation that starts at `start` and whose letters end at `end` (a dot follows) ends,
    /// dots included; nil when the dot is not an abbreviation mark.
    func abbreviationEnd(_ start: Int, _ end: Int, dotted: Bool, flags: Token.Flags) -> Int? {
        if value(end) == Devanagari.abbreviationSign { return extendAbbreviation(end + 1) }
        let length = end - start
        if flags == .latin {
            if dotted { return shortDottedParts(start, end) ? end + 1 : nil }  // U.S.  e.g.  but not example.com.
            if length == 1 && value(start) &- 0x41 < 26 { return end + 1 }  // an initial: J. K. Rowling
        }
        guard length <= 8, Abbreviations.keepsDot(canonical: UnsafeBufferPointer(rebasing: s[start..<end])) else {
            return nil
        }
        return flags.contains(.devanagari) ? extendAbbreviation(end + 1) : end + 1
    }

    /// Whether every dot-separated part of `start..<end` has at most two letters.
    func shortDottedParts(_ start: Int, _ end: Int) -> Bool {
        var run = 0
        for k in start..<end {
            if s[k].value == 0x2E {
                run = 0
            } else {
                run += 1
                if run > 2 { return false }
            }
        }
        return true
    }

    /// Extends a Devanagari abbreviation over further short dotted parts: ई.पू. कि.मी.
    func extendAbbreviation(_ after: Int) -> Int {
        var end = after
        while end < n {
            var k = end
            while k < n && Devanagari.isWordScalar(s[k].value) { k += 1 }
            let length = k - end
            guard length > 0 && length <= 3, value(k) == 0x2E || value(k) == Devanagari.abbreviationSign else { break }
            end = k + 1
        }
        return end
    }

    // MARK: URLs, hashtags, mentions

    /// Whether the word at `start..<end` opens a web address: `http://`, `https://` or `www.`.
    func isURLPrefix(_ start: Int, _ end: Int) -> Bool {
        if value(end) == 0x3A && value(end + 1) == 0x2F {
            return matches(start, end, "http") || matches(start, end, "https")
        }
        return end - start > 4 && matches(start, start + 4, "www.")
    }

    /// Whether the scalars `start..<end` spell the lower-case ASCII `word`, ignoring case.
    func matches(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        for k in 0..<(end - start) where s[start + k].value | 0x20 != UInt32(bytes[k]) | 0x20 {
            return false
        }
        return true
    }

    mutating func url(from start: Int, into tokens: inout [Token]) {
        var end = start
        while end < n {
            let category = ScalarCategory.of(s[end].value)
            if category == .space || category == .newline { break }
            end += 1
        }
        while end > start + 1 {  // trailing punctuation belongs to the sentence
            let v = s[end - 1].value
            if v == 0x2E || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x29 || v == 0x22
                || v == 0x201D || v == 0x2019 || v == Devanagari.danda
            {
                end -= 1
            } else {
                break
            }
        }
        emit(start, end, .url, flags: .latin, into: &tokens)
    }

    mutating func punctuation(_ v: UInt32, into tokens: inout [Token]) {
        let start = i
        switch v {
        case 0x23, 0x40:  // # and @
            var end = i + 1
            var flags: Token.Flags = []
            while end < n {
                let w = s[end].value
                let category = ScalarCategory.of(w)
                guard category.isWordPart || w == 0x5F else { break }
                if category == .letter {
                    flags.insert(Devanagari.contains(w) ? .devanagari : isLatinLetter(w) ? .latin : .otherScript)
                }
                end += 1
            }
            if end > i + 1 {
                emit(start, end, v == 0x23 ? .hashtag : .mention, flags: flags, into: &tokens)
                return
            }
        case 0x2D, 0x2010, 0x2011:  // a hyphen joining two words is not a token
            if i > 0 && i + 1 < n && category(i - 1).isWordPart && category(i + 1).isWordPart {
                i += 1
                pendingFlags.insert(.hyphenated)
                return
            }
        case 0x2E:  // a run of dots is one token (an ellipsis)
            var end = i + 1
            while end < n && s[end].value == 0x2E { end += 1 }
            emit(start, end, .punctuation, into: &tokens)
            return
        default:
            break
        }
        emit(start, i + 1, ScalarCategory.of(v) == .symbol ? .symbol : .punctuation, into: &tokens)
    }
}
