import Foundation
import KhabarCore
import Testing

@testable import KhabarIngest

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Everything reading `paths` produces.
func readAll(_ paths: [String], options: IngestOptions = IngestOptions()) throws -> (
    documents: [RawDocument], rejected: [IngestError]
) {
    let reader = InputReader(options: options)
    let (inputs, errors) = reader.plan(paths)
    var documents: [RawDocument] = []
    var rejected = errors
    for input in inputs {
        let cursor = reader.open(input)
        while let event = try cursor.next() {
            switch event {
            case .document(let raw): documents.append(raw)
            case .rejected(let error): rejected.append(error)
            case .pending(let record): Issue.record("next() decodes every record, got \(record.line)")
            }
        }
    }
    return (documents, rejected)
}

@Suite("Reading inputs")
struct InputReaderTests {
    @Test("a folder of text files: good ones are read, bad ones rejected with the file named")
    func textFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        try write("a-good.txt", Array("पटना में बाढ़\nगंगा का जलस्तर बढ़ा है।\n".utf8))
        try write("b-empty.txt", [])
        try write("c-blank.txt", Array("  \n\t\n".utf8))
        try write("d-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02] + Array("IHDR".utf8))
        try write("e-latin1.txt", Array("नमस्ते\nCaf".utf8) + [0xE9, 0x0A])  // é in Latin-1
        try write("f-bom.txt", [0xEF, 0xBB, 0xBF] + Array("समाचार का पाठ।".utf8))
        try write(".hidden.txt", Array("छिपा हुआ".utf8))
        try write("notes.md", Array("# not an article".utf8))
        let (documents, rejected) = try readAll([folder.path])
        #expect(
            documents.map { URL(fileURLWithPath: $0.source.path).lastPathComponent } == ["a-good.txt", "f-bom.txt"])
        #expect(documents[1].text == "समाचार का पाठ।")  // the BOM is not part of the text
        let byFile = Dictionary(
            uniqueKeysWithValues: rejected.map { (URL(fileURLWithPath: $0.input).lastPathComponent, $0) })
        #expect(byFile["b-empty.txt"]?.code == .empty)
        #expect(byFile["c-blank.txt"]?.code == .empty)
        #expect(byFile["d-binary.txt"]?.code == .binary)
        #expect(byFile["e-latin1.txt"]?.code == .invalidUTF8)
        #expect(byFile["e-latin1.txt"]?.message.contains("line 2") == true)
        #expect(rejected.count == 4)
        for error in rejected { #expect(error.description.hasPrefix(error.input)) }
    }

