import GRDB

/// The SQLite schema: its version in `PRAGMA user_version`, the statements that make each version from
/// the one before, and the columns every table must have.
///
/// Migrations run in one `BEGIN IMMEDIATE` transaction, so two processes opening a new database at once
/// take turns: the second sees the first one's tables and does nothing. A database from a newer Khabar
/// (a higher version) or one whose tables were changed by hand is refused before anything is written.
enum SQLiteSchema {
    /// The version this Khabar writes.
    static let version = 8

    /// The three migrations earlier versions applied through GRDB's migrator (recorded in its
    /// `grdb_migrations` table instead of `user_version`).
    static let legacyMigrations: Set<String> = [
        "v1: documents, removed pieces, ingest runs",
        "v2: duplicate fingerprints, LSH buckets, pairs, sentence keys, passages",
        "v3: canonical entities, mentions, quotes, dates",
    ]

    /// Brings the schema up to date; throws a ``StoreError`` naming the database when it cannot.
    static func migrate(_ db: Database, path: String) throws {
        var current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current == 0, try db.tableExists("grdb_migrations") {
            let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            guard applied.isSubset(of: legacyMigrations) else {
                throw StoreError(
                    .newer, database: path,
                    "the database was made by a newer Khabar (it has migrations this one does not know: "
                        + "\(applied.subtracting(legacyMigrations).sorted().joined(separator: ", "))); nothing was written"
                )
            }
            current = applied.count == legacyMigrations.count ? 3 : -1
            guard current == 3 else {
                throw StoreError(.migration, database: path, "the database stopped half-way through an old migration")
            }
        }
        if current > version {
            throw StoreError(
                .newer, database: path,
                "the database was made by a newer Khabar (schema \(current); this one knows up to \(version)); "
                    + "nothing was written")
        }
        if current == 0 {
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            guard tables.isEmpty else {
                throw StoreError(
                    .schema, database: path,
                    "this is not a Khabar database (it has tables \(tables.prefix(5).joined(separator: ", "))"
                        + " and no Khabar version); nothing was written")
            }
            try db.execute(sql: documentTables)
            try db.execute(sql: analysisTables)
            try db.execute(sql: storyTables)
            try db.execute(sql: searchTables)
        } else if current == 3 {
            // Version 4 keeps documents and runs; links and annotations are made again in their new shape.
            for table in [
                "link_fingerprints", "lsh_buckets", "sentence_keys", "duplicate_pairs", "passages", "entities",
                "readings", "mentions", "quotes", "dates", "grdb_migrations",
            ] {
                try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
            }
            try db.execute(sql: analysisTables)
        }
        if (3...4).contains(current) { try appendDocumentRows(db) }
        if (4...5).contains(current) {
            // Version 6: how many articles wrote each name of an entity (its display name is the most written).
            try db.execute(sql: "ALTER TABLE entities ADD COLUMN names TEXT NOT NULL DEFAULT ''")
        }
        // Version 7: stories.
        if (3...6).contains(current) { try db.execute(sql: storyTables) }
        // Version 8: the search index.
        if (3...7).contains(current) { try db.execute(sql: searchTables) }
        if current != version { try db.execute(sql: "PRAGMA user_version = \(version)") }
    }

