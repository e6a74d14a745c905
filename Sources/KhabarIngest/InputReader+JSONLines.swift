import Foundation
import KhabarCore

/// JSON Lines: `{"id"?, "url"?, "title"?, "text", "published"?, "outlet"?}` per line (`date` is read as
/// `published` too).
extension InputReader {
    /// The article of one JSON Lines record, or why there is none.
    func record(_ data: Data, input: Input, line: Int) -> IngestEvent {
        let path = input.path
        let invalid = data.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) }
        if let invalid {
            return .rejected(
                IngestError(.invalidUTF8, input: path, line: line, "not valid UTF-8 (byte \(invalid) of the line)"))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return .rejected(IngestError(.notJSON, input: path, line: line, "not a JSON object: \(describe(error))"))
        }
        guard let fields = object as? [String: Any] else {
            return .rejected(IngestError(.notJSON, input: path, line: line, "not a JSON object (an array or a value)"))
        }
        guard let textValue = fields["text"] else {
            return .rejected(IngestError(.missingText, input: path, line: line, "the record has no \"text\" field"))
        }
        guard let text = textValue as? String else {
            return .rejected(IngestError(.missingText, input: path, line: line, "\"text\" is not a string"))
        }
        switch decodeArticle(Data(text.utf8), input: path, line: line) {
        case .failure(let error):
            if error.code == .empty {
                return .rejected(IngestError(.missingText, input: path, line: line, "\"text\" is empty"))
            }
            return .rejected(error)
        case .success:
            break
        }
        let id = string(fields["id"])
        let url = string(fields["url"])
        let outlet = string(fields["outlet"])
        let key: String
        if let id {
            key = "id:" + (outlet.map { $0 + "/" } ?? "") + id
        } else if let url {
            key = "url:" + url
        } else if input.kind == .standardInput {
            key = "stdin:" + Analyzer.sourceHash(of: text)
        } else {
            key = "file:\(input.absolutePath)#\(line)"
        }
        let published = string(fields["published"]) ?? string(fields["date"])
        let source = Source(
            kind: input.kind == .standardInput ? .stdin : .jsonl, path: path, line: line,
            externalID: id, key: key)
        return .document(
            RawDocument(
                source: source, text: text, title: string(fields["title"]),
                published: published.flatMap(PublicationDate.init(parsing:)), outlet: outlet, url: url))
    }

    /// A string field, or a number field as text; nil for anything else or an empty string.
    func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "the JSON parser rejected it"
    }
}

/// Reads a file line by line with a bounded buffer: a line longer than `maxLineBytes` is skipped (and
/// reported) without being held in memory.
struct LineReader {
    enum Content {
        case bytes(Data)
        case tooLong(Int)
    }

    struct Line {
        var number: Int
        var content: Content
        /// Bytes of the input this line took, its newline included.
        var consumed: Int
    }

    let file: FileHandle
    let maxLineBytes: Int
    private var buffer = Data()
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    private static let chunk = 1 << 20

    init(file: FileHandle, maxLineBytes: Int) {
        self.file = file
        self.maxLineBytes = maxLineBytes
    }

    private mutating func fill() throws -> Bool {
        guard !atEnd else { return false }
        let data = try file.read(upToCount: Self.chunk) ?? Data()
        if data.isEmpty {
            atEnd = true
            return false
        }
        if position > 0 {
            buffer.removeSubrange(buffer.startIndex..<(buffer.startIndex + position))
            position = 0
        }
        buffer.append(data)
        return true
    }

    /// The first byte that is not white space, without consuming anything; nil at the end of input.
    mutating func peekFirstByte() throws -> UInt8? {
        while true {
            let available = buffer[(buffer.startIndex + position)...]
            if let byte = available.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
                return byte
            }
            guard try fill() else { return nil }
        }
    }

    /// Everything left, and its full size: when that is over `limit`, only the first `limit + 1` bytes
    /// are kept (the rest is read and dropped, so memory stays bounded).
    mutating func readAll(limit: Int) throws -> (data: Data, size: Int) {
        while buffer.count - position <= limit, try fill() {}
        var data = Data(buffer[(buffer.startIndex + position)...])
        position = buffer.count
        var size = data.count
        if size > limit {
            while let more = try file.read(upToCount: Self.chunk), !more.isEmpty { size += more.count }
            data = data.prefix(limit + 1)
        }
        return (data, size)
    }

    /// The next line, or nil at the end of input.
    mutating func next() throws -> Line? {
        var searchFrom = position
        while true {
            let start = buffer.startIndex
            if let newline = buffer[(start + searchFrom)...].firstIndex(of: 0x0A) {
                let length = newline - (start + position)
                lineNumber += 1
                let line: Line
                if length > maxLineBytes {
                    line = Line(number: lineNumber, content: .tooLong(length), consumed: length + 1)
                } else {
                    line = Line(
                        number: lineNumber, content: .bytes(buffer[(start + position)..<newline]), consumed: length + 1)
                }
                position = newline - start + 1
                return line
            }
            let pending = buffer.count - position
            if pending > maxLineBytes {
                return try skipLongLine(pendingBytes: pending)
            }
            searchFrom = buffer.count
            let before = position
            guard try fill() else {
                guard pending > 0 else { return nil }
                lineNumber += 1
                let data = Data(buffer[(start + position)...])
                position = buffer.count
                return Line(number: lineNumber, content: .bytes(data), consumed: data.count)
            }
            searchFrom = searchFrom - before + position  // fill() may have dropped consumed bytes
        }
    }

    /// Reads past a line that is already longer than the limit, counting its bytes.
    private mutating func skipLongLine(pendingBytes: Int) throws -> Line {
        var length = pendingBytes
        lineNumber += 1
        buffer.removeAll(keepingCapacity: true)
        position = 0
        while true {
            guard let data = try file.read(upToCount: Self.chunk), !data.isEmpty else {
                atEnd = true
                return Line(number: lineNumber, content: .tooLong(length), consumed: length)
            }
            if let newline = data.firstIndex(of: 0x0A) {
                length += newline - data.startIndex
                buffer = Data(data[(newline + 1)...])
                return Line(number: lineNumber, content: .tooLong(length), consumed: length + 1)
            }
            length += data.count
        }
    }
}
