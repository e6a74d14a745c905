import Foundation
import GRDB
import KhabarCore

/// The loads and saves of one write transaction of the pipeline, on SQLite. Statements are prepared once
/// per connection (GRDB's statement cache) and every value is bound.
struct SQLiteTransaction: StoreTransaction {
    let db: Database

    func existing(_ ids: [String]) throws -> Set<String> {
        var found = Set<String>()
        for chunk in SQL.chunks(Array(Set(ids))) {
            found.formUnion(
                try String.fetchAll(
                    db, sql: "SELECT id FROM documents WHERE id IN \(SQL.marks(chunk))",
                    arguments: StatementArguments(chunk)))
        }
        return found
    }

    func candidates(_ query: LinkQuery) throws -> LinkCandidates {
        var candidates = LinkCandidates()
        var listed = Set<String>()
        for chunk in SQL.chunks(query.contentHashes) {
            // The earliest linked document with each content hash.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.content_hash AS hash, d.id AS id, min(d.rowid) FROM documents d
                    JOIN fingerprints f ON f.document_id = d.id
                    WHERE d.content_hash IN \(SQL.marks(chunk)) AND d.text != '' GROUP BY d.content_hash
                    """,
                arguments: StatementArguments(chunk))
            for row in rows {
                let id: String = try row.decode(forColumn: "id")
                candidates.exact[try row.decode(forColumn: "hash")] = id
                listed.insert(id)
            }
        }
        candidates.bands = try filed(query.bandKeys, table: "band_keys", column: "band_key", listing: &listed)
        candidates.sentences = try filed(
            query.sentenceKeys, table: "sentence_keys", column: "sentence_key", listing: &listed)
        for chunk in SQL.chunks(Array(listed)) {
            var statement = try BoundStatement(
                db, "SELECT document_id, group_id FROM duplicates WHERE document_id IN \(SQL.marks(chunk))")
            for id in chunk { statement.bind(id) }
            try statement.forEachRow { row in candidates.groups[row.text(0)] = row.text(1) }
        }
        var entityIDs = Set<String>()
        for chunk in SQL.chunks(query.entityKeys) {
            var statement = try BoundStatement(
                db, "SELECT entity_id FROM entity_keys WHERE key IN \(SQL.marks(chunk))")
            for key in chunk { statement.bind(key) }
            try statement.forEachRow { row in entityIDs.insert(row.text(0)) }
        }
        candidates.entityIDs = Array(entityIDs)
        candidates.epoch =
            try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM settings WHERE name = 'epoch'") ?? 0
        return candidates
    }

    /// The documents filed under each of `keys` in a key table.
    private func filed(
        _ keys: [UInt64], table: String, column: String, listing listed: inout Set<String>
    ) throws -> [UInt64: [String]] {
        var found: [UInt64: [String]] = [:]
        for chunk in SQL.chunks(keys) {
            var statement = try BoundStatement(
                db, "SELECT \(column), document_id FROM \(table) WHERE \(column) IN \(SQL.marks(chunk))")
            for key in chunk { statement.bind(key) }
            try statement.forEachRow { row in
                let id = row.text(1)
                found[UInt64(bitPattern: row.int64(0)), default: []].append(id)
                listed.insert(id)
            }
        }
        return found
    }

    func entities(_ ids: [String]) throws -> [CanonicalEntity] {
        try EntityRows.fetch(ids: ids, from: db)
    }

    func fingerprints(_ ids: [String]) throws -> [String: ShingleSet] {
        var result: [String: ShingleSet] = [:]
        for chunk in SQL.chunks(ids) {
            var statement = try BoundStatement(
                db, "SELECT document_id, shingles FROM fingerprints WHERE document_id IN \(SQL.marks(chunk))")
            for id in chunk { statement.bind(id) }
            try statement.forEachRow { row in result[row.text(0)] = ShingleSet(sortedHashes: row.words(1)) }
        }
        return result
    }

    func texts(_ ids: [String]) throws -> [String: StoredText] {
        var anchors: [String: [PassageAnchor]] = [:]
        var result: [String: StoredText] = [:]
        for chunk in SQL.chunks(ids) {
            let occurrences = try Row.fetchAll(
                db,
                sql: """
                    SELECT document_id, passage_id, start, "end" FROM passage_occurrences
                    WHERE removed = 0 AND document_id IN \(SQL.marks(chunk))
                    """,
                arguments: StatementArguments(chunk))
            for row in occurrences {
                anchors[try row.decode(atIndex: 0), default: []].append(
                    PassageAnchor(
                        passage: try row.decode(atIndex: 1), start: try row.decode(atIndex: 2),
                        end: try row.decode(atIndex: 3)))
            }
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, text FROM documents WHERE id IN \(SQL.marks(chunk))",
                arguments: StatementArguments(chunk))
            for row in rows {
                let id: String = try row.decode(atIndex: 0)
                result[id] = StoredText(id: id, text: try row.decode(atIndex: 1), anchors: anchors[id] ?? [])
            }
        }
        return result
    }

    func add(_ documents: [Document]) throws {
        for document in documents { try DocumentRows.insert(document, into: db) }
    }

    func save(_ result: LinkResult) throws {
        var fingerprint = try BoundStatement(
            db, "INSERT OR REPLACE INTO fingerprints (document_id, shingles, words) VALUES (?, ?, ?)")
        var band = try BoundStatement(db, "INSERT OR IGNORE INTO band_keys (band_key, document_id) VALUES (?, ?)")
        var sentence = try BoundStatement(
            db, "INSERT OR IGNORE INTO sentence_keys (sentence_key, document_id) VALUES (?, ?)")
        for links in result.documents {
            fingerprint.bind(links.document)
            fingerprint.bind(blob: links.shingles)
            fingerprint.bind(links.words)
            try fingerprint.run()
            for key in links.bandKeys {
                band.bind(key)
                band.bind(links.document)
                try band.run()
            }
            for key in links.sentenceKeys {
                sentence.bind(key)
                sentence.bind(links.document)
                try sentence.run()
            }
        }
        var duplicate = try BoundStatement(
            db,
            """
            INSERT OR REPLACE INTO duplicates (document_id, original_id, group_id, kind, similarity)
            VALUES (?, ?, ?, ?, ?)
            """)
        for record in result.duplicates {
            duplicate.bind(record.copy)
            duplicate.bind(record.original)
            duplicate.bind(record.group)
            duplicate.bind(record.kind.rawValue)
            duplicate.bind(record.similarity)
            try duplicate.run()
        }
        var passage = try BoundStatement(db, "INSERT OR IGNORE INTO passages (id, text, words) VALUES (?, ?, ?)")
        var occurrence = try BoundStatement(
            db,
            """
            INSERT OR IGNORE INTO passage_occurrences (passage_id, document_id, start, "end", kind, similarity, removed)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        func insert(_ item: PassageRecord.Occurrence, of id: String) throws {
            occurrence.bind(id)
            occurrence.bind(item.document)
            occurrence.bind(item.start)
            occurrence.bind(item.end)
            occurrence.bind(item.kind.rawValue)
            occurrence.bind(item.similarity)
            occurrence.bind(item.removed == true)
            try occurrence.run()
        }
        for record in result.passages {
            passage.bind(record.id)
            passage.bind(record.text)
            passage.bind(record.words)
            try passage.run()
            for item in record.locations { try insert(item, of: record.id) }
        }
        for (id, items) in result.occurrences.sorted(by: { $0.key < $1.key }) {
            for item in items { try insert(item, of: id) }
        }
        try EntityRows.save(result.entities, into: db)
        try db.execute(
            sql: "INSERT OR REPLACE INTO settings (name, value) VALUES ('epoch', ?)", arguments: [String(result.epoch)])
        try AnnotationRows.save(mentions: result.mentions, quotes: result.quotes, dates: result.dates, into: db)
    }
}
