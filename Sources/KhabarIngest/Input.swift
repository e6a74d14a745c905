public import Foundation
public import KhabarCore

/// One input to read: a text article, a JSON Lines file, or standard input.
public struct Input: Sendable, Hashable {
    /// How the input is read.
    public enum Kind: String, Sendable, Hashable {
        /// A plain-text file holding one article.
        case text
        /// A JSON Lines file, one article per line.
        case jsonLines
        /// Standard input: JSON Lines when it starts with `{`, else one text article.
        case standardInput
    }

    /// The path as the user gave it, or as found under a folder the user gave.
    public var path: String
    /// The absolute, standardized path (empty for standard input).
    public var absolutePath: String
    /// How to read it.
    public var kind: Kind
    /// The size in bytes, when known.
    public var size: Int

    /// Creates an input.
    public init(path: String, absolutePath: String, kind: Kind, size: Int) {
        self.path = path
        self.absolutePath = absolutePath
        self.kind = kind
        self.size = size
    }
}

/// What reading inputs produces, in order.
public enum IngestEvent: Sendable {
    /// An article read.
    case document(RawDocument)
    /// An input, or one record of it, that could not be read.
    case rejected(IngestError)
    /// A JSON Lines record read but not yet decoded (only when the caller asked to decode later, on
    /// another core).
    case pending(PendingRecord)
}

/// A JSON Lines record whose decoding was left to the caller.
public struct PendingRecord: Sendable {
    /// The line's bytes.
    public let data: Data
    /// The input it came from.
    public let input: Input
    /// Its 1-based line number.
    public let line: Int

    /// Decodes the record: an article, or why it is not one.
    public func decode(with reader: InputReader) -> IngestEvent {
        reader.record(data, input: input, line: line)
    }
}
