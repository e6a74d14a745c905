import Foundation
import GRDB
public import KhabarCore
import KhabarText

/// Reading back what the link stage stored: duplicates, passages, entities and annotations.
extension SQLiteStore {
    public func duplicates(documents: [String]?) async throws -> [DuplicateRecord] {
        try await failing("cannot read duplicates") {
            try await writer.read { db in
                let select =
                    "SELECT u.*, d.rowid AS sequence FROM duplicates u JOIN documents d ON d.id = u.document_id"
                var rows: [Row] = []
                if let documents {
                    for chunk in SQL.chunks(documents) {
                        rows += try Row.fetchAll(
                            db,
                            sql: select
                                + " WHERE u.document_id IN \(SQL.marks(chunk)) OR u.original_id IN \(SQL.marks(chunk))",
                            arguments: StatementArguments(chunk + chunk))
                    }
                } else {
                    rows = try Row.fetchAll(db, sql: select)
                }
                var found: [String: (sequence: Int64, record: DuplicateRecord)] = [:]
                for row in rows {
                    let kindText: String = try row.decode(forColumn: "kind")
                    guard let kind = DuplicateKind(rawValue: kindText) else {
                        throw StoreError(.corrupt, database: "", "a duplicate has an unknown kind \(kindText)")
                    }
                    let copy: String = try row.decode(forColumn: "document_id")
                    found[copy] = (
                        try row.decode(forColumn: "sequence"),
                        DuplicateRecord(
                            original: try row.decode(forColumn: "original_id"), copy: copy, kind: kind,
                            similarity: try row.decode(forColumn: "similarity"),
                            group: try row.decode(forColumn: "group_id"))
                    )
                }
                return found.values.sorted { $0.sequence < $1.sequence }.map(\.record)
            }
        }
    }

    public func passages(documents: [String]?, limit: Int) async throws -> [PassageRecord] {
        try await failing("cannot read passages") {
            try await writer.read { db in
                var ids: [String] = []
                if let documents {
                    var found = Set<String>()
                    for chunk in SQL.chunks(documents) {
                        found.formUnion(
                            try String.fetchAll(
                                db,
                                sql:
                                    "SELECT passage_id FROM passage_occurrences WHERE document_id IN \(SQL.marks(chunk))",
                                arguments: StatementArguments(chunk)))
                    }
                    ids = Array(found)
                } else {
                    ids = try String.fetchAll(db, sql: "SELECT id FROM passages")
                }
                var passages: [PassageRecord] = []
                for chunk in SQL.chunks(ids) {
                    passages += try Self.passages(chunk, from: db)
                }
                return Array(
                    passages.sorted {
                        ($0.locations.count, $0.words, $1.id) > ($1.locations.count, $1.words, $0.id)
                    }.prefix(max(0, limit)))
            }
        }
    }

