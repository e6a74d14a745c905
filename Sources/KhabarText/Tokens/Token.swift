/// One token of canonical text: a span of scalars with its kind.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters and marks of any script, possibly with digits (`हिंदी`, `Putin`, `10वीं`, `5G`).
        case word
        /// A number, kept whole with its inner separators (`1,00,000`, `18:58:04`, `2023-09-17`, `3.5`).
        case number
        /// A single punctuation scalar (`।`, `,`, `“`, `?`).
        case punctuation
        /// A symbol or emoji.
        case symbol
        /// `#` followed by a word (`#बाढ़`).
        case hashtag
        /// `@` followed by a handle (`@BRICSinfo`).
        case mention
        /// A web address (`https://…`, `www.…`, `pic.twitter.com/…`).
        case url
    }

    /// Facts about a token beyond its kind.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Joined to the previous token by a hyphen (the second half of `एक-दूसरे`).
        public static let hyphenated = Flags(rawValue: 1 << 0)
        /// An abbreviation that keeps its dot (`डॉ.`, `ई.पू.`, `U.S.`).
        public static let abbreviation = Flags(rawValue: 1 << 1)
        /// Holds Devanagari letters.
        public static let devanagari = Flags(rawValue: 1 << 2)
        /// Holds Latin letters.
        public static let latin = Flags(rawValue: 1 << 3)
        /// Holds letters of another script.
        public static let otherScript = Flags(rawValue: 1 << 4)
        /// Preceded by a line break (the first token of a line).
        public static let lineStart = Flags(rawValue: 1 << 5)
    }

    // Offsets are stored in 32 bits (a token is 10 bytes instead of 18): texts beyond 2³¹ scalars are
    // rejected long before this by the ingest size limit.
    private var start32: Int32
    private var end32: Int32

    /// Scalar offset of the first scalar in the canonical text.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    /// Scalar offset one past the last scalar.
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }
    /// The token's kind.
    public var kind: Kind
    /// Additional facts.
    public var flags: Flags

    /// Creates a token.
    @inline(__always)
    public init(start: Int, end: Int, kind: Kind, flags: Flags = []) {
        self.start32 = Int32(truncatingIfNeeded: start)
        self.end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.flags = flags
    }

    /// The token's scalar range.
    public var range: Range<Int> { start..<end }

    /// Whether the token is a word or number (something a reader would call a word).
    public var isWordLike: Bool { kind == .word || kind == .number }
}
