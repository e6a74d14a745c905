/// Where an article came from: enough to find it again and to recognise it when it comes again.
public struct Source: Sendable, Hashable, Codable {
    /// The kind of input.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A plain text file, one article.
        case file
        /// One line of a JSON Lines file.
        case jsonl
        /// Standard input.
        case stdin
    }

    /// The kind of input.
    public var kind: Kind
    /// The path as the user gave it (or `-` for standard input).
    public var path: String
    /// The 1-based line of a JSON Lines record.
    public var line: Int?
    /// The record's own `id`, when the input gave one.
    public var externalID: String?
    /// The identity used to recognise the same input when it is ingested again: the record id, else its
    /// URL, else the absolute path (with the line for JSON Lines), else (standard input) the content hash.
    public var key: String

    /// Creates a source.
    public init(kind: Kind, path: String, line: Int? = nil, externalID: String? = nil, key: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.externalID = externalID
        self.key = key
    }

    /// What reports show as the source: the record id, else the path (with `:line` for JSON Lines).
    public var display: String {
        if let externalID { return externalID }
        if let line { return "\(path):\(line)" }
        return path
    }
}
