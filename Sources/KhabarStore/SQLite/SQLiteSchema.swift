import GRDB

/// The SQLite schema, as an ordered list of migrations. Later stages (passages, stories, entities, quotes,
/// dates) add their tables in migrations of their own; existing migrations never change.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, removed pieces, ingest runs") { db in
            try db.execute(
                sql: """
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
                    CREATE TABLE removed_pieces (
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        reason TEXT NOT NULL,
                        text TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        detail TEXT,
                        PRIMARY KEY (document_id, position)
                    );
                    CREATE INDEX removed_pieces_reason ON removed_pieces (reason);
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
                    """)
        }
        migrator.registerMigration("v2: duplicate fingerprints, LSH buckets, pairs, sentence keys, passages") { db in
            try db.execute(
                sql: """
                    CREATE TABLE link_fingerprints (
                        document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        settings TEXT NOT NULL,
                        shingles BLOB NOT NULL,
                        signature BLOB,
                        words INTEGER NOT NULL
                    );
                    CREATE TABLE lsh_buckets (
                        band_key INTEGER NOT NULL,
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
                    );
                    CREATE INDEX lsh_buckets_key ON lsh_buckets (band_key);
                    CREATE TABLE sentence_keys (
                        sentence_key INTEGER NOT NULL,
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
                    );
                    CREATE INDEX sentence_keys_key ON sentence_keys (sentence_key);
                    CREATE TABLE duplicate_pairs (
                        first_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        second_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        similarity REAL NOT NULL,
                        PRIMARY KEY (first_id, second_id)
                    );
                    CREATE INDEX duplicate_pairs_second ON duplicate_pairs (second_id);
                    CREATE TABLE passages (
                        id INTEGER PRIMARY KEY,
                        first_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        first_start INTEGER NOT NULL,
                        first_end INTEGER NOT NULL,
                        second_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        second_start INTEGER NOT NULL,
                        second_end INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        similarity REAL NOT NULL,
                        words INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        earliest_id TEXT,
                        second_removed INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX passages_first ON passages (first_id);
                    CREATE INDEX passages_second ON passages (second_id);
                    """)
        }
        migrator.registerMigration("v3: canonical entities, mentions, quotes, dates") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entities (
                        id TEXT PRIMARY KEY NOT NULL,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        english TEXT,
                        type TEXT NOT NULL,
                        aliases TEXT NOT NULL,
                        keys TEXT NOT NULL,
                        mention_count INTEGER NOT NULL
                    );
                    CREATE INDEX entities_type ON entities (type);
                    CREATE TABLE readings (
                        document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        settings TEXT NOT NULL
                    );
                    CREATE TABLE mentions (
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        entity_id TEXT NOT NULL,
                        text TEXT NOT NULL,
                        type TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        source TEXT NOT NULL,
                        PRIMARY KEY (document_id, position)
                    );
                    CREATE INDEX mentions_entity ON mentions (entity_id);
                    CREATE TABLE quotes (
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        speaker_id TEXT,
                        speaker_text TEXT NOT NULL,
                        pronoun TEXT,
                        text TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        open INTEGER NOT NULL,
                        PRIMARY KEY (document_id, position)
                    );
                    CREATE INDEX quotes_speaker ON quotes (speaker_id);
                    CREATE TABLE dates (
                        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        value TEXT,
                        precision TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        relative INTEGER NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        PRIMARY KEY (document_id, position)
                    );
                    CREATE INDEX dates_value ON dates (value);
                    """)
        }
        return migrator
    }
}
