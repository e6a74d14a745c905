import Foundation
import GRDB
public import KhabarCore

/// The embedded store: one SQLite file in WAL mode, through GRDB.
///
/// Opening brings the schema up to date (``SQLiteSchema``) in one immediate transaction, retrying while
/// another process holds the file, and refuses a database from a newer Khabar or one whose tables were
/// changed outside Khabar before writing anything. Writes are transactions; readers never block the writer.
public final class SQLiteStore: Store {
    /// How to open a database file.
    public enum OpenMode: Sendable {
        /// Create the file (and its folder) when it does not exist.
        case create
        /// Open an existing file only: a missing one is ``StoreError/Code/notFound``, and nothing is created.
        case existing
    }

    /// The default database: `~/.khabar/khabar.sqlite`.
    public static var defaultPath: String {
        FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".khabar/khabar.sqlite").path
    }

    let writer: any DatabaseWriter
    /// The path, or "in-memory".
    public let path: String

    /// Opens the database at `path` and brings its schema up to date.
    ///
    /// - Parameter busyTimeout: how long to wait for another process that holds the file.
    /// - Throws: ``StoreError`` naming the path when it cannot be opened, is missing (`.existing`), is newer
    ///   or is not a Khabar database.
    public init(path: String, mode: OpenMode = .create, busyTimeout: Double = 60) throws {
        self.path = path
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw StoreError(.open, database: path, "this is a folder, not a database file")
        }
        if !exists {
            guard mode == .create else {
                throw StoreError(.notFound, database: path, "no database here (khabar ingest creates one)")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError(.open, database: path, "cannot create the folder \(folder.path)", underlying: error)
            }
        }
        if exists { try Self.refuseNewer(path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // A batch touches pages all over the key indexes: keep 128 MB of them in memory, and read the
            // first 256 MB of the file through a memory map instead of copying each page with a system call.
            try db.execute(sql: "PRAGMA cache_size = -131072")
            try db.execute(sql: "PRAGMA mmap_size = 268435456")
            // Checkpoint the write-ahead log every 128 MB rather than every 4 MB: a page written by several
            // batches is copied into the database once. The log is synced at checkpoints, not at every
            // commit: a killed process loses nothing; a power cut may lose the last batches, never the file.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 32768")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let deadline = Date().addingTimeInterval(busyTimeout)
        var delay = 0.005
        while true {
            do {
                writer = try DatabasePool(path: path, configuration: configuration)
                break
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && Date() < deadline
            {
                // Another process is setting the new file up (WAL mode cannot wait for it): try again.
                Thread.sleep(forTimeInterval: delay)
                delay = min(delay * 2, 0.2)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
                throw StoreError(.open, database: path, "this file is not an SQLite database")
            } catch {
                throw StoreError(.open, database: path, "cannot open the database", underlying: error)
            }
        }
        try prepare()
    }

    /// Reads an existing file's schema version through a read-only connection and refuses one from a newer
    /// Khabar before anything (even setting up WAL) could write to it.
    private static func refuseNewer(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let version: Int
        do {
            version = try DatabaseQueue(path: path, configuration: configuration).read { db in
                try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(.open, database: path, "this file is not an SQLite database")
        } catch {
            return  // not readable this way (a file being created): the full open reports what is wrong
        }
        if version > SQLiteSchema.version {
            throw StoreError(
                .newer, database: path,
                "the database was made by a newer Khabar (schema \(version); this one knows up to "
                    + "\(SQLiteSchema.version)); nothing was written")
        }
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
        try prepare()
    }

    /// Migrates (one immediate transaction) and checks the tables.
    private func prepare() throws {
        let path = self.path
        do {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try SQLiteSchema.migrate(db, path: path)
                    try SQLiteSchema.validate(db, path: path)
                    return .commit
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.migration, database: path, "cannot bring the schema up to date", underlying: error)
        }
    }

    /// Runs a database call, turning its failure into a ``StoreError`` that says what failed.
    func failing<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw StoreError(.query, database: path, "\(what): the disk is full")
        } catch {
            throw StoreError(.query, database: path, what, underlying: error)
        }
    }

    // MARK: Documents

    public func document(id: String) async throws -> Document? {
        try await failing("cannot read document \(id)") {
            try await writer.read { db in try DocumentRows.fetch(ids: [id], from: db).first }
        }
    }

    public func documents(ids: [String]) async throws -> [Document] {
        try await failing("cannot read documents") {
            try await writer.read { db in try DocumentRows.fetch(ids: ids, from: db) }
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

    public func ids(externalID: String, limit: Int) async throws -> [String] {
        try await failing("cannot look up ids") {
            try await writer.read { db in
                try String.fetchAll(
                    db, sql: "SELECT id FROM documents WHERE external_id = ? ORDER BY rowid LIMIT ?",
                    arguments: [externalID, limit])
            }
        }
    }

    public func summaries(offset: Int, limit: Int) async throws -> [DocumentSummary] {
        try await failing("cannot list documents") {
            try await writer.read { db in try DocumentRows.summaries(offset: offset, limit: limit, from: db) }
        }
    }

    public func documents(after offset: Int, limit: Int) async throws -> [Document] {
        try await failing("cannot read documents") {
            try await writer.read { db in
                let ids = try String.fetchAll(
                    db, sql: "SELECT id FROM documents ORDER BY rowid LIMIT ? OFFSET ?", arguments: [limit, offset])
                return try DocumentRows.fetch(ids: ids, from: db)
            }
        }
    }

    public func count() async throws -> Int {
        try await failing("cannot count documents") {
            try await writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
        }
    }

    public func existing(ids: [String]) async throws -> Set<String> {
        try await failing("cannot look up ids") {
            try await writer.read { db in try SQLiteTransaction(db: db).existing(ids) }
        }
    }

    // MARK: Runs

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
                let statement = try db.cachedStatement(
                    sql: "INSERT INTO rejections (run_id, input, line, code, message) VALUES (?, ?, ?, ?, ?)")
                for rejection in run.rejections {
                    try statement.execute(
                        arguments: [runID, rejection.input, rejection.line, rejection.code, rejection.message])
                }
            }
        }
    }

    // MARK: Links

    public func write<T: Sendable>(_ body: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T {
        try await failing("cannot store a batch") {
            try await writer.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
                do {
                    let result = try body(SQLiteTransaction(db: db))
                    try db.execute(sql: "COMMIT TRANSACTION")
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK TRANSACTION") }
                    throw error
                }
            }
        }
    }

    public func prepareAnalysis(settings: String) async throws -> Bool {
        try await failing("cannot check the analysis settings") {
            try await writer.write { db in
                let stored = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'analysis'")
                guard stored != settings else { return false }
                let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
                for table in [
                    "fingerprints", "band_keys", "sentence_keys", "duplicates", "passage_occurrences", "passages",
                    "entity_keys", "entities", "entity_documents", "mentions", "quotes", "dates", "stories",
                    "story_articles", "story_merges", "story_state",
                ] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO settings (name, value) VALUES ('analysis', ?)", arguments: [settings])
                return documents > 0
            }
        }
    }

    public func unlinkedDocuments(limit: Int) async throws -> [Document] {
        try await failing("cannot list unlinked documents") {
            try await writer.read { db in
                let ids = try String.fetchAll(
                    db,
                    sql: """
                        SELECT d.id FROM documents d LEFT JOIN fingerprints f ON f.document_id = d.id
                        WHERE f.document_id IS NULL ORDER BY d.rowid LIMIT ?
                        """,
                    arguments: [limit])
                return try DocumentRows.fetch(ids: ids, from: db)
            }
        }
    }
}
