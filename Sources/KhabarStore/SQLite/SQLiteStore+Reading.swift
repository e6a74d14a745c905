import Foundation
import GRDB
public import KhabarCore

extension SQLiteStore {
    public func resetReadings(unlessSettings settings: String) async throws {
        try await failing("cannot reset readings") {
            try await writer.write { db in
                let stale = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM readings WHERE settings != ?)", arguments: [settings])
                guard stale == true else { return }
                for table in ["readings", "mentions", "quotes", "dates", "entities"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
            }
        }
    }

    public func unreadDocuments(limit: Int) async throws -> [Document] {
        try await failing("cannot list unread documents") {
            try await writer.read { db in
                let ids = try String.fetchAll(
                    db,
                    sql: """
                        SELECT d.id FROM documents d LEFT JOIN readings r ON r.document_id = d.id
                        WHERE r.document_id IS NULL ORDER BY d.rowid LIMIT ?
                        """,
                    arguments: [limit])
                return try ids.compactMap { try DocumentRows.fetch(id: $0, from: db) }
            }
        }
    }

    public func canonicalEntities() async throws -> [CanonicalEntity] {
        try await failing("cannot read entities") {
            try await writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM entities ORDER BY position").map(Self.entity)
            }
        }
    }

    public func saveReadings(_ readings: [StoredReading], entities: [CanonicalEntity], settings: String) async throws {
        try await failing("cannot store the readings of \(readings.count) documents") {
            try await writer.write { db in
                for entity in entities {
                    try db.execute(
                        sql: """
                            INSERT INTO entities (id, position, name, english, type, aliases, keys, mention_count)
                            VALUES (?, (SELECT count(*) FROM entities), ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (id) DO UPDATE SET name = excluded.name, english = excluded.english,
                                aliases = excluded.aliases, keys = excluded.keys, mention_count = excluded.mention_count
                            """,
                        arguments: [
                            entity.id, entity.name, entity.english, entity.type.rawValue,
                            entity.aliases.sorted().joined(separator: "\n"),
                            entity.keys.sorted().joined(separator: "\n"),
                            entity.mentionCount,
                        ])
                }
                for reading in readings {
                    let id = reading.documentID
                    for table in ["mentions", "quotes", "dates"] {
                        try db.execute(sql: "DELETE FROM \(table) WHERE document_id = ?", arguments: [id])
                    }
                    for (position, mention) in reading.mentions.enumerated() {
                        try db.execute(
                            sql: """
                                INSERT INTO mentions (document_id, position, entity_id, text, type, start, "end", source)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [
                                id, position, mention.entity, mention.text, mention.type.rawValue, mention.start,
                                mention.end, mention.source.rawValue,
                            ])
                    }
                    for (position, quote) in reading.quotes.enumerated() {
                        try db.execute(
                            sql: """
                                INSERT INTO quotes (document_id, position, speaker_id, speaker_text, pronoun, text, kind,
                                    start, "end", open)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [
                                id, position, quote.speaker, quote.speakerText, quote.pronoun, quote.text,
                                quote.kind.rawValue, quote.start, quote.end, quote.open,
                            ])
                    }
                    for (position, date) in reading.dates.enumerated() {
                        try db.execute(
                            sql: """
                                INSERT INTO dates (document_id, position, text, value, precision, kind, relative,
                                    start, "end")
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [
                                id, position, date.text, date.value, date.precision.rawValue, date.kind.rawValue,
                                date.relative, date.start, date.end,
                            ])
                    }
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO readings (document_id, settings) VALUES (?, ?)",
                        arguments: [id, settings])
                }
            }
        }
    }

    public func entitySummaries(type: EntityType?, limit: Int) async throws -> [EntitySummary] {
        try await failing("cannot list entities") {
            try await writer.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.*, count(*) AS mentions, count(DISTINCT m.document_id) AS documents
                        FROM entities e JOIN mentions m ON m.entity_id = e.id
                        WHERE ?1 IS NULL OR e.type = ?1
                        GROUP BY e.id ORDER BY mentions DESC, e.position LIMIT ?2
                        """,
                    arguments: [type?.rawValue, limit])
                return try rows.map { row in
                    EntitySummary(entity: try Self.entity(row), mentions: row["mentions"], documents: row["documents"])
                }
            }
        }
    }

    public func mentions(entity: String, limit: Int) async throws -> [StoredMention] {
        try await failing("cannot read the mentions of \(entity)") {
            try await writer.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT m.* FROM mentions m JOIN documents d ON d.id = m.document_id
                        WHERE m.entity_id = ? ORDER BY d.rowid, m.position LIMIT ?
                        """,
                    arguments: [entity, limit]
                ).map { row in
                    StoredMention(
                        document: row["document_id"], entity: row["entity_id"], text: row["text"],
                        type: EntityType(rawValue: row["type"]) ?? .other, start: row["start"], end: row["end"],
                        source: EntityMention.Source(rawValue: row["source"]) ?? .tagger)
                }
            }
        }
    }

    public func quotes(speaker: String?, document: String?, limit: Int) async throws -> [StoredQuote] {
        try await failing("cannot read quotes") {
            try await writer.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT q.*, e.name AS speaker_name FROM quotes q JOIN documents d ON d.id = q.document_id
                        LEFT JOIN entities e ON e.id = q.speaker_id
                        WHERE (?1 IS NULL OR q.speaker_id = ?1) AND (?2 IS NULL OR q.document_id = ?2)
                        ORDER BY d.rowid, q.position LIMIT ?3
                        """,
                    arguments: [speaker, document, limit]
                ).map { row in
                    StoredQuote(
                        document: row["document_id"], speaker: row["speaker_id"], speakerName: row["speaker_name"],
                        speakerText: row["speaker_text"], pronoun: row["pronoun"], text: row["text"],
                        kind: Quote.Kind(rawValue: row["kind"]) ?? .direct, start: row["start"], end: row["end"],
                        open: row["open"])
                }
            }
        }
    }

    public func dates(document: String) async throws -> [StoredDate] {
        try await failing("cannot read the dates of \(document)") {
            try await writer.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM dates WHERE document_id = ? ORDER BY position", arguments: [document]
                ).map { row in
                    StoredDate(
                        document: row["document_id"], text: row["text"], value: row["value"],
                        precision: TimeExpression.Precision(rawValue: row["precision"]) ?? .unresolved,
                        kind: TimeExpression.Kind(rawValue: row["kind"]) ?? .date, relative: row["relative"],
                        start: row["start"], end: row["end"])
                }
            }
        }
    }

    /// A canonical entity from its row.
    static func entity(_ row: Row) throws -> CanonicalEntity {
        guard let type = EntityType(rawValue: row["type"]) else {
            throw DatabaseError(message: "entity \(row["id"] as String? ?? "?") has an unknown type")
        }
        func lines(_ column: String) -> Set<String> {
            let text: String = row[column]
            return Set(text.split(separator: "\n").map(String.init))
        }
        return CanonicalEntity(
            id: row["id"], name: row["name"], english: row["english"], type: type, aliases: lines("aliases"),
            keys: lines("keys"), mentionCount: row["mention_count"])
    }
}
