/// Why an input, or one record of it, could not be read. Every message names the input (and line).
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for code that reacts to it.
    public enum Code: String, Sendable, Hashable, Codable {
        /// The path does not exist.
        case notFound = "not-found"
        /// The input could not be read (permissions, IO error).
        case unreadable
        /// The file is empty or holds only whitespace.
        case empty
        /// The file holds binary data (NUL bytes or mostly control bytes).
        case binary
        /// The bytes are not valid UTF-8.
        case invalidUTF8 = "invalid-utf8"
        /// The article or line is larger than the configured limit.
        case tooLarge = "too-large"
        /// A JSON Lines record is not a JSON object.
        case notJSON = "not-json"
        /// A JSON Lines record has no non-empty `text` string.
        case missingText = "missing-text"
        /// The path names something Khabar cannot read (a socket, a FIFO, an unsupported file type).
        case unsupported
        /// A field of a record could not be read and was left out (a warning: the record is stored).
        case invalidField = "invalid-field"
        /// Following symbolic links leads back to a folder already being read.
        case symlinkLoop = "symlink-loop"
    }

    /// What went wrong.
    public var code: Code
    /// The input as the user named it.
    public var input: String
    /// The 1-based line, for a record of a JSON Lines input.
    public var line: Int?
    /// A sentence saying what is wrong and, where it helps, what to do.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, input: String, line: Int? = nil, _ message: String) {
        self.code = code
        self.input = input
        self.line = line
        self.message = message
    }

    /// "path:line: message".
    public var description: String {
        if let line { return "\(input):\(line): \(message)" }
        return "\(input): \(message)"
    }
}
