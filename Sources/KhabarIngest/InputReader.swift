import Foundation
import KhabarCore

/// Reads articles from the paths a user names: folders of `.txt` files, JSON Lines files, standard input.
///
/// Every problem becomes an ``IngestError`` that names the input (and line) and reading goes on with the
/// rest: an empty, binary or non-UTF-8 file, a line that is not JSON or has no `text`, an article over
/// ``IngestOptions/maxArticleBytes``. JSON Lines files are streamed, so memory stays bounded by the
/// largest accepted record whatever the file size.
public struct InputReader: Sendable {
    /// The settings.
    public var options: IngestOptions

    /// Creates a reader.
    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Expands the named paths into inputs: folders are walked in name order (hidden entries skipped),
    /// `-` is standard input. Paths that do not exist, or files of an unknown kind inside a folder, are
    /// reported in `errors`.
    public func plan(_ paths: [String]) -> (inputs: [Input], errors: [IngestError]) {
        var inputs: [Input] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(Input(path: "-", absolutePath: "", kind: .standardInput, size: 0))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(IngestError(.notFound, input: path, "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                walk(folder: path, into: &inputs, errors: &errors)
            } else if let input = file(path, named: true) {
                inputs.append(input)
            }
        }
        return (inputs, errors)
    }

    private func walk(folder: String, into inputs: inout [Input], errors: inout [IngestError]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            errors.append(IngestError(.unreadable, input: folder, "cannot list this folder"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(folder: path, into: &inputs, errors: &errors)
            } else if let input = file(path, named: false) {
                inputs.append(input)
            }
        }
    }

    /// The input for a file: by extension inside folders; a file named directly with another extension is
    /// read as JSON Lines when it starts with `{`, else as text.
    private func file(_ path: String, named: Bool) -> Input? {
        let ext = (path as NSString).pathExtension.lowercased()
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if options.textExtensions.contains(ext) {
            return Input(path: path, absolutePath: absolute, kind: .text, size: size)
        }
        if options.jsonLinesExtensions.contains(ext) {
            return Input(path: path, absolutePath: absolute, kind: .jsonLines, size: size)
        }
        guard named else { return nil }
        let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 64)) ?? Data()
        let first = head.first {
            $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
        }
        return Input(path: path, absolutePath: absolute, kind: first == 0x7B ? .jsonLines : .text, size: size)
    }

    /// Opens an input for reading its articles one at a time.
    public func open(_ input: Input) -> InputCursor {
        InputCursor(reader: self, input: input)
    }

    // MARK: Text files

    /// The article of a text file, or why it has none.
    func readText(_ input: Input) -> IngestEvent {
        if input.size > options.maxArticleBytes {
            return .rejected(IngestError(.tooLarge, input: input.path, tooLarge(input.size)))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: input.path))
        } catch {
            return .rejected(IngestError(.unreadable, input: input.path, "cannot read: \(error.localizedDescription)"))
        }
        switch decodeArticle(data, input: input.path, line: nil) {
        case .success(let text):
            let source = Source(kind: .file, path: input.path, key: "file:" + input.absolutePath)
            return .document(RawDocument(source: source, text: text))
        case .failure(let error):
            return .rejected(error)
        }
    }

    /// The text of an article's bytes, or why it cannot be one.
    func decodeArticle(_ data: Data, input: String, line: Int?) -> Result<String, IngestError> {
        if data.count > options.maxArticleBytes {
            return .failure(IngestError(.tooLarge, input: input, line: line, tooLarge(data.count)))
        }
        return data.withUnsafeBytes { raw -> Result<String, IngestError> in
            var bytes = raw
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                bytes = UnsafeRawBufferPointer(rebasing: bytes[3...])
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return .failure(IngestError(.empty, input: input, line: line, "empty: there is no text to ingest"))
            }
            if UTF8Validation.looksBinary(bytes) {
                return .failure(
                    IngestError(.binary, input: input, line: line, "binary data, not text (NUL or control bytes)"))
            }
            if let bad = UTF8Validation.firstInvalidOffset(bytes) {
                let location = line == nil ? "line \(UTF8Validation.line(of: bad, in: bytes)), " : ""
                return .failure(
                    IngestError(
                        .invalidUTF8, input: input, line: line,
                        "not valid UTF-8 (\(location)byte \(bad)); convert it to UTF-8 first, e.g. with iconv"))
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        }
    }

    func tooLarge(_ bytes: Int) -> String {
        let size = String(format: "%.1f", Double(bytes) / 1_048_576)
        let limit = String(format: "%.0f", Double(options.maxArticleBytes) / 1_048_576)
        return "\(size) MiB is over the \(limit) MiB limit for one article (--max-article-mb raises it)"
    }

    /// The article of standard input read as text (after its first bytes showed it is not JSON Lines).
    func readStandardInputText(_ lines: LineReader) throws -> (IngestEvent, bytes: Int) {
        let (data, size) = try lines.readAll(limit: options.maxArticleBytes)
        if size > options.maxArticleBytes {
            return (.rejected(IngestError(.tooLarge, input: "-", tooLarge(size))), size)
        }
        switch decodeArticle(data, input: "-", line: nil) {
        case .success(let text):
            let source = Source(kind: .stdin, path: "-", key: "stdin:" + Analyzer.sourceHash(of: text))
            return (.document(RawDocument(source: source, text: text)), size)
        case .failure(let error):
            return (.rejected(error), size)
        }
    }
}
