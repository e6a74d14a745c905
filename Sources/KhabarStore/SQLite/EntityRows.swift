import Foundation
import GRDB
import KhabarCore
import KhabarText

/// Canonical entities and the keys they are filed under.
enum EntityRows {
    /// Entities by id, in the order they were created.
    static func fetch(ids: [String], from db: Database) throws -> [CanonicalEntity] {
        var found: [(position: Int64, entity: CanonicalEntity)] = []
        for chunk in SQL.chunks(ids) {
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM entities WHERE id IN \(SQL.marks(chunk))", arguments: StatementArguments(chunk))
            for row in rows { found.append((try row.decode(forColumn: "position"), try entity(row))) }
        }
        return found.sorted { $0.position < $1.position }.map(\.entity)
    }

    /// Creates or updates entities (an entity made at once by two processes is one row: the id is unique and
    /// the second write updates it), and files each under its lookup and search keys.
    static func save(_ entities: [CanonicalEntity], into db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO entities (id, name, english, type, aliases, keys, mention_count)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, english = excluded.english,
                    aliases = excluded.aliases, keys = excluded.keys, mention_count = excluded.mention_count
                """)
        let forget = try db.cachedStatement(sql: "DELETE FROM entity_keys WHERE entity_id = ?")
        let file = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)")
        for entity in entities {
            try upsert.execute(arguments: [
                entity.id, entity.name, entity.english, entity.type.rawValue,
                entity.aliases.sorted().joined(separator: "\n"), entity.keys.sorted().joined(separator: "\n"),
                entity.mentionCount,
            ])
            try forget.execute(arguments: [entity.id])
            for key in EntityDirectory.lookupKeys(of: entity) + searchKeys(of: entity) {
                try file.execute(arguments: [key, entity.id])
            }
        }
    }

    /// Keys a user's query is looked up by (``CanonicalEntity/isNamed(by:)`` decides among what they find):
    /// `a|` every alias, `e|` every ending of its English and Latin forms.
    static func searchKeys(of entity: CanonicalEntity) -> [String] {
        var keys = entity.aliases.sorted().map { "a|" + $0 }
        for form in Set([entity.english, entity.latin].compactMap { $0 }) {
            let words = CanonicalEntity.nameKey(form).split(separator: " ")
            for start in words.indices { keys.append("e|" + words[start...].joined(separator: " ")) }
        }
        return keys
    }

    /// The lookup keys a user's query may be filed under.
    static func queryKeys(_ query: String) -> [String] {
        let key = CanonicalEntity.nameKey(query)
        guard !key.isEmpty else { return [] }
        var keys = ["e|" + key]
        for type in EntityType.allCases {
            keys.append("a|\(type.rawValue)|\(key)")
            keys.append("k|\(type.rawValue)|\(key)")
        }
        return keys
    }

    /// An entity from its row.
    static func entity(_ row: Row) throws -> CanonicalEntity {
        let id: String = try row.decode(forColumn: "id")
        let typeText: String = try row.decode(forColumn: "type")
        guard let type = EntityType(rawValue: typeText) else {
            throw StoreError(.corrupt, database: "", "entity \(id) has an unknown type \(typeText)")
        }
        func lines(_ column: String) throws -> Set<String> {
            let text: String = try row.decode(forColumn: column)
            return Set(text.split(separator: "\n").map(String.init))
        }
        return CanonicalEntity(
            id: id, name: try row.decode(forColumn: "name"), english: try row.decode(forColumn: "english"), type: type,
            aliases: try lines("aliases"), keys: try lines("keys"),
            mentionCount: try row.decode(forColumn: "mention_count"))
    }
}

/// Mentions, quotes and dates: rows numbered by their place in the document.
enum AnnotationRows {
    static func save(mentions: [MentionRecord], quotes: [QuoteRecord], dates: [DateRecord], into db: Database) throws {
        let mention = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO mentions (document_id, position, entity_id, text, type, start, "end", source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var position: [String: Int] = [:]
        func next(_ document: String) -> Int {
            defer { position[document, default: 0] += 1 }
            return position[document, default: 0]
        }
        for item in mentions {
            try mention.execute(arguments: [
                item.document, next(item.document), item.entity, item.text, item.type.rawValue, item.start, item.end,
                item.source.rawValue,
            ])
        }
        position = [:]
        let quote = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO quotes (document_id, position, speaker_id, speaker_text, pronoun, text, kind,
                    start, "end", open)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for item in quotes {
            try quote.execute(arguments: [
                item.document, next(item.document), item.speaker, item.speakerText, item.pronoun, item.text,
                item.kind.rawValue, item.start, item.end, item.open,
            ])
        }
        position = [:]
        let date = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO dates (document_id, position, text, value, precision, kind, relative, start,
                    "end")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for item in dates {
            try date.execute(arguments: [
                item.document, next(item.document), item.text, item.value, item.precision.rawValue,
                item.kind.rawValue, item.relative, item.start, item.end,
            ])
        }
    }

    static func mention(_ row: Row) throws -> MentionRecord {
        let typeText: String = try row.decode(forColumn: "type")
        let sourceText: String = try row.decode(forColumn: "source")
        guard let type = EntityType(rawValue: typeText), let source = EntityMention.Source(rawValue: sourceText) else {
            throw StoreError(.corrupt, database: "", "a mention has an unknown type or source")
        }
        return MentionRecord(
            document: try row.decode(forColumn: "document_id"), entity: try row.decode(forColumn: "entity_id"),
            text: try row.decode(forColumn: "text"), type: type, start: try row.decode(forColumn: "start"),
            end: try row.decode(forColumn: "end"), source: source)
    }

    static func quote(_ row: Row) throws -> QuoteRecord {
        let kindText: String = try row.decode(forColumn: "kind")
        guard let kind = Quote.Kind(rawValue: kindText) else {
            throw StoreError(.corrupt, database: "", "a quote has an unknown kind \(kindText)")
        }
        return QuoteRecord(
            document: try row.decode(forColumn: "document_id"), speaker: try row.decode(forColumn: "speaker_id"),
            speakerName: try row.decode(forColumn: "speaker_name"),
            speakerText: try row.decode(forColumn: "speaker_text"),
            text: try row.decode(forColumn: "text"), kind: kind, start: try row.decode(forColumn: "start"),
            end: try row.decode(forColumn: "end"), pronoun: try row.decode(forColumn: "pronoun"),
            open: try row.decode(forColumn: "open"))
    }

    static func date(_ row: Row) throws -> DateRecord {
        let precisionText: String = try row.decode(forColumn: "precision")
        let kindText: String = try row.decode(forColumn: "kind")
        guard let precision = TimeExpression.Precision(rawValue: precisionText),
            let kind = TimeExpression.Kind(rawValue: kindText)
        else { throw StoreError(.corrupt, database: "", "a date has an unknown precision or kind") }
        return DateRecord(
            document: try row.decode(forColumn: "document_id"), text: try row.decode(forColumn: "text"),
            value: try row.decode(forColumn: "value"), precision: precision, kind: kind,
            relative: try row.decode(forColumn: "relative"), start: try row.decode(forColumn: "start"),
            end: try row.decode(forColumn: "end"))
    }
}