    /// Passages by id, each with its occurrences in chain order: by publication date when every document
    /// has one, else in the order the documents were stored.
    static func passages(_ ids: [String], from db: Database) throws -> [PassageRecord] {
        var occurrences: [String: [(sequence: Int64, instant: Int64?, occurrence: PassageRecord.Occurrence)]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT o.*, d.rowid AS sequence, d.published_instant AS instant FROM passage_occurrences o
                JOIN documents d ON d.id = o.document_id WHERE o.passage_id IN \(SQL.marks(ids))
                """,
            arguments: StatementArguments(ids))
        for row in rows {
            let kindText: String = try row.decode(forColumn: "kind")
            guard let kind = DuplicateKind(rawValue: kindText) else {
                throw StoreError(.corrupt, database: "", "a passage occurrence has an unknown kind \(kindText)")
            }
            let occurrence = PassageRecord.Occurrence(
                document: try row.decode(forColumn: "document_id"), start: try row.decode(forColumn: "start"),
                end: try row.decode(forColumn: "end"), kind: kind, similarity: try row.decode(forColumn: "similarity"),
                removed: try row.decode(forColumn: "removed"))
            occurrences[try row.decode(forColumn: "passage_id"), default: []].append(
                (try row.decode(forColumn: "sequence"), try row.decode(forColumn: "instant"), occurrence))
        }
        return try Row.fetchAll(
            db, sql: "SELECT * FROM passages WHERE id IN \(SQL.marks(ids))", arguments: StatementArguments(ids)
        ).map { row in
            let id: String = try row.decode(forColumn: "id")
            let items = occurrences[id] ?? []
            let dated = items.allSatisfy { $0.instant != nil }
            let chain = items.sorted {
                if dated, $0.instant != $1.instant { return ($0.instant ?? 0) < ($1.instant ?? 0) }
                return ($0.sequence, $0.occurrence.start) < ($1.sequence, $1.occurrence.start)
            }
            var first: String?
            let documents = Set(chain.map(\.occurrence.document))
            if dated, documents.count > 1, let earliest = chain.first, chain.count > 1,
                chain.filter({ $0.instant == earliest.instant }).allSatisfy({
                    $0.occurrence.document == earliest.occurrence.document
                })
            {
                first = earliest.occurrence.document
            }
            return PassageRecord(
                id: id, text: try row.decode(forColumn: "text"), words: try row.decode(forColumn: "words"),
                first: first, occurrences: chain.map(\.occurrence))
        }
    }

    // MARK: Entities

    public func entitySummaries(type: EntityType?, limit: Int) async throws -> [EntitySummary] {
        try await failing("cannot list entities") {
            try await writer.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.*, sum(d.mentions) AS mentions, count(*) AS documents
                        FROM entities e JOIN entity_documents d ON d.entity_id = e.id
                        WHERE ?1 IS NULL OR e.type = ?1
                        GROUP BY e.id ORDER BY mentions DESC, e.position LIMIT ?2
                        """,
                    arguments: [type?.rawValue, limit])
                return try rows.map { row in
                    EntitySummary(
                        entity: try EntityRows.entity(row), mentions: try row.decode(forColumn: "mentions"),
                        documents: try row.decode(forColumn: "documents"))
                }
            }
        }
    }

    public func entities(named query: String, limit: Int) async throws -> [CanonicalEntity] {
        try await failing("cannot look up entities") {
            try await writer.read { db in
                var ids = Set<String>()
                let keys = CanonicalEntity.searchKeys(forQuery: query)
                for chunk in SQL.chunks(keys) {
                    ids.formUnion(
                        try String.fetchAll(
                            db, sql: "SELECT entity_id FROM entity_keys WHERE key IN \(SQL.marks(chunk))",
                            arguments: StatementArguments(chunk)))
                }
                let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.unicodeScalars.count >= 4 {
                    ids.formUnion(
                        try String.fetchAll(
                            db, sql: "SELECT id FROM entities WHERE id >= ? AND id < ? LIMIT ?",
                            arguments: [trimmed, trimmed + "\u{10FFFF}", limit]))
                }
                return Array(
                    try EntityRows.fetch(ids: Array(ids), from: db).filter { $0.isNamed(by: query) }.prefix(limit))
            }
        }
    }

    public func entities(ids: [String]) async throws -> [CanonicalEntity] {
        try await failing("cannot read entities") {
            try await writer.read { db in try EntityRows.fetch(ids: ids, from: db) }
        }
    }

    public func entities(mentionedAtLeast minimumMentions: Int) async throws -> [CanonicalEntity] {
        try await failing("cannot read entities") {
            try await writer.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM entities WHERE mention_count >= ? ORDER BY position",
                    arguments: [minimumMentions]
                ).map(EntityRows.entity)
            }
        }
    }

    // MARK: Annotations

    public func mentions(entity: String, limit: Int) async throws -> [MentionRecord] {
        try await failing("cannot read the mentions of \(entity)") {
            try await writer.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT m.* FROM entity_documents x JOIN documents d ON d.id = x.document_id
                        JOIN mentions m ON m.document_id = x.document_id
                        WHERE x.entity_id = ? ORDER BY d.rowid
                        """,
                    arguments: [entity])
                var found: [MentionRecord] = []
                for row in rows where found.count < limit {
                    found += try AnnotationRows.mentions(row).filter { $0.entity == entity }.prefix(limit - found.count)
                }
                return found
            }
        }
    }

    public func mentions(documents: [String]) async throws -> [MentionRecord] {
        try await rows(of: documents, table: "mentions", what: "mentions", order: false) { row in
            try AnnotationRows.mentions(row)
        }.flatMap { $0 }
    }

    public func quotes(speakers: [String]?, document: String?, limit: Int) async throws -> [QuoteRecord] {
        try await failing("cannot read quotes") {
            try await writer.read { db in
                var conditions: [String] = []
                var arguments: [(any DatabaseValueConvertible)?] = []
                if let speakers {
                    conditions.append("q.speaker_id IN \(SQL.marks(speakers))")
                    arguments += speakers
                }
                if let document {
                    conditions.append("q.document_id = ?")
                    arguments.append(document)
                }
                arguments.append(limit)
                let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT q.*, e.name AS speaker_name FROM quotes q JOIN documents d ON d.id = q.document_id
                        LEFT JOIN entities e ON e.id = q.speaker_id \(filter)
                        ORDER BY d.rowid, q.position LIMIT ?
                        """,
                    arguments: StatementArguments(arguments)
                ).map(AnnotationRows.quote)
            }
        }
    }

    public func quotes(documents: [String]) async throws -> [QuoteRecord] {
        try await rows(
            of: documents, table: "quotes", what: "quotes", join: "LEFT JOIN entities e ON e.id = t.speaker_id",
            columns: ", e.name AS speaker_name", AnnotationRows.quote)
    }

    public func dates(documents: [String]) async throws -> [DateRecord] {
        try await rows(of: documents, table: "dates", what: "dates", AnnotationRows.date)
    }

    /// The rows of a per-document table for these documents, in document (stored) and position order.
    private func rows<T: Sendable>(
        of documents: [String], table: String, what: String, join: String = "", columns: String = "",
        order: Bool = true, _ decode: @escaping @Sendable (Row) throws -> T
    ) async throws -> [T] {
        try await failing("cannot read \(what)") {
            try await writer.read { db in
                var found: [(sequence: Int64, position: Int, value: T)] = []
                for chunk in SQL.chunks(documents) {
                    let rows = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT t.*\(columns), d.rowid AS sequence FROM \(table) t
                            JOIN documents d ON d.id = t.document_id \(join)
                            WHERE t.document_id IN \(SQL.marks(chunk))
                            """,
                        arguments: StatementArguments(chunk))
                    for row in rows {
                        let position: Int = order ? try row.decode(forColumn: "position") : 0
                        found.append((try row.decode(forColumn: "sequence"), position, try decode(row)))
                    }
                }
                return found.sorted { ($0.sequence, $0.position) < ($1.sequence, $1.position) }.map(\.value)
            }
        }
    }
}
