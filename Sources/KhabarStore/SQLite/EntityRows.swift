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
    /// the second write updates it), and files each under the keys the linker gave.
    static func save(_ changes: [EntityChange], into db: Database) throws {
        var upsert = try BoundStatement(
            db,
            """
            INSERT INTO entities (id, name, english, type, aliases, keys, skeletons, mention_count, names)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, english = excluded.english,
                aliases = excluded.aliases, keys = excluded.keys, skeletons = excluded.skeletons,
                mention_count = excluded.mention_count, names = excluded.names
            """)
        var count = try BoundStatement(db, "UPDATE entities SET mention_count = ?, names = ? WHERE id = ?")
        var file = try BoundStatement(db, "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)")
        var unfile = try BoundStatement(db, "DELETE FROM entity_keys WHERE key = ? AND entity_id = ?")
        for change in changes {
            let entity = change.entity
            if change.filed.isEmpty && change.unfiled.isEmpty {
                // Only mentioned again: its names are as stored.
                count.bind(entity.mentionCount)
                count.bind(names(entity))
                count.bind(entity.id)
                try count.run()
                if db.changesCount > 0 { continue }
            }
            upsert.bind(entity.id)
            upsert.bind(entity.name)
            upsert.bind(entity.english)
            upsert.bind(entity.type.rawValue)
            upsert.bind(entity.aliases.sorted().joined(separator: "\n"))
            upsert.bind(entity.keys.sorted().joined(separator: "\n"))
            upsert.bind(entity.skeletons.sorted().joined(separator: "\n"))
            upsert.bind(entity.mentionCount)
            upsert.bind(names(entity))
            try upsert.run()
            for key in change.unfiled {
                unfile.bind(key)
                unfile.bind(entity.id)
                try unfile.run()
            }
            for key in change.filed {
                file.bind(key)
                file.bind(entity.id)
                try file.run()
            }
        }
    }

    /// The names column: "count<TAB>name" lines, sorted by name.
    static func names(_ entity: CanonicalEntity) -> String {
        entity.names.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)" }.joined(separator: "\n")
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
        var entity = CanonicalEntity(
            id: id, name: try row.decode(forColumn: "name"), english: try row.decode(forColumn: "english"), type: type,
            aliases: try lines("aliases"), keys: try lines("keys"),
            mentionCount: try row.decode(forColumn: "mention_count"))
        for line in try lines("names") {
            guard let tab = line.firstIndex(of: "\t"), let count = Int(line[..<tab]) else { continue }
            entity.names[String(line[line.index(after: tab)...])] = count
        }
        return entity
    }
}

/// Mentions, quotes and dates: rows numbered by their place in the document.
enum AnnotationRows {
    static func save(mentions: [MentionRecord], quotes: [QuoteRecord], dates: [DateRecord], into db: Database) throws {
        var position: [String: Int] = [:]
        func next(_ document: String) -> Int {
            defer { position[document, default: 0] += 1 }
            return position[document, default: 0]
        }
        var byDocument: [String: [MentionRecord]] = [:]
        var order: [String] = []
        for item in mentions {
            if byDocument[item.document] == nil { order.append(item.document) }
            byDocument[item.document, default: []].append(item)
        }
        var blob = try BoundStatement(db, "INSERT OR REPLACE INTO mentions (document_id, blob) VALUES (?, ?)")
        var index = try BoundStatement(
            db,
            """
            INSERT INTO entity_documents (entity_id, document_id, mentions) VALUES (?, ?, ?)
            ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = excluded.mentions
            """)
        for document in order {
            let items = byDocument[document] ?? []
            blob.bind(document)
            blob.bind(blob: MentionBlob.encode(items))
            try blob.run()
            var counts: [String: Int] = [:]
            for item in items { counts[item.entity, default: 0] += 1 }
            for (entity, count) in counts {
                index.bind(entity)
                index.bind(document)
                index.bind(count)
                try index.run()
            }
        }
        position = [:]
        var quote = try BoundStatement(
            db,
            """
            INSERT OR REPLACE INTO quotes (document_id, position, speaker_id, speaker_text, pronoun, text, kind,
                start, "end", open)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in quotes {
            quote.bind(item.document)
            quote.bind(next(item.document))
            quote.bind(item.speaker)
            quote.bind(item.speakerText)
            quote.bind(item.pronoun)
            quote.bind(item.text)
            quote.bind(item.kind.rawValue)
            quote.bind(item.start)
            quote.bind(item.end)
            quote.bind(item.open)
            try quote.run()
        }
        position = [:]
        var date = try BoundStatement(
            db,
            """
            INSERT OR REPLACE INTO dates (document_id, position, text, value, precision, kind, relative, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in dates {
            date.bind(item.document)
            date.bind(next(item.document))
            date.bind(item.text)
            date.bind(item.value)
            date.bind(item.precision.rawValue)
            date.bind(item.kind.rawValue)
            date.bind(item.relative)
            date.bind(item.start)
            date.bind(item.end)
            try date.run()
        }
    }

    /// The mentions of a document's row.
    static func mentions(_ row: Row) throws -> [MentionRecord] {
        let data: Data = try row.decode(forColumn: "blob")
        return try MentionBlob.decode(data, document: try row.decode(forColumn: "document_id"))
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
