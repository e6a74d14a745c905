import Foundation
import GRDB
public import KhabarCore

/// The embedded store: one SQLite file in WAL mode, through GRDB.
///
/// Schema changes go through ``SQLiteSchema`` migrations, applied on open. Writes are transactions;
/// readers never block the writer (WAL).
public final class SQLiteStore: Store {
    /// The default database: `~/.khabar/khabar.sqlite`.
    public static var defaultPath: String {
        FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".khabar/khabar.sqlite").path
    }

    let writer: any DatabaseWriter
    /// The path, or "in-memory".
    public let path: String

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Throws: ``StoreError`` naming the path when it cannot be opened or migrated.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(30)
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.open, database: path, "cannot open the database", underlying: error)
        }
        try migrate()
    }

    /// An in-memory database for tests and one-shot analysis.
    public init() throws {
        path = "in-memory"
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            writer = try DatabaseQueue(configuration: configuration)
        } catch {
            throw StoreError(.open, database: path, "cannot open an in-memory database", underlying: error)
        }
        try migrate()
    }

    private func migrate() throws {
        do {
            try SQLiteSchema.migrator.migrate(writer)
        } catch {
            throw StoreError(.migration, database: path, "cannot bring the schema up to date", underlying: error)
        }
    }

    func failing<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.query, database: path, what, underlying: error)
        }
    }

    public func add(_ documents: [Document]) async throws -> AddResult {
        guard !documents.isEmpty else { return AddResult() }
        return try await failing("cannot store \(documents.count) documents") {
            try await writer.write { db in
                var result = AddResult()
                for document in documents {
                    if try DocumentRows.insert(document, into: db) {
                        result.added.append(document.id)
                    } else {
                        result.existing.append(document.id)
                    }
                }
                return result
            }
        }
    }

    public func document(id: String) async throws -> Document? {
        try await failing("cannot read document \(id)") {
            try await writer.read { db in try DocumentRows.fetch(id: id, from: db) }
        }
    }

    public func ids(withPrefix prefix: String, limit: Int) async throws -> [String] {
        try await failing("cannot look up ids") {
            try await writer.read { db in
                try String.fetchAll(
                    db, sql: "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                    arguments: [prefix, prefix + "\u{10FFFF}", limit])
            }
        }
    }

    public func summaries(offset: Int, limit: Int) async throws -> [DocumentSummary] {
        try await failing("cannot list documents") {
            try await writer.read { db in try DocumentRows.summaries(offset: offset, limit: limit, from: db) }
        }
    }

    public func allDocuments() async throws -> [Document] {
        try await failing("cannot read documents") {
            try await writer.read { db in try DocumentRows.fetchAll(from: db) }
        }
    }

    public func count() async throws -> Int {
        try await failing("cannot count documents") {
            try await writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
        }
    }

    public func record(_ run: IngestRun) async throws {
        try await failing("cannot record the ingest run") {
            try await writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO ingest_runs (started_at, finished_at, inputs, added, unchanged, rejected)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        DocumentRows.timestamp(run.startedAt), DocumentRows.timestamp(run.finishedAt),
                        run.inputs.joined(separator: "\n"), run.added, run.unchanged, run.rejections.count,
                    ])
                let runID = db.lastInsertedRowID
                for rejection in run.rejections {
                    try db.execute(
                        sql: "INSERT INTO rejections (run_id, input, line, code, message) VALUES (?, ?, ?, ?, ?)",
                        arguments: [runID, rejection.input, rejection.line, rejection.code, rejection.message])
                }
            }
        }
    }
}