    @Test("JSON Lines: every bad record is rejected with its line, the rest is read")
    func jsonLines() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("feed.jsonl")
        var bytes: [UInt8] = []
        func line(_ text: String) { bytes += Array(text.utf8) + [0x0A] }
        line(#"{"id": "a1", "outlet": "खबर", "title": "शीर्षक", "text": "पहला लेख।", "published": "2024-06-19"}"#)
        line("")
        line(#"not json at all"#)
        line(#"["an", "array"]"#)
        line(#"{"id": "a2", "title": "no text"}"#)
        line(#"{"id": 7, "text": 42}"#)
        line(#"{"id": 8, "text": "   "}"#)
        bytes += Array(#"{"text": "bad "#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8) + [0x0A]
        line(#"{"id": 9, "url": "https://example.com/x", "text": "नौवां लेख।", "date": "2020-03-10"}"#)
        line(#"{"text": "बिना पहचान का लेख।", "published": "Tue, 14 Jul 2026 09:30:00 +0530"}"#)
        bytes += Array(#"{"id": "last", "text": "आखिरी पंक्ति बिना newline"}"#.utf8)
        try Data(bytes).write(to: file)

        let (documents, rejected) = try readAll([file.path])
        #expect(documents.map(\.source.line) == [1, 9, 10, 11])
        #expect(documents[0].source.key == "id:खबर/a1")
        #expect(documents[0].title == "शीर्षक")
        #expect(documents[0].published?.iso == "2024-06-19")
        #expect(documents[1].source.externalID == "9")
        #expect(documents[1].published?.iso == "2020-03-10")  // "date" is read as "published"
        #expect(documents[2].source.key.hasPrefix("file:"))
        #expect(documents[2].source.key.hasSuffix("#10"))
        #expect(documents[2].published?.iso == "2026-07-14T09:30:00+05:30")
        #expect(documents[3].text == "आखिरी पंक्ति बिना newline")
        #expect(rejected.map(\.line) == [3, 4, 5, 6, 7, 8])
        #expect(rejected.map(\.code) == [.notJSON, .notJSON, .missingText, .missingText, .missingText, .invalidUTF8])
        for error in rejected { #expect(error.description.hasPrefix("\(file.path):\(error.line ?? 0): ")) }
    }

    @Test("a record or file over the size limit is rejected without stopping the rest")
    func tooLarge() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = IngestOptions(maxArticleBytes: 4_096)
        let big = String(repeating: "क", count: 20_000)  // 60 kB on one line
        let feed = folder.appendingPathComponent("feed.jsonl")
        try Data(("{\"text\": \"छोटा लेख।\"}\n{\"text\": \"\(big)\"}\n{\"text\": \"फिर छोटा।\"}\n").utf8).write(to: feed)
        let text = folder.appendingPathComponent("big.txt")
        try Data(big.utf8).write(to: text)
        let (documents, rejected) = try readAll([feed.path, text.path], options: options)
        #expect(documents.map(\.text) == ["छोटा लेख।", "फिर छोटा।"])
        #expect(rejected.map(\.code) == [.tooLarge, .tooLarge])
        #expect(rejected[0].line == 2)
        #expect(rejected[1].input == text.path)
    }

    @Test("paths that do not exist are reported; a file named directly is sniffed for JSON Lines")
    func planning() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jsonl = folder.appendingPathComponent("export.data")
        try Data("{\"text\": \"पाठ\"}\n".utf8).write(to: jsonl)
        let plain = folder.appendingPathComponent("article.html")
        try Data("सादा पाठ".utf8).write(to: plain)
        let (inputs, errors) = InputReader().plan([jsonl.path, plain.path, folder.appendingPathComponent("nope").path])
        #expect(inputs.map(\.kind) == [.jsonLines, .text])
        #expect(errors.map(\.code) == [.notFound])
    }

    @Test("the line reader keeps lines across its buffer boundary and counts their bytes")
    func lineBoundaries() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("many.jsonl")
        var text = ""
        for k in 0..<30_000 { text += "{\"id\": \(k), \"text\": \"लेख संख्या \(k) का पाठ जो थोड़ा लंबा है।\"}\n" }
        try Data(text.utf8).write(to: file)
        let reader = InputReader()
        let (inputs, _) = reader.plan([file.path])
        let cursor = reader.open(inputs[0])
        var ids: [String] = []
        while let event = try cursor.next() {
            if case .document(let raw) = event { ids.append(raw.source.externalID ?? "") }
        }
        #expect(ids.count == 30_000)
        #expect(ids.last == "29999")
        #expect(cursor.consumedBytes == text.utf8.count)
    }

    @Test("symbolic links: each real file is read once, loops are named, never followed forever")
    func symbolicLinks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let news = folder.appendingPathComponent("news")
        try manager.createDirectory(at: news, withIntermediateDirectories: true)
        try Data("एक लेख।".utf8).write(to: news.appendingPathComponent("a.txt"))
        // A folder linking to itself, twice, and to its parent: the walk must end and read a.txt once.
        try manager.createSymbolicLink(atPath: news.appendingPathComponent("self").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: news.appendingPathComponent("again").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: news.appendingPathComponent("up").path, withDestinationPath: "..")
        // The same file under another name.
        try manager.createSymbolicLink(
            atPath: news.appendingPathComponent("b.txt").path,
            withDestinationPath: news.appendingPathComponent("a.txt").path)
        let (documents, rejected) = try readAll([news.path, news.appendingPathComponent("a.txt").path])
        #expect(documents.count == 1)
        #expect(rejected.isEmpty)
        // Two links pointing at each other.
        let one = folder.appendingPathComponent("one.txt")
        let two = folder.appendingPathComponent("two.txt")
        try manager.createSymbolicLink(atPath: one.path, withDestinationPath: two.path)
        try manager.createSymbolicLink(atPath: two.path, withDestinationPath: one.path)
        let (_, errors) = InputReader().plan([one.path])
        #expect(errors.map(\.code) == [.symlinkLoop])
        #expect(errors.first?.message.contains("loop") == true)
        // A link whose target is gone.
        let dangling = folder.appendingPathComponent("gone.txt")
        try manager.createSymbolicLink(
            atPath: dangling.path, withDestinationPath: folder.appendingPathComponent("x").path)
        #expect(InputReader().plan([dangling.path]).errors.first?.message.contains("symbolic link to nothing") == true)
    }

    @Test("a FIFO is named as one and never opened (reading it would wait forever)")
    func fifo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("feed.jsonl").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let (inputs, errors) = InputReader().plan([pipe, folder.path])
        #expect(inputs.isEmpty)
        #expect(errors.count == 2 && errors.allSatisfy { $0.code == .unsupported && $0.message.contains("FIFO") })
    }

    @Test("UTF-16 text and JSON Lines are named as UTF-16, with how to convert them")
    func utf16() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "हिंदी पाठ\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: folder.appendingPathComponent("article.txt"))
        var json: [UInt8] = [0xFF, 0xFE]
        for unit in "{\"text\": \"पाठ\"}\n".utf16 { json += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(json).write(to: folder.appendingPathComponent("feed.jsonl"))
        let (documents, rejected) = try readAll([folder.path])
        #expect(documents.isEmpty)
        #expect(rejected.count == 2)
        #expect(rejected.allSatisfy { $0.message.contains("UTF-16LE") && $0.message.contains("iconv") })
    }

    @Test("a publication date that is not a date is a warning on a stored record, not a silent null")
    func badDate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.jsonl")
        try Data(
            """
            {"id": "1", "text": "पहला लेख।", "published": "not a date"}
            {"id": "2", "text": "दूसरा लेख।", "date": "2020-03-05"}

            """.utf8
        ).write(to: feed)
        let (documents, rejected) = try readAll([feed.path])
        #expect(rejected.isEmpty && documents.count == 2)
        #expect(documents[0].published == nil)
        #expect(
            documents[0].warnings == ["\"published\" is not a date (“not a date”); stored without a publication date"])
        #expect(documents[1].warnings.isEmpty && documents[1].published?.iso == "2020-03-05")
    }
}
