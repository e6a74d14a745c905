import KhabarText

extension TimeWord {
    /// The class of every token.
    ///
    /// Complexity: O(n) in the number of scalars; one hash lookup per word, no allocation but the result.
    static func classify(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        tokens: UnsafeBufferPointer<Token>,
        terms: UnsafeBufferPointer<Term>
    ) -> [TimeWord] {
        var words = [TimeWord](repeating: .none, count: tokens.count)
        let lexicon = TimeLexicon.table
        for k in 0..<tokens.count {
            let token = tokens[k]
            switch token.kind {
            case .number:
                words[k] = number(UnsafeBufferPointer(rebasing: scalars[token.range]))
            case .word:
                let first = scalars[token.start].value
                if digit(first) != nil {
                    words[k] = digitWord(UnsafeBufferPointer(rebasing: scalars[token.range]))
                } else if let word = lexicon[terms[k]], !hasCandraO(scalars, token) {
                    words[k] = latinCheck(word, token: token, first: first)
                }
            case .punctuation:
                if let word = lexicon[terms[k]], case .particle = word { words[k] = word }
            case .symbol, .hashtag, .mention, .url:
                break
            }
        }
        return words
    }

    /// Whether a word is written with ॉ or ऑ, which its match key folds into ा/आ: `कॉल` (a call) shares a key
    /// with `काल` (an era), and no Hindi time word is spelt with them.
    @inline(__always)
    private static func hasCandraO(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ token: Token) -> Bool {
        for k in token.range where scalars[k].value == 0x0949 || scalars[k].value == 0x0911 { return true }
        return false
    }

    /// English month and weekday names count only when capitalized (`May`, not the verb `may`).
    @inline(__always)
    private static func latinCheck(_ word: TimeWord, token: Token, first: UInt32) -> TimeWord {
        guard token.flags.contains(.latin) else { return word }
        switch word {
        case .month, .weekday:
            return first &- 0x41 < 26 ? word : .none
        default:
            return word
        }
    }

    /// The value of an ASCII or Devanagari digit.
    @inline(__always)
    static func digit(_ v: UInt32) -> Int? {
        if v &- 0x30 < 10 { return Int(v &- 0x30) }
        if v &- 0x0966 < 10 { return Int(v &- 0x0966) }
        return nil
    }

    /// Reads a number token: `2008`, `10:15`, `2.5`, `18:58:04`, `17/09/2023`, `2023-09-17`, `2008-09`,
    /// `15-20`, `26/11`. Numbers with a comma (`8,000`) are quantities.
    static func number(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> TimeWord {
        var values: (Int, Int, Int) = (0, 0, 0)
        var widths: (Int, Int, Int) = (0, 0, 0)
        var separators: (UInt32, UInt32) = (0, 0)
        var part = 0
        for scalar in s {
            let v = scalar.value
            if let d = digit(v) {
                switch part {
                case 0:
                    values.0 = min(values.0 * 10 + d, 1_000_000_000)
                    widths.0 += 1
                case 1:
                    values.1 = min(values.1 * 10 + d, 1_000_000_000)
                    widths.1 += 1
                default:
                    values.2 = min(values.2 * 10 + d, 1_000_000_000)
                    widths.2 += 1
                }
            } else {
                if v == 0x2C { return .quantity }
                part += 1
                if part == 1 {
                    separators.0 = v
                } else if part == 2 {
                    separators.1 = v
                } else {
                    return .quantity
                }
            }
        }
        switch part {
        case 0:
            return widths.0 > 9 ? .quantity : .number(Int32(values.0))
        case 1:
            return pair(values.0, widths.0, values.1, widths.1, separator: separators.0)
        default:
            return triple(values, widths, separators)
        }
    }

    private static func pair(_ a: Int, _ wa: Int, _ b: Int, _ wb: Int, separator: UInt32) -> TimeWord {
        guard wa <= 9, wb <= 9 else { return .quantity }
        switch separator {
        case 0x3A, 0x2E:  // 10:15, 12.11, 2.5
            guard wb <= 4 else { return .quantity }
            return .decimal(whole: Int32(a), fraction: Int16(b), digits: Int8(wb), colon: separator == 0x3A)
        case 0x2F:  // 26/11
            guard (1...31).contains(a), (1...12).contains(b), wa <= 2, wb <= 2, a != 24 || b != 7 else {
                return .quantity  // 24/7 is round the clock
            }
            return .dayMonth(day: Int8(a), month: Int8(b))
        case 0x2D:  // 2008-09, 2009-2010, 15-20
            if wa == 4 && (1000...2099).contains(a) {
                let second = wb == 2 ? a / 100 * 100 + b : b
                if (wb == 2 || wb == 4) && second > a && second - a <= 10 {
                    return .yearSpan(Int16(a), Int16(second))
                }
            }
            return .numberRange(Int32(a), Int32(b))
        default:
            return .quantity
        }
    }

    private static func triple(_ values: (Int, Int, Int), _ widths: (Int, Int, Int), _ separators: (UInt32, UInt32))
        -> TimeWord
    {
        if separators.0 == 0x3A && separators.1 == 0x3A {
            guard values.0 <= 24, values.1 < 60, values.2 <= 60, widths.1 == 2, widths.2 == 2 else { return .quantity }
            return .clock(hour: Int8(values.0), minute: Int8(values.1), second: Int8(values.2))
        }
        guard separators.0 == separators.1, separators.0 == 0x2F || separators.0 == 0x2D || separators.0 == 0x2E,
            widths.0 <= 4, widths.1 <= 2, widths.2 <= 4
        else { return .quantity }
        var (year, month, day) = (0, 0, 0)
        if widths.0 == 4 {
            (year, month, day) = (values.0, values.1, values.2)
        } else {
            guard widths.2 == 4 || widths.2 == 2 else { return .quantity }
            year = widths.2 == 2 ? 2000 + values.2 : values.2
            (day, month) = (values.0, values.1)
            if month > 12 && day <= 12 { swap(&day, &month) }  // 06/19/2024, month first
        }
        guard (1000...2099).contains(year), PublicationDate(year: year, month: month, day: day) != nil else {
            return .quantity
        }
        return .date(year: Int16(year), month: Int8(month), day: Int8(day))
    }

    /// Reads a word that starts with digits: `19वीं` (ordinal), `21st`, `1990s`/`90s` (decade), `10am`, `5pm`.
    static func digitWord(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> TimeWord {
        var value = 0
        var k = 0
        while k < s.count, let d = digit(s[k].value) {
            value = min(value * 10 + d, 100_000)
            k += 1
        }
        guard k < s.count else { return .none }
        let suffix = Term(canonical: UnsafeBufferPointer(rebasing: s[k...]))
        switch suffix {
        case "वीं", "वी", "वें", "वे", "वां", "st", "nd", "rd", "th":
            return value <= 100 ? .ordinal(Int16(value)) : .none
        case "s":
            if k == 4 && value % 10 == 0 && (1000...2099).contains(value) { return .decade(Int16(value)) }
            if k == 2 && value % 10 == 0 { return .decade(Int16(1900 + value)) }
            return .none
        case "am":
            return (1...12).contains(value) ? .hourOfDay(Int8(value), pm: false) : .none
        case "pm":
            return (1...12).contains(value) ? .hourOfDay(Int8(value), pm: true) : .none
        default:
            return .none
        }
    }
}
