import Foundation
import KhabarCore
import KhabarIngest
import Testing

@testable import KhabarStore

func document(_ text: String, path: String = "a.txt", title: String? = nil) -> Document {
    let raw = RawDocument(source: Source(kind: .file, path: path, key: "file:/\(path)"), text: text, title: title)
    return Analyzer().document(from: raw)
}

/// The package root (this file is Tests/KhabarStoreTests/SQLiteStoreTests.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The demo corpus, cleaned, in file order.
func demoDocuments() throws -> [Document] {
    let folder = packageRoot.appendingPathComponent("Examples/news")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.map { name in
        document(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), path: name)
    }
}

func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("khabar-\(UUID().uuidString).sqlite").path
}

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("adding the same documents again changes nothing")
    func idempotent() async throws {
        let store = try SQLiteStore()
        let documents = [
            document("पहला लेख।\n#टैग #दूसरा", path: "a.txt"), document("दूसरा लेख।", path: "b.txt"),
        ]
        let first = try await store.add(documents)
        #expect(first.added.count == 2 && first.existing.isEmpty)
        let second = try await store.add(documents)
        #expect(second.added.isEmpty && second.existing.count == 2)
        #expect(try await store.count() == 2)
    }

    @Test("a document comes back exactly as it was stored, removed pieces and all")
    func roundTrip() async throws {
        let store = try SQLiteStore()
        var original = document(
            "किम जोंग ने पुतिन को दिया न्योता\nनॉर्थ कोरिया। (आरएनआई) रूस की यात्रा पर गए किम ने न्योता दिया है।\n"
                + "2023-09-17 18:58:04\nWhat's Your Reaction?")
        original.ingestedAt = Date(timeIntervalSince1970: 1_700_000_000.25)
        _ = try await store.add([original])
        let stored = try #require(try await store.document(id: original.id))
        #expect(stored.text == original.text)
        #expect(stored.removed == original.removed)
        #expect(stored.removed.map(\.reason) == [.dateline, .timestamp, .widget])
        #expect(stored.title == original.title && stored.titleFromText)
        #expect(stored.published == original.published)
        #expect(stored.dateline == original.dateline)
        #expect(stored.source == original.source)
        #expect(stored.contentHash == original.contentHash && stored.sourceHash == original.sourceHash)
        #expect(stored.original == original.original)
        #expect(stored.ingestedAt == original.ingestedAt)
    }

    @Test("ids by prefix, listing in ingest order")
    func lookups() async throws {
        let store = try SQLiteStore()
        let documents = (0..<5).map { document("लेख संख्या \($0) का पाठ।", path: "\($0).txt") }
        _ = try await store.add(documents)
        let prefix = String(documents[3].id.prefix(6))
        #expect(try await store.ids(withPrefix: prefix, limit: 5).contains(documents[3].id))
        #expect(try await store.summaries(offset: 1, limit: 2).map(\.id) == [documents[1].id, documents[2].id])
        #expect(try await store.allDocuments().map(\.id) == documents.map(\.id))
    }

    @Test("text with quotes and SQL in it is stored as data")
    func hostileText() async throws {
        let store = try SQLiteStore()
        let hostile = document("'); DROP TABLE documents; -- और \"उद्धरण\" \u{0}?", path: "x'y\".txt")
        _ = try await store.add([hostile])
        #expect(try await store.document(id: hostile.id)?.original == hostile.original)
        #expect(try await store.count() == 1)
    }

    @Test("an ingest stopped half way keeps what it stored and a rerun adds the rest once")
    func restartAfterFailure() async throws {
        struct Crash: Error {}
        let path = temporaryDatabase()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.jsonl")
        let lines = (0..<50).map { "{\"id\": \"n\($0)\", \"text\": \"समाचार \($0): पाठ यहां है।\"}" }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: feed)

        let pipeline = IngestPipeline(batchSize: 20)
        var batches = 0
        do {
            let store = try SQLiteStore(path: path)
            _ = try await pipeline.run(paths: [feed.path]) { documents in
                batches += 1
                if batches == 2 { throw Crash() }  // the process dies while the second batch is written
                let result = try await store.add(documents)
                return (result.added.count, result.existing.count)
            }
            Issue.record("the run should have stopped")
        } catch is Crash {}
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.count() == 20)
        let summary = try await pipeline.run(paths: [feed.path]) { documents in
            let result = try await reopened.add(documents)
            return (result.added.count, result.existing.count)
        }
        #expect(summary.added == 30 && summary.unchanged == 20)
        #expect(try await reopened.count() == 50)
    }

    @Test("a database that cannot be opened gives an error naming its path")
    func unopenable() throws {
        let path = "/proc/khabar-cannot-be-here/db.sqlite"
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.description.hasPrefix(path) == true
        }
    }
}
