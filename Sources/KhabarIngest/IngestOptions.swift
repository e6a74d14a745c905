/// Settings for reading inputs.
public struct IngestOptions: Sendable, Hashable {
    /// The largest article (or JSON Lines record) accepted, in bytes. Larger ones are rejected with a
    /// clear message instead of being read into memory.
    public var maxArticleBytes: Int
    /// File extensions read as plain-text articles when walking a folder.
    public var textExtensions: Set<String>
    /// File extensions read as JSON Lines when walking a folder.
    public var jsonLinesExtensions: Set<String>

    /// The defaults: 32 MiB per article, `.txt` text, `.jsonl`/`.ndjson` JSON Lines.
    public init(
        maxArticleBytes: Int = 32 << 20,
        textExtensions: Set<String> = ["txt", "text"],
        jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
    ) {
        self.maxArticleBytes = maxArticleBytes
        self.textExtensions = textExtensions
        self.jsonLinesExtensions = jsonLinesExtensions
    }
}
