extension TimeWord {
    /// A number of any form that can count or name a day: digits, a decimal or clock, a number word, `15-20`.
    var isNumeric: Bool {
        switch self {
        case .number, .decimal, .numberWord, .numberRange: true
        default: false
        }
    }

    /// A plain number in digits (not a year span, decimal or clock).
    var isPlainNumber: Bool {
        if case .number = self { return true }
        return false
    }

    /// A number in digits that reads as a year (1000…2099).
    var isYearNumber: Bool {
        if case .number(let value) = self { return (1000...2099).contains(value) }
        return false
    }

    /// The unit of a unit word.
    var unit: TimeUnit? {
        if case .unit(let unit, _) = self { return unit }
        return nil
    }

    /// Whether the word is a unit of time.
    var isUnit: Bool { unit != nil }

    /// The particle, when the word is one.
    var particle: Particle? {
        if case .particle(let particle) = self { return particle }
        return nil
    }

    /// The modifier, when the word is one.
    var modifier: Modifier? {
        if case .modifier(let modifier) = self { return modifier }
        return nil
    }

    var isMonth: Bool {
        if case .month = self { return true }
        return false
    }

    var isWeekday: Bool {
        if case .weekday = self { return true }
        return false
    }

    var isDaypart: Bool {
        if case .daypart = self { return true }
        return false
    }

    var isFestival: Bool {
        switch self {
        case .festival, .namedDay: true
        default: false
        }
    }

    /// A clock reading in digits: `10:15`, `12.11`, `18:58:04`.
    var isClock: Bool {
        switch self {
        case .decimal, .clock: true
        default: false
        }
    }

    /// Whether the word is the particle `particle`.
    @inline(__always)
    func isParticle(_ particle: Particle) -> Bool {
        if case .particle(let p) = self { return p == particle }
        return false
    }

    /// Whether the word is the modifier `modifier`.
    @inline(__always)
    func isModifier(_ modifier: Modifier) -> Bool {
        if case .modifier(let m) = self { return m == modifier }
        return false
    }
}
