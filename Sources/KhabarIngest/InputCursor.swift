import Foundation
import KhabarCore

/// Reads the articles of one input, one at a time, so that callers can store a batch before reading on.
///
/// Memory stays bounded by one record (JSON Lines are streamed). Not thread-safe: use it from one task.
public final class InputCursor {
    let reader: InputReader
    /// The input being read.
    public let input: Input
    /// Bytes of the input consumed so far.
    public private(set) var consumedBytes = 0
    private var lines: LineReader?
    private var file: FileHandle?
    private var finished = false
    private var sawRecord = false
    private var decidedStandardInput = false

    init(reader: InputReader, input: Input) {
        self.reader = reader
        self.input = input
    }

    deinit {
        if input.kind != .standardInput { try? file?.close() }
    }

    /// The next article or rejection, or nil when the input is exhausted.
    ///
    /// - Throws: only for IO failures in the middle of a stream; problems with the content are returned
    ///   as ``IngestEvent/rejected(_:)``.
    public func next() throws -> IngestEvent? {
        try next(decodingRecords: true)
    }

    /// The next article, rejection, or (with `decodingRecords` false) undecoded JSON Lines record.
    public func next(decodingRecords: Bool) throws -> IngestEvent? {
        guard !finished else { return nil }
        switch input.kind {
        case .text:
            finished = true
            consumedBytes = input.size
            return reader.readText(input)
        case .jsonLines:
            if lines == nil {
                guard let handle = FileHandle(forReadingAtPath: input.path) else {
                    finished = true
                    return .rejected(IngestError(.unreadable, input: input.path, "cannot open this file for reading"))
                }
                let head = (try? handle.read(upToCount: 4)) ?? Data()
                if let encoding = head.withUnsafeBytes({ UTF8Validation.otherUnicode($0) }) {
                    finished = true
                    try? handle.close()
                    return .rejected(
                        IngestError(
                            .invalidUTF8, input: input.path,
                            "\(encoding) text, not UTF-8 (it starts with a \(encoding) byte-order mark); convert it "
                                + "first, e.g. with iconv -f \(encoding) -t UTF-8"))
                }
                try? handle.seek(toOffset: 0)
                file = handle
                lines = LineReader(file: handle, maxLineBytes: reader.options.maxArticleBytes + 65_536)
            }
            return try nextRecord(decoding: decodingRecords)
        case .standardInput:
            if lines == nil {
                file = FileHandle.standardInput
                lines = LineReader(
                    file: FileHandle.standardInput, maxLineBytes: reader.options.maxArticleBytes + 65_536)
            }
            if !decidedStandardInput {
                decidedStandardInput = true
                guard let first = try lines?.peekFirstByte() else {
                    finished = true
                    return .rejected(IngestError(.empty, input: "-", "standard input is empty"))
                }
                if first != 0x7B, let reading = lines {
                    finished = true
                    let (event, bytes) = try reader.readStandardInputText(reading)
                    consumedBytes += bytes
                    return event
                }
            }
            return try nextRecord(decoding: decodingRecords)
        }
    }

    private func nextRecord(decoding: Bool) throws -> IngestEvent? {
        guard let reading = lines else { return nil }
        while let line = try reading.next() {
            consumedBytes += line.consumed
            switch line.content {
            case .tooLong(let bytes):
                sawRecord = true
                return .rejected(IngestError(.tooLarge, input: input.path, line: line.number, reader.tooLarge(bytes)))
            case .bytes(let data):
                if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                sawRecord = true
                let record = PendingRecord(data: data, input: input, line: line.number)
                return decoding ? record.decode(with: reader) : .pending(record)
            }
        }
        finished = true
        if !sawRecord {
            return .rejected(IngestError(.empty, input: input.path, "empty: no JSON Lines records"))
        }
        return nil
    }
}
