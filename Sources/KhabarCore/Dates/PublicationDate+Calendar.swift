extension PublicationDate {
    /// The year and month `months` months from this date's month (earlier when negative).
    func month(adding months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }

    /// The ISO 8601 week of this date: its week-numbering year and week (1…53).
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)  // the week's Thursday decides its year
        let dayOfYear = thursday.dayNumber - Self.january1(thursday.year)
        return (thursday.year, dayOfYear / 7 + 1)
    }

    /// The day number of 1 January of `year`.
    static func january1(_ year: Int) -> Int {
        // swift-format-ignore: NeverForceUnwrap
        PublicationDate(year: year, month: 1, day: 1)!.dayNumber
    }

    /// `YYYY-MM`.
    static func isoMonth(_ year: Int, _ month: Int) -> String { "\(isoYear(year))-\(twoDigits(month))" }

    /// `YYYY`, zero-padded.
    static func isoYear(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `YYYY-Www`.
    static func isoWeekString(_ week: (year: Int, week: Int)) -> String {
        "\(isoYear(week.year))-W\(twoDigits(week.week))"
    }

    /// `HH:MM`, with `:SS` when `second` is given.
    static func isoTime(_ hour: Int, _ minute: Int, _ second: Int?) -> String {
        var text = "\(twoDigits(hour)):\(twoDigits(minute))"
        if let second { text += ":\(twoDigits(second))" }
        return text
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
