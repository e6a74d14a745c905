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
    /// following symbolic links but reading each real file and folder once (a link back to a folder being
    /// walked is not followed again); `-` is standard input. Paths that do not exist, link loops, FIFOs,
    /// sockets and devices are reported in `errors`, each with what it is.
    public func plan(_ paths: [String]) -> (inputs: [Input], errors: [IngestError]) {
        var walk = Walk()
        for path in paths {
            if path == "-" {
                walk.inputs.append(Input(path: "-", absolutePath: "", kind: .standardInput, size: 0))
                continue
            }
            take(path, named: true, into: &walk)
        }
        return (walk.inputs, walk.errors)
    }

    /// What walking the named paths found so far.
    private struct Walk {
        var inputs: [Input] = []
        var errors: [IngestError] = []
        /// Real files and folders (device, inode) read or being walked.
        var seenFiles = Set<FileKind.Identity>()
        var seenFolders = Set<FileKind.Identity>()
    }

    private func visit(folder: String, identity: FileKind.Identity, into walk: inout Walk) {
        guard walk.seenFolders.insert(identity).inserted else { return }  // a link back to a folder already walked
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            walk.errors.append(IngestError(.unreadable, input: folder, "cannot list this folder (permission denied?)"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            take((folder as NSString).appendingPathComponent(name), named: false, into: &walk)
        }
    }

    /// Adds what a path holds to the walk: a file (once, however many links lead to it), a folder's files,
    /// or why it is skipped. Inside folders, files of other kinds are passed over in silence.
    private func take(_ path: String, named: Bool, into walk: inout Walk) {
        switch FileKind.of(path) {
        case .missing(let reason):
            walk.errors.append(IngestError(reason.code, input: path, reason.message))
        case .folder(let identity):
            visit(folder: path, identity: identity, into: &walk)
        case .file(let identity, let size):
            guard let input = file(path, size: size, named: named) else { return }
            if walk.seenFiles.insert(identity).inserted { walk.inputs.append(input) }
        case .special(let what):
            let ext = (path as NSString).pathExtension.lowercased()
            if named || options.textExtensions.contains(ext) || options.jsonLinesExtensions.contains(ext) {
                walk.errors.append(IngestError(.unsupported, input: path, what.message))
            }
        }
    }

    /// The input for a regular file: by extension inside folders; a file named directly with another
    /// extension is read as JSON Lines when it starts with `{`, else as text.
    private func file(_ path: String, size: Int, named: Bool) -> Input? {
        let ext = (path as NSString).pathExtension.lowercased()
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
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
            if let encoding = UTF8Validation.otherUnicode(bytes) {
                return .failure(
                    IngestError(
                        .invalidUTF8, input: input, line: line,
                        "\(encoding) text, not UTF-8 (it starts with a \(encoding) byte-order mark); convert it first, "
                            + "e.g. with iconv -f \(encoding) -t UTF-8"))
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
            let source = Source(kind: .stdin, path: "-", key: "stdin:" + DocumentAnalyzer.sourceHash(of: text))
            return (.document(RawDocument(source: source, text: text)), size)
        case .failure(let error):
            return (.rejected(error), size)
        }
    }
}