    /// Refuses a database whose tables lack a column this Khabar reads or writes.
    static func validate(_ db: Database, path: String) throws {
        for (table, columns) in expectedColumns {
            let present = Set(
                try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").compactMap { row in
                    try row.decode(String?.self, forColumn: "name")
                })
            guard !present.isEmpty else {
                throw StoreError(
                    .schema, database: path,
                    "table \(table) is missing: the database was changed outside Khabar; nothing was written")
            }
            let missing = columns.filter { !present.contains($0) }
            guard missing.isEmpty else {
                throw StoreError(
                    .schema, database: path,
                    "table \(table) lacks column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")): "
                        + "the database was changed outside Khabar; nothing was written")
            }
        }
    }

    /// Every table and the columns Khabar uses.
    static let expectedColumns: [(String, [String])] = [
        (
            "documents",
            [
                "id", "source_key", "source_kind", "source_path", "source_line", "external_id", "url", "outlet",
                "title", "title_from_text", "published", "published_instant", "language", "text", "original",
                "dateline_place", "dateline_agency", "dateline_text", "source_hash", "content_hash", "ingested_at",
            ]
        ),
        ("removed_pieces", ["document_id", "position", "reason", "text", "start", "end", "detail"]),
        ("ingest_runs", ["id", "started_at", "finished_at", "inputs", "added", "unchanged", "rejected"]),
        ("rejections", ["id", "run_id", "input", "line", "code", "message"]),
        ("settings", ["name", "value"]),
        ("fingerprints", ["document_id", "shingles", "words"]),
        ("band_keys", ["band_key", "document_id"]),
        ("sentence_keys", ["sentence_key", "document_id"]),
        ("duplicates", ["document_id", "original_id", "group_id", "kind", "similarity"]),
        ("passages", ["id", "text", "words"]),
        ("passage_occurrences", ["passage_id", "document_id", "start", "end", "kind", "similarity", "removed"]),
        (
            "entities",
            ["position", "id", "name", "english", "type", "aliases", "keys", "skeletons", "mention_count", "names"]
        ),
        ("entity_keys", ["key", "entity_id"]),
        ("entity_documents", ["entity_id", "document_id", "mentions"]),
        ("mentions", ["document_id", "blob"]),
        (
            "quotes",
            [
                "document_id", "position", "speaker_id", "speaker_text", "pronoun", "text", "kind", "start", "end",
                "open",
            ]
        ),
        ("dates", ["document_id", "position", "text", "value", "precision", "kind", "relative", "start", "end"]),
        ("stories", ["id", "headline", "articles", "first_day", "last_day"]),
        ("story_articles", ["document_id", "story_id", "position", "probability"]),
        ("story_merges", ["from_id", "into_id"]),
        ("story_state", ["id", "placed", "state"]),
        ("search_segments", ["id", "segment", "documents"]),
        ("search_documents", ["document_id", "segment_id"]),
    ]

    /// The search index (version 8): segments of compact bytes, and which segment holds each document.
    static let searchTables = """
        CREATE TABLE IF NOT EXISTS search_segments (
            id INTEGER PRIMARY KEY,
            segment BLOB NOT NULL,
            documents INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS search_documents (
            document_id TEXT PRIMARY KEY NOT NULL,
            segment_id INTEGER NOT NULL
        );
        """

    /// Stories (version 7): each document's story, each story's headline, size and span, merges (an old id
    /// still names the story it lives on as), and the assignment state the next ingest continues from.
    static let storyTables = """
        CREATE TABLE IF NOT EXISTS stories (
            id TEXT PRIMARY KEY NOT NULL,
            headline TEXT,
            articles INTEGER NOT NULL,
            first_day INTEGER,
            last_day INTEGER
        );
        CREATE INDEX IF NOT EXISTS stories_size ON stories (articles, last_day);
        CREATE TABLE IF NOT EXISTS story_articles (
            document_id TEXT PRIMARY KEY NOT NULL,
            story_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            probability REAL NOT NULL
        );
        CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id, position);
        CREATE TABLE IF NOT EXISTS story_merges (
            from_id TEXT PRIMARY KEY NOT NULL,
            into_id TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS story_state (
            id INTEGER PRIMARY KEY CHECK (id = 0),
            placed INTEGER NOT NULL,
            state BLOB NOT NULL
        );
        """

    /// Documents, what cleaning removed, and ingest runs (as in version 1 but for the removed pieces' layout).
    static let documentTables = """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY NOT NULL,
            source_key TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            source_path TEXT NOT NULL,
            source_line INTEGER,
            external_id TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            title_from_text INTEGER NOT NULL DEFAULT 0,
            published TEXT,
            published_instant INTEGER,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            original BLOB NOT NULL,
            dateline_place TEXT,
            dateline_agency TEXT,
            dateline_text TEXT,
            source_hash TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            UNIQUE (source_key, source_hash)
        );
        CREATE INDEX documents_content_hash ON documents (content_hash);
        CREATE INDEX documents_published ON documents (published_instant);
        CREATE INDEX documents_external_id ON documents (external_id);
        \(removedPiecesTable)
        CREATE TABLE ingest_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            inputs TEXT NOT NULL,
            added INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            rejected INTEGER NOT NULL
        );
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
            input TEXT NOT NULL,
            line INTEGER,
            code TEXT NOT NULL,
            message TEXT NOT NULL
        );
        """

    /// What the link stage and the annotations store (version 4, and 5 for quotes and dates). Rows of a
    /// document are removed with it; keys are clustered by key (`WITHOUT ROWID`), so a lookup reads one
    /// stretch of one B-tree. The key
    /// columns of a `WITHOUT ROWID` table come first (SQLite 3.40's integrity check misreports NOT NULL
    /// columns declared before a key column).
    static let analysisTables = """
        CREATE TABLE settings (
            name TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        CREATE TABLE fingerprints (
            document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            shingles BLOB NOT NULL,
            words INTEGER NOT NULL
        );
        CREATE TABLE band_keys (
            band_key INTEGER NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (band_key, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE sentence_keys (
            sentence_key INTEGER NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (sentence_key, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE duplicates (
            document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            original_id TEXT NOT NULL,
            group_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            similarity REAL NOT NULL
        );
        CREATE INDEX duplicates_group ON duplicates (group_id);
        CREATE INDEX duplicates_original ON duplicates (original_id);
        CREATE TABLE passages (
            id TEXT PRIMARY KEY NOT NULL,
            text TEXT NOT NULL,
            words INTEGER NOT NULL
        );
        CREATE TABLE passage_occurrences (
            passage_id TEXT NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
            document_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            similarity REAL NOT NULL,
            PRIMARY KEY (passage_id, document_id, start, removed)
        ) WITHOUT ROWID;
        CREATE INDEX passage_occurrences_document ON passage_occurrences (document_id);
        CREATE TABLE entities (
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            english TEXT,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL,
            keys TEXT NOT NULL,
            skeletons TEXT NOT NULL,
            mention_count INTEGER NOT NULL,
            names TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX entities_type ON entities (type);
        CREATE TABLE entity_keys (
            key TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (key, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_keys_entity ON entity_keys (entity_id);
        CREATE TABLE mentions (
            document_id TEXT PRIMARY KEY NOT NULL,
            blob BLOB NOT NULL
        );
        CREATE TABLE entity_documents (
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, document_id)
        ) WITHOUT ROWID;
        \(quotesTable)
        \(datesTable)
        """

    // Rows of a document (version 5): appended in the order documents are stored, with an index to find
    // them by document. Clustered by the document's id, as in version 4, every batch rewrote a page of the
    // table for almost every row it added, since ids are hashes and a big store's pages are all apart.

    /// What cleaning removed from each document.
    static let removedPiecesTable = """
        CREATE TABLE removed_pieces (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            detail TEXT,
            UNIQUE (document_id, position)
        );
        CREATE INDEX removed_pieces_reason ON removed_pieces (reason);
        """

    /// The quotes in each document.
    static let quotesTable = """
        CREATE TABLE quotes (
            document_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            speaker_id TEXT,
            speaker_text TEXT NOT NULL,
            pronoun TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            open INTEGER NOT NULL,
            UNIQUE (document_id, position)
        );
        CREATE INDEX quotes_speaker ON quotes (speaker_id);
        """

    /// The dates in each document.
    static let datesTable = """
        CREATE TABLE dates (
            document_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT,
            precision TEXT NOT NULL,
            kind TEXT NOT NULL,
            relative INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            UNIQUE (document_id, position)
        );
        CREATE INDEX dates_value ON dates (value);
        """

    /// Version 5: the rows of a document appended, not clustered by its id. Each table of the older shape is
    /// copied into the new one.
    static func appendDocumentRows(_ db: Database) throws {
        let tables: [(name: String, create: String, indexes: [String])] = [
            ("removed_pieces", removedPiecesTable, ["removed_pieces_reason"]),
            ("quotes", quotesTable, ["quotes_speaker"]),
            ("dates", datesTable, ["dates_value"]),
        ]
        for table in tables {
            let sql = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table.name])
            guard let sql, sql.contains("WITHOUT ROWID") else { continue }
            let columns =
                (expectedColumns.first { $0.0 == table.name }?.1 ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
            for index in table.indexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index)") }
            try db.execute(sql: "ALTER TABLE \(table.name) RENAME TO \(table.name)_v4")
            try db.execute(sql: table.create)
            try db.execute(
                sql: """
                    INSERT INTO \(table.name) (\(columns)) SELECT \(columns) FROM \(table.name)_v4
                    ORDER BY document_id, position
                    """)
            try db.execute(sql: "DROP TABLE \(table.name)_v4")
        }
    }
}
