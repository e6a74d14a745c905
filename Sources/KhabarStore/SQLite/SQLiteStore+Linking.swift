import Foundation
import GRDB
public import KhabarCore

extension SQLiteStore {
    public func unlinkedDocuments(settings: String, limit: Int) async throws -> [Document] {
        try await failing("cannot list unlinked documents") {
            try await writer.read { db in
                let ids = try String.fetchAll(
                    db,
                    sql: """
                        SELECT d.id FROM documents d LEFT JOIN link_fingerprints f ON f.document_id = d.id
                        WHERE f.document_id IS NULL OR f.settings != ? ORDER BY d.rowid LIMIT ?
                        """,
                    arguments: [settings, limit])
                return try ids.compactMap { try DocumentRows.fetch(id: $0, from: db) }
            }
        }
    }

    public func linkCandidates(bandKeys: [UInt64], sentenceKeys: [UInt64], contentHashes: [String]) async throws
        -> LinkCandidates
    {
        try await failing("cannot look up link candidates") {
            try await writer.read { db in
                var candidates = LinkCandidates()
                for chunk in Self.chunks(Array(Set(bandKeys))) {
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT band_key, document_id FROM lsh_buckets WHERE band_key IN \(Self.marks(chunk))",
                        arguments: StatementArguments(chunk.map { Int64(bitPattern: $0) }))
                    for row in rows {
                        let key: Int64 = row["band_key"]
                        candidates.byBandKey[UInt64(bitPattern: key), default: []].append(row["document_id"])
                    }
                }
                for chunk in Self.chunks(Array(Set(sentenceKeys))) {
                    let rows = try Row.fetchAll(
                        db,
                        sql:
                            "SELECT sentence_key, document_id FROM sentence_keys WHERE sentence_key IN \(Self.marks(chunk))",
                        arguments: StatementArguments(chunk.map { Int64(bitPattern: $0) }))
                    for row in rows {
                        let key: Int64 = row["sentence_key"]
                        candidates.bySentenceKey[UInt64(bitPattern: key), default: []].append(row["document_id"])
                    }
                }
                for chunk in Self.chunks(Array(Set(contentHashes))) {
                    let rows = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT d.content_hash, d.id FROM documents d JOIN link_fingerprints f ON f.document_id = d.id
                            WHERE d.content_hash IN \(Self.marks(chunk)) AND d.text != ''
                            """,
                        arguments: StatementArguments(chunk))
                    for row in rows { candidates.byContentHash[row["content_hash"], default: []].append(row["id"]) }
                }
                return candidates
            }
        }
    }

    public func linkRecords(ids: [String]) async throws -> [String: LinkRecord] {
        try await failing("cannot read link records") {
            try await writer.read { db in
                var records: [String: LinkRecord] = [:]
                for chunk in Self.chunks(Array(Set(ids))) {
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT * FROM link_fingerprints WHERE document_id IN \(Self.marks(chunk))",
                        arguments: StatementArguments(chunk))
                    for row in rows {
                        let id: String = row["document_id"]
                        let shingles: Data = row["shingles"]
                        let signature: Data? = row["signature"]
                        let fingerprint = Fingerprint(
                            shingles: ShingleSet(sortedHashes: Self.words(shingles)),
                            signature: signature.map { MinHashSignature(values: Self.words($0)) }, words: row["words"])
                        records[id] = LinkRecord(
                            documentID: id, settings: row["settings"], fingerprint: fingerprint, bandKeys: [],
                            sentenceKeys: [])
                    }
                }
                return records
            }
        }
    }

    public func documents(ids: [String]) async throws -> [Document] {
        try await failing("cannot read documents") {
            try await writer.read { db in try ids.compactMap { try DocumentRows.fetch(id: $0, from: db) } }
        }
    }

    public func saveLinks(records: [LinkRecord], pairs: [StoredPair], passages: [StoredPassage]) async throws {
        try await failing("cannot store \(records.count) link records") {
            try await writer.write { db in
                for record in records {
                    let id = record.documentID
                    for table in ["lsh_buckets", "sentence_keys"] {
                        try db.execute(sql: "DELETE FROM \(table) WHERE document_id = ?", arguments: [id])
                    }
                    try db.execute(
                        sql: "DELETE FROM duplicate_pairs WHERE first_id = ? OR second_id = ?", arguments: [id, id])
                    try db.execute(
                        sql: "DELETE FROM passages WHERE first_id = ? OR second_id = ?", arguments: [id, id])
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO link_fingerprints (document_id, settings, shingles, signature, words)
                            VALUES (?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            id, record.settings, Self.blob(record.fingerprint.shingles.hashes),
                            record.fingerprint.signature.map { Self.blob($0.values) }, record.fingerprint.words,
                        ])
                    for key in Set(record.bandKeys) {
                        try db.execute(
                            sql: "INSERT INTO lsh_buckets (band_key, document_id) VALUES (?, ?)",
                            arguments: [Int64(bitPattern: key), id])
                    }
                    for key in Set(record.sentenceKeys) {
                        try db.execute(
                            sql: "INSERT INTO sentence_keys (sentence_key, document_id) VALUES (?, ?)",
                            arguments: [Int64(bitPattern: key), id])
                    }
                }
                for pair in pairs {
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO duplicate_pairs (first_id, second_id, kind, similarity)
                            VALUES (?, ?, ?, ?)
                            """,
                        arguments: [pair.first, pair.second, pair.kind.rawValue, pair.similarity])
                }
                for passage in passages {
                    try db.execute(
                        sql: """
                            INSERT INTO passages (first_id, first_start, first_end, second_id, second_start, second_end,
                                kind, similarity, words, text, earliest_id, second_removed)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            passage.first, passage.firstStart, passage.firstEnd, passage.second, passage.secondStart,
                            passage.secondEnd, passage.kind.rawValue, passage.similarity, passage.words, passage.text,
                            passage.earliest, passage.secondRemoved,
                        ])
                }
            }
        }
    }

    public func duplicatePairs() async throws -> [StoredPair] {
        try await failing("cannot read duplicate pairs") {
            try await writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM duplicate_pairs ORDER BY rowid").map { row in
                    let kind: String = row["kind"]
                    return StoredPair(
                        first: row["first_id"], second: row["second_id"],
                        kind: DuplicatePair.Kind(rawValue: kind) ?? .near,
                        similarity: row["similarity"])
                }
            }
        }
    }

    public func sharedPassages(limit: Int) async throws -> [StoredPassage] {
        try await failing("cannot read passages") {
            try await writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM passages ORDER BY words DESC, id LIMIT ?", arguments: [limit])
                    .map { row in
                        let kind: String = row["kind"]
                        return StoredPassage(
                            first: row["first_id"], firstStart: row["first_start"], firstEnd: row["first_end"],
                            second: row["second_id"], secondStart: row["second_start"], secondEnd: row["second_end"],
                            kind: DuplicatePair.Kind(rawValue: kind) ?? .near, similarity: row["similarity"],
                            words: row["words"], text: row["text"], earliest: row["earliest_id"],
                            secondRemoved: row["second_removed"])
                    }
            }
        }
    }

    // MARK: Helpers

    /// Slices of at most 400 values, for `IN (…)` lists within SQLite's parameter limit.
    static func chunks<T>(_ values: [T]) -> [[T]] {
        stride(from: 0, to: values.count, by: 400).map { Array(values[$0..<min($0 + 400, values.count)]) }
    }

    static func marks<T>(_ values: [T]) -> String {
        "(" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
    }

    /// 32-bit values as little-endian bytes.
    static func blob(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func words(_ data: Data) -> [UInt32] {
        data.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map {
                UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
            }
        }
    }
}
