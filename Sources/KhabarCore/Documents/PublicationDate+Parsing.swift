import KhabarText

extension PublicationDate {
    /// Parses an ISO 8601 date or date-time: `2020-03-10`, `2023-09-17T18:58:04`, `2023-09-17 18:58`,
    /// `2026-07-14T09:30:00+05:30`, `2026-07-14T04:00:00.123Z`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= bytes.count else { return nil }
            var value = 0
            for k in i..<(i + count) {
                guard bytes[k] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(bytes[k] - 0x30)
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2) else {
            return nil
        }
        if i == bytes.count {
            self.init(year: year, month: month, day: day)
            return
        }
        guard expect(0x54) || expect(0x20) || expect(0x74), let hour = digits(2), expect(0x3A), let minute = digits(2)
        else { return nil }
        var second = 0
        if expect(0x3A) {
            guard let s = digits(2) else { return nil }
            second = s
            if expect(0x2E) || expect(0x2C) {
                while i < bytes.count && bytes[i] &- 0x30 < 10 { i += 1 }
            }
        }
        var offset: Int?
        if expect(0x5A) || expect(0x7A) {
            offset = 0
        } else if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) {
            let sign = bytes[i] == 0x2D ? -1 : 1
            i += 1
            guard let h = digits(2) else { return nil }
            _ = expect(0x3A)
            let m = digits(2) ?? 0
            offset = sign * (h * 60 + m)
        }
        guard i == bytes.count else { return nil }
        self.init(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffsetMinutes: offset)
    }

    /// Parses a date as inputs give it: ISO 8601, RFC 2822 (`Tue, 14 Jul 2026 09:30:00 +0530`), or a stamp
    /// such as `17 सितंबर 2023` or `Jul 14, 2026 9:30 AM IST`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        if let iso = PublicationDate(iso: trimmed) {
            self = iso
            return
        }
        let canonical = Normalizer.canonical(trimmed)
        var tokens = Tokenizer.tokenize(canonical)
        var keys = tokens.map { MatchKey.of(canonical: canonical.scalars[$0.range]) }
        var offset: Int?
        // RFC 2822 zones: +0530, -0800
        if let last = keys.last, last.count == 4, Int(last) != nil, tokens.count >= 2,
            ["+", "-"].contains(keys[keys.count - 2])
        {
            let value = Int(last) ?? 0
            offset = (keys[keys.count - 2] == "-" ? -1 : 1) * (value / 100 * 60 + value % 100)
            keys.removeLast(2)
            tokens.removeLast(2)
        }
        let terms = Term.terms(of: canonical, tokens: tokens)
        guard let stamp = TimestampParser.stamp(tokens: tokens, terms: terms, numbers: keys), var date = stamp.date
        else { return nil }
        if let offset, date.hasTime { date.utcOffsetMinutes = offset }
        self = date
    }
}
