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
            key = "stdin:" + DocumentAnalyzer.sourceHash(of: text)
        } else {
            key = "file:\(input.absolutePath)#\(line)"
        }
        let publishedField = fields["published"] == nil ? "date" : "published"
        let published = string(fields["published"]) ?? string(fields["date"])
        let date = published.flatMap(PublicationDate.init(parsing:))
        var warnings: [String] = []
        if let published, date == nil {
            let shown =
                published.unicodeScalars.count > 40 ? String(published.unicodeScalars.prefix(40)) + "…" : published
            warnings.append("\"\(publishedField)\" is not a date (“\(shown)”); stored without a publication date")
        }
        let source = Source(
            kind: input.kind == .standardInput ? .stdin : .jsonl, path: path, line: line,
            externalID: id, key: key)
        return .document(
            RawDocument(
                source: source, text: text, title: string(fields["title"]),
                published: date, outlet: outlet, url: url, warnings: warnings))
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
///
/// Reads with `read(2)` into one growing byte buffer and finds line ends with `memchr`. Not thread-safe.
final class LineReader {
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

    let descriptor: Int32
    let maxLineBytes: Int
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Unread bytes are `storage[position..<filled]`.
    private var position = 0
    private var filled = 0
    private var atEnd = false
    private var lineNumber = 0
    private static let chunk = 1 << 20

    init(file: FileHandle, maxLineBytes: Int) {
        descriptor = file.fileDescriptor
        self.maxLineBytes = maxLineBytes
        capacity = Self.chunk * 2
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Reads more bytes after the unread ones; false at the end of input.
    private func fill() throws -> Bool {
        guard !atEnd else { return false }
        if position > 0 {  // move the unread bytes to the front
            let unread = filled - position
            if unread > 0 { storage.update(from: storage + position, count: unread) }
            filled = unread
            position = 0
        }
        if capacity - filled < Self.chunk {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: storage, count: filled)
            storage.deallocate()
            storage = bigger
            capacity *= 2
        }
        while true {
            let count = read(descriptor, storage + filled, capacity - filled)
            if count > 0 {
                filled += count
                return true
            }
            if count == 0 {
                atEnd = true
                return false
            }
            if errno != EINTR { throw CocoaError(.fileReadUnknown) }
        }
    }

    /// The first byte that is not white space, without consuming anything; nil at the end of input.
    func peekFirstByte() throws -> UInt8? {
        var k = position
        while true {
            while k < filled {
                let byte = storage[k]
                if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { return byte }
                k += 1
            }
            let consumed = k - position
            guard try fill() else { return nil }
            k = position + consumed
        }
    }

    /// Everything left, and its full size: when that is over `limit`, only the first `limit + 1` bytes
    /// are kept (the rest is read and dropped, so memory stays bounded).
    func readAll(limit: Int) throws -> (data: Data, size: Int) {
        while filled - position <= limit, try fill() {}
        var size = filled - position
        let data = Data(bytes: storage + position, count: min(size, limit + 1))
        position = filled
        if size > limit {
            while try fill() {
                size += filled - position
                position = filled
            }
        }
        return (data, size)
    }

    /// The next line, or nil at the end of input.
    func next() throws -> Line? {
        var searchFrom = position
        while true {
            if let newline = memchr(storage + searchFrom, 0x0A, filled - searchFrom) {
                let end = storage.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                let length = end - position
                lineNumber += 1
                let content: Content =
                    length > maxLineBytes ? .tooLong(length) : .bytes(Data(bytes: storage + position, count: length))
                position = end + 1
                return Line(number: lineNumber, content: content, consumed: length + 1)
            }
            let pending = filled - position
            if pending > maxLineBytes { return try skipLongLine() }
            let searched = filled - position
            guard try fill() else {
                guard pending > 0 else { return nil }
                lineNumber += 1
                let data = Data(bytes: storage + position, count: pending)
                position = filled
                return Line(number: lineNumber, content: .bytes(data), consumed: pending)
            }
            searchFrom = position + searched
        }
    }

    /// Reads past a line that is already longer than the limit, counting its bytes.
    private func skipLongLine() throws -> Line {
        var length = filled - position
        position = filled
        lineNumber += 1
        while try fill() {
            if let newline = memchr(storage + position, 0x0A, filled - position) {
                let end = storage.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                length += end - position
                position = end + 1
                return Line(number: lineNumber, content: .tooLong(length), consumed: length + 1)
            }
            length += filled - position
            position = filled
        }
        return Line(number: lineNumber, content: .tooLong(length), consumed: length)
    }
}
