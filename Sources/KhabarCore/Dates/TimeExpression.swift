/// A time expression found in a text: where it is, what sort of time it names, and its value when the
/// publication date (or the expression itself) pins it down.
///
/// Example: in `पिछले साल 30 सितंबर को बैठक हुई` published on 2024-06-14, the expression
/// `पिछले साल 30 सितंबर` has kind ``Kind/date``, value `2023-09-30`, precision ``Precision/day`` and is
/// relative (it needed the publication date).
public struct TimeExpression: Sendable, Hashable, Codable {
    /// What sort of time an expression names (the ILTIMEX types D, P, F and T).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A point or stretch on the calendar: `26 फरवरी`, `पिछले साल`, `शुक्रवार रात`, `आज` (ILTIMEX D).
        case date
        /// A period or duration: `6 महीने`, `इन दिनों`, `27 से 30 जनवरी`, `दिन भर` (ILTIMEX P).
        case period
        /// A frequency or set of times: `हर साल`, `रोज`, `सालाना`, `आजकल` (ILTIMEX F).
        case frequency
        /// A span of clock time with no calendar anchor (ILTIMEX T; almost unused there, clock times are D).
        case time

        /// The ILTIMEX letter: D, P, F or T.
        public var letter: String {
            switch self {
            case .date: "D"
            case .period: "P"
            case .frequency: "F"
            case .time: "T"
            }
        }

        /// The kind of an ILTIMEX letter (D, P, F, T).
        public init?(letter: String) {
            switch letter {
            case "D": self = .date
            case "P": self = .period
            case "F": self = .frequency
            case "T": self = .time
            default: return nil
            }
        }
    }

    /// How precise a resolved ``TimeExpression/value`` is, and so how to read it.
    ///
    /// | precision | value form | example |
    /// |---|---|---|
    /// | `datetime` | ISO 8601 date-time | `2024-06-14T18:00` |
    /// | `time` | ISO 8601 time of day, no date known | `T18:00` |
    /// | `day` | ISO date | `2024-06-14` |
    /// | `week` | ISO week | `2024-W24` |
    /// | `month` | ISO year-month | `2024-05` |
    /// | `year` | ISO year | `2023` |
    /// | `decade` | year with an unspecified last digit (ISO 8601-2) | `195X` |
    /// | `century` | year with two unspecified digits (ISO 8601-2) | `20XX` |
    /// | `duration` | ISO duration, or `R/` + a duration for a frequency | `P24Y`, `PT2H`, `R/P1Y` |
    /// | `unresolved` | nil | a relative expression with no publication date, or a vague one (`उस दिन`) |
    ///
    /// A range of dates takes its ends' precision and an ISO interval as its value (`2024-06-08/2024-07-20`).
    public enum Precision: String, Sendable, Hashable, Codable, CaseIterable {
        /// A date with a clock time.
        case datetime
        /// A clock time with no date.
        case time
        /// A calendar day.
        case day
        /// An ISO week.
        case week
        /// A month of a year.
        case month
        /// A year.
        case year
        /// A decade.
        case decade
        /// A century.
        case century
        /// A duration, or a frequency (`R/` + duration).
        case duration
        /// No value.
        case unresolved
    }

    /// Scalar offsets of the expression in the canonical text it was found in.
    public var range: Range<Int>
    /// What sort of time it names.
    public var kind: Kind
    /// The resolved value (see ``Precision``), or nil when it cannot be resolved without guessing.
    public var value: String?
    /// How to read ``value``.
    public var precision: Precision
    /// Whether the expression is relative to the time of writing (`आज`, `पिछले साल`, `शुक्रवार को`): its value
    /// comes from the publication date, and is nil when there is none.
    public var relative: Bool

    /// Creates a time expression.
    public init(range: Range<Int>, kind: Kind, value: String?, precision: Precision, relative: Bool) {
        self.range = range
        self.kind = kind
        self.value = value
        self.precision = value == nil ? .unresolved : precision
        self.relative = relative
    }
}
