/// A publication date or date-time as precise as its source gave it.
///
/// Rendered and parsed as ISO 8601: `2020-03-10`, `2023-09-17T18:58:04` (local time, zone unknown) or
/// `2026-07-14T09:30:00+05:30`. Feeds' RFC 2822 dates (`Tue, 14 Jul 2026 09:30:00 +0530`) parse too.
public struct PublicationDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The calendar year.
    public var year: Int
    /// The month, 1…12.
    public var month: Int
    /// The day of the month, 1…31.
    public var day: Int
    /// The time of day, when known: hours 0…23, minutes, seconds.
    public var time: (hour: Int, minute: Int, second: Int)? {
        get { hour.map { ($0, minute, second) } }
        set {
            hour = newValue?.hour
            minute = newValue?.minute ?? 0
            second = newValue?.second ?? 0
        }
    }
    /// The offset from UTC in minutes, when the source said.
    public var utcOffsetMinutes: Int?

    private var hour: Int?
    private var minute = 0
    private var second = 0

    /// Creates a date, optionally with a time and a UTC offset.
    ///
    /// - Returns: nil when the fields do not name a real date and time.
    public init?(
        year: Int,
        month: Int,
        day: Int,
        hour: Int? = nil,
        minute: Int = 0,
        second: Int = 0,
        utcOffsetMinutes: Int? = nil
    ) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        if let hour {
            guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        }
        if let utcOffsetMinutes, abs(utcOffsetMinutes) > 14 * 60 { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = hour == nil ? nil : utcOffsetMinutes
    }

    /// Whether the date carries a time of day.
    public var hasTime: Bool { hour != nil }

    /// The date without its time.
    public var dateOnly: PublicationDate {
        var copy = self
        copy.hour = nil
        copy.minute = 0
        copy.second = 0
        copy.utcOffsetMinutes = nil
        return copy
    }

    /// The ISO 8601 form.
    public var iso: String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour else { return text }
        text += "T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if let offset = utcOffsetMinutes {
            if offset == 0 { return text + "Z" }
            let sign = offset < 0 ? "-" : "+"
            text += "\(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
        }
        return text
    }

    public var description: String { iso }

    /// Days since 1970-01-01 of the calendar date (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month + (month > 2 ? -3 : 9)
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days later (earlier when negative), without a time.
    public func adding(days: Int) -> PublicationDate {
        Self.fromDayNumber(dayNumber + days)
    }

    /// The day of the week, 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The date for a day number (see ``dayNumber``).
    public static func fromDayNumber(_ number: Int) -> PublicationDate {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // swift-format-ignore: NeverForceUnwrap
        return PublicationDate(year: year, month: month, day: day)!
    }

    /// Seconds since 1970-01-01T00:00:00Z, taking an unknown zone as UTC and an unknown time as midnight.
    public var approximateInstant: Int {
        dayNumber * 86_400 + (hour ?? 0) * 3600 + minute * 60 + second - (utcOffsetMinutes ?? 0) * 60
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.approximateInstant < rhs.approximateInstant
    }

    public static func == (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day && lhs.hour == rhs.hour
            && lhs.minute == rhs.minute && lhs.second == rhs.second && lhs.utcOffsetMinutes == rhs.utcOffsetMinutes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(iso)
    }

    // MARK: Codable as an ISO string

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = PublicationDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 date: \(text)")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    // MARK: Helpers

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
