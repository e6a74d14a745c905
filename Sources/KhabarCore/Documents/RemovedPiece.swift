/// Why the cleaner set a piece of an article aside.
public enum RemovalReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// A social-media embed: a tweet's text with its `pic.twitter.com` link, its "— Name (@handle) date"
    /// attribution, an Instagram or Facebook post.
    case socialEmbed = "social-embed"
    /// A share, reaction, follow, subscribe, comment or app-download widget.
    case widget
    /// A "read also" link to another article.
    case relatedLink = "related-link"
    /// A byline, editor credit, "updated" stamp or agency input credit.
    case byline
    /// A line of hashtags, including ones whose vowel signs were stripped.
    case hashtags
    /// A bare date/time line (kept as the publication date when the input had none).
    case timestamp
    /// An agency dateline at the start of a paragraph (kept as metadata).
    case dateline
    /// A paragraph that repeats an earlier one word for word.
    case repeated
    /// A first line that repeats the headline.
    case repeatedHeadline = "repeated-headline"
    /// A truncated copy of a longer paragraph (a teaser the longer one starts with).
    case teaser
    /// Text that was damaged on the way: mis-decoded bytes, replacement characters, vowel signs stripped.
    case garbled
    /// A disclaimer or advertisement notice.
    case disclaimer
}

/// A piece of an article that the cleaner removed, with the reason.
public struct RemovedPiece: Sendable, Hashable, Codable {
    /// The exact text removed, as it appears in the original article.
    public var text: String
    /// Why it was removed.
    public var reason: RemovalReason
    /// Unicode-scalar offset of the piece in the original article text.
    public var start: Int
    /// Unicode-scalar offset one past the piece in the original article text.
    public var end: Int
    /// What the cleaner made of it, when anything (the publication date a timestamp gave, the paragraph a
    /// repeat repeats).
    public var detail: String?

    /// Creates a removed piece.
    public init(text: String, reason: RemovalReason, start: Int, end: Int, detail: String? = nil) {
        self.text = text
        self.reason = reason
        self.start = start
        self.end = end
        self.detail = detail
    }
}
