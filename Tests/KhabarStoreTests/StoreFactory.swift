import Foundation
import KhabarCore
import KhabarStore
import Testing

/// Every store backend the conformance suite runs against: each test takes a factory and runs on each.
struct StoreFactory: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () throws -> (store: any Store, cleanup: @Sendable () -> Void)

    var testDescription: String { name }

    /// SQLite in memory, and SQLite in a file (WAL, a pool of readers).
    static let all: [StoreFactory] = [
        StoreFactory(name: "SQLite in memory") { (try SQLiteStore(), {}) },
        StoreFactory(name: "SQLite file") {
            let (path, remove) = TestFiles.database()
            return (try SQLiteStore(path: path), remove)
        },
    ]
}

/// Temporary files for store tests.
enum TestFiles {
    /// A new database path in the temporary folder, and a function that deletes the database.
    static func database() -> (path: String, remove: @Sendable () -> Void) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-\(UUID().uuidString).sqlite")
            .path
        return (
            path, { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        )
    }
}

/// Documents for store tests, cleaned and analyzed as the pipeline would.
enum TestDocuments {
    static let analyzer: DocumentAnalyzer = {
        do {
            return DocumentAnalyzer(annotator: Annotator(tagger: try EntityTagger.bundled()))
        } catch {
            fatalError("the bundled entity model does not load: \(error)")
        }
    }()

    /// An analyzed document from a text.
    static func analyzed(
        _ text: String, path: String = "a.txt", id: String? = nil, published: String? = nil
    ) -> AnalyzedDocument {
        let source = Source(
            kind: id == nil ? .file : .jsonl, path: path, line: id == nil ? nil : 1, externalID: id,
            key: id.map { "id:" + $0 } ?? "file:/\(path)")
        let raw = RawDocument(source: source, text: text, published: published.flatMap(PublicationDate.init(parsing:)))
        return analyzer.analyze(raw, ingestedAt: Date(timeIntervalSince1970: 1_700_000_000.25))
    }

    /// A document from a text.
    static func document(_ text: String, path: String = "a.txt", id: String? = nil, published: String? = nil)
        -> Document
    {
        analyzed(text, path: path, id: id, published: published).document
    }
}

extension LinkStore {
    /// Adds documents with nothing linked.
    func add(_ documents: [Document]) async throws {
        try await write { transaction in
            let known = try transaction.existing(documents.map(\.id))
            try transaction.add(documents.filter { !known.contains($0.id) })
        }
    }
}
