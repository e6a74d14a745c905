import Foundation
import GRDB
import KhabarCore
import Testing

@testable import KhabarStore

/// The SQLite file itself: opening, migrating and refusing what is not ours, before writing anything.
@Suite("SQLite files")
struct SQLiteFileTests {
    @Test("opening an existing database only: a missing one is an error, and no file or folder is made")
    func existingOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("typo/x.sqlite").path
        #expect {
            _ = try SQLiteStore(path: path, mode: .existing)
        } throws: { error in
            (error as? StoreError)?.code == .notFound && (error as? StoreError)?.description.hasPrefix(path) == true
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
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

    @Test("a file that is not SQLite, or SQLite that is not Khabar's, is refused and left alone")
    func foreignFiles() throws {
        let (text, removeText) = TestFiles.database()
        defer { removeText() }
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.self) { _ = try SQLiteStore(path: text) }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "just some notes\n")

        let (other, removeOther) = TestFiles.database()
        defer { removeOther() }
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        #expect {
            _ = try SQLiteStore(path: other)
        } throws: { error in
            (error as? StoreError)?.code == .schema
        }
        let tables = try queue.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["recipes"])
    }

    @Test("a database from a newer Khabar is refused and nothing is written to it")
    func newerVersion() throws {
        let (path, remove) = TestFiles.database()
        defer { remove() }
        _ = try SQLiteStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "PRAGMA user_version = 99") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .newer && (error as? StoreError)?.description.contains("newer") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 99)
    }

    @Test("a table missing a column (changed by hand) is one clear error naming it, not a crash")
    func droppedColumn() throws {
        let (path, remove) = TestFiles.database()
        defer { remove() }
        _ = try SQLiteStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "ALTER TABLE quotes DROP COLUMN speaker_text") }
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            let message = (error as? StoreError)?.description ?? ""
            return (error as? StoreError)?.code == .schema && message.contains("quotes")
                && message.contains("speaker_text")
        }
    }

    @Test("a store of the earlier layout keeps its documents and has everything else made again")
    func legacyMigration() async throws {
        let (path, remove) = TestFiles.database()
        defer { remove() }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: SQLiteSchema.documentTables)
            try db.execute(sql: "DROP INDEX documents_external_id")
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    CREATE TABLE duplicate_pairs (first_id TEXT, second_id TEXT);
                    CREATE TABLE readings (document_id TEXT, settings TEXT);
                    """)
            for identifier in SQLiteSchema.legacyMigrations {
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [identifier])
            }
        }
        let document = TestDocuments.document("पुराने भंडार की एक खबर।")
        try await queue.write { db in try DocumentRows.insert(document, into: db) }
        let store = try SQLiteStore(path: path)
        #expect(try await store.document(id: document.id) == document)
        #expect(try await store.prepareAnalysis(settings: "now") == true)
        #expect(try await store.unlinkedDocuments(limit: 5).map(\.id) == [document.id])
        let tables = try await queue.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(!tables.contains("duplicate_pairs") && !tables.contains("grdb_migrations"))
        #expect(try await queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == SQLiteSchema.version)
    }

    @Test("a version 4 store keeps what cleaning removed when a document's rows move to the appended layout")
    func version4Migration() async throws {
        let (path, remove) = TestFiles.database()
        defer { remove() }
        var document = TestDocuments.document("पहले भंडार की खबर। उसका दूसरा वाक्य।")
        document.removed = [
            RemovedPiece(text: "यह भी पढ़ें: दूसरी खबर", reason: .relatedLink, start: 0, end: 22),
            RemovedPiece(text: "#खबर #भंडार", reason: .hashtags, start: 40, end: 51, detail: "2 hashtags"),
        ]
        try await SQLiteStore(path: path).add([document])
        // Version 4 clustered these tables by document id.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(
                sql: """
                    DROP INDEX removed_pieces_reason;
                    ALTER TABLE removed_pieces RENAME TO removed_v5;
                    CREATE TABLE removed_pieces (
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL, reason TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL, detail TEXT, PRIMARY KEY (document_id, position)) WITHOUT ROWID;
                    CREATE INDEX removed_pieces_reason ON removed_pieces (reason);
                    INSERT INTO removed_pieces SELECT * FROM removed_v5;
                    DROP TABLE removed_v5;
                    DROP TABLE quotes;
                    CREATE TABLE quotes (
                        document_id TEXT NOT NULL, position INTEGER NOT NULL, speaker_id TEXT,
                        speaker_text TEXT NOT NULL, pronoun TEXT, text TEXT NOT NULL, kind TEXT NOT NULL,
                        start INTEGER NOT NULL, "end" INTEGER NOT NULL, open INTEGER NOT NULL,
                        PRIMARY KEY (document_id, position)) WITHOUT ROWID;
                    CREATE INDEX quotes_speaker ON quotes (speaker_id);
                    ALTER TABLE entities DROP COLUMN names;
                    PRAGMA user_version = 4;
                    """)
        }
        let store = try SQLiteStore(path: path)
        #expect(try await store.document(id: document.id) == document)
        let layouts = try await queue.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT sql FROM sqlite_master WHERE type = 'table'
                    AND name IN ('removed_pieces', 'quotes', 'dates')
                    """)
        }
        #expect(layouts.count == 3 && layouts.allSatisfy { !$0.contains("WITHOUT ROWID") })
        #expect(try await queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 8)
        let indexes = try await queue.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
        }
        #expect(indexes.contains("removed_pieces_reason") && indexes.contains("quotes_speaker"))
    }

    @Test("a version 5 database gains the entities' name counts, and its entities read as before")
    func version5Migration() async throws {
        let (path, remove) = TestFiles.database()
        defer { remove() }
        try await SQLiteStore(path: path).add([TestDocuments.document("पांचवें संस्करण की खबर।")])
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO entities (id, name, english, type, aliases, keys, skeletons, mention_count)
                    VALUES ('e1p', 'रमेश वर्मा', NULL, 'person', 'person|रमेश वर्मा', 'person|रमेश वर्मा', '', 3);
                    ALTER TABLE entities DROP COLUMN names;
                    PRAGMA user_version = 5;
                    """)
        }
        let store = try SQLiteStore(path: path)
        let entities = try await store.entities(ids: ["e1p"])
        #expect(entities.map(\.name) == ["रमेश वर्मा"] && entities.first?.names == [:])
        #expect(try await queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 8)
    }

    @Test("two stores opening one new file at once both work, and the schema is made once")
    func concurrentOpen() async throws {
        for _ in 0..<8 {
            let (path, remove) = TestFiles.database()
            defer { remove() }
            try await withThrowingTaskGroup(of: Int.self) { group in
                for k in 0..<2 {
                    group.addTask {
                        let store = try SQLiteStore(path: path)
                        try await store.add([TestDocuments.document("खबर \(k) का पाठ।", path: "\(k).txt")])
                        return try await store.count()
                    }
                }
                for try await count in group { #expect(count >= 1) }
            }
            #expect(try await SQLiteStore(path: path, mode: .existing).count() == 2)
        }
    }
}
