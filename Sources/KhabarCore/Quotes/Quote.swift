/// One quotation found in a text: the words someone said, directly (in quote marks) or reported (`X ने कहा
/// कि …`, `according to X, …`), with who said them when the text tells.
///
/// Every range is a range of Unicode-scalar offsets into the canonical text the quote was found in (the
/// document's cleaned text in the analysis report).
public struct Quote: Sendable, Hashable, Codable {
    /// Whether the words are quoted verbatim or reported.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The speaker's own words, between quotation marks.
        case direct
        /// The speaker's words reported in the writer's words (`ने कहा कि …`, `के अनुसार …`, `said that …`).
        case indirect
    }

    /// The quoted or reported words, without the quotation marks around them and without a trailing comma
    /// or sentence-end mark of the frame.
    public var range: Range<Int>
    /// Direct or reported.
    public var kind: Kind
    /// The speaker phrase as written (`राज्य के स्वास्थ्य मंत्री रमेश वर्मा`, `उन्होंने`, `सूत्रों`, `he`), or nil when
    /// the text does not say who spoke.
    public var speakerRange: Range<Int>?
    /// The index, in the mentions given to the extractor, of the speaker: the mention the speaker phrase
    /// holds (its last person mention, else its last mention), or the person a pronoun speaker refers to.
    public var speakerMention: Int?
    /// For a pronoun speaker (or a quote that continues an earlier one), the earlier phrase it refers to:
    /// the resolved mention, or without mentions the last speaker phrase that was not a pronoun.
    public var antecedentRange: Range<Int>?
    /// The speech verb or frame (`कहा`, `दावा किया`, `का कहना है`, `के अनुसार`, `said`, `according to`), or nil
    /// for a quote attributed by continuing an earlier one.
    public var cue: Range<Int>?
    /// Whether the quote was opened and never closed, and so runs to the end of its paragraph.
    public var isOpen: Bool

    /// Creates a quote.
    public init(
        range: Range<Int>,
        kind: Kind,
        speakerRange: Range<Int>? = nil,
        speakerMention: Int? = nil,
        antecedentRange: Range<Int>? = nil,
        cue: Range<Int>? = nil,
        isOpen: Bool = false
    ) {
        self.range = range
        self.kind = kind
        self.speakerRange = speakerRange
        self.speakerMention = speakerMention
        self.antecedentRange = antecedentRange
        self.cue = cue
        self.isOpen = isOpen
    }
}
