public import Foundation
import GRDB
public import KhabarCore

/// Stories: loading and saving what assignment decided (it runs in KhabarCore; the pipeline wires it).
extension SQLiteStore {
    public func storyState() async throws -> (placed: Int, state: Data)? {
        try await failing("cannot read the story state") {
            try await writer.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT placed, state FROM story_state WHERE id = 0")
                else { return nil }
                return (try row.decode(forColumn: "placed"), try row.decode(forColumn: "state"))
            }
        }
    }

    public func storiedCount() async throws -> Int {
        try await failing("cannot count stories") {
            try await writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM story_articles") ?? 0 }
        }
    }

    public func clearStories() async throws {
        try await failing("cannot forget the stories") {
            try await writer.write { db in
                for table in ["stories", "story_articles", "story_merges", "story_state"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
            }
        }
    }

    public func unstoriedDocuments(limit: Int) async throws -> [Document] {
        try await failing("cannot list documents in no story") {
            try await writer.read { db in
                let ids = try String.fetchAll(
                    db,
                    sql: """
                        SELECT d.id FROM documents d LEFT JOIN story_articles s ON s.document_id = d.id
                        WHERE s.document_id IS NULL ORDER BY d.rowid LIMIT ?
                        """,
                    arguments: [limit])
                return try DocumentRows.fetch(ids: ids, from: db)
            }
        }
    }

    public func stories(ofDocuments ids: [String]) async throws -> [String: String] {
        try await failing("cannot read stories") {
            try await writer.read { db in
                var found: [String: String] = [:]
                for chunk in SQL.chunks(ids) {
                    for row in try Row.fetchAll(
                        db,
                        sql:
                            "SELECT document_id, story_id FROM story_articles WHERE document_id IN \(SQL.marks(chunk))",
                        arguments: StatementArguments(chunk))
                    {
                        found[try row.decode(forColumn: "document_id")] = try row.decode(forColumn: "story_id")
                    }
                }
                return found
            }
        }
    }

    public func save(_ batch: StoryBatch, state: Data, expecting: Int) async throws -> Bool {
        try await failing("cannot save stories") {
            try await writer.write { db in
                let placed = try Int.fetchOne(db, sql: "SELECT count(*) FROM story_articles") ?? 0
                guard placed == expecting else { return false }
                for merge in batch.merges {
                    try db.execute(
                        sql: "UPDATE story_articles SET story_id = ? WHERE story_id = ?",
                        arguments: [merge.into, merge.from])
                    try db.execute(sql: "DELETE FROM stories WHERE id = ?", arguments: [merge.from])
                    try db.execute(
                        sql: "UPDATE story_merges SET into_id = ? WHERE into_id = ?",
                        arguments: [merge.into, merge.from])
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO story_merges (from_id, into_id) VALUES (?, ?)",
                        arguments: [merge.from, merge.into])
                }
                var position =
                    try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) + 1 FROM story_articles") ?? 0
                let insert = try db.makeStatement(
                    sql: "INSERT INTO story_articles (document_id, story_id, position, probability) VALUES (?, ?, ?, ?)"
                )
                for placement in batch.placements {
                    try insert.execute(arguments: [
                        placement.document, placement.story, position, placement.probability,
                    ])
                    position += 1
                }
                let upsert = try db.makeStatement(
                    sql: """
                        INSERT INTO stories (id, headline, articles, first_day, last_day)
                        VALUES (?, ?, (SELECT count(*) FROM story_articles WHERE story_id = ?), ?, ?)
                        ON CONFLICT (id) DO UPDATE SET
                            headline = coalesce(stories.headline, excluded.headline), articles = excluded.articles,
                            first_day = excluded.first_day, last_day = excluded.last_day
                        """)
                for story in batch.stories {
                    try upsert.execute(arguments: [story.id, story.headline, story.id, story.firstDay, story.lastDay])
                }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO story_state (id, placed, state) VALUES (0, ?, ?)",
                    arguments: [placed + batch.placements.count, state])
                return true
            }
        }
    }

    public func storySummaries(minimumArticles: Int, offset: Int, limit: Int) async throws -> [StorySummaryRow] {
        try await failing("cannot list stories") {
            try await writer.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.id, s.headline, s.articles, s.first_day, s.last_day,
                            (SELECT group_concat(outlet, char(10)) FROM (SELECT DISTINCT d.outlet FROM story_articles a
                                JOIN documents d ON d.id = a.document_id
                                WHERE a.story_id = s.id AND d.outlet IS NOT NULL ORDER BY d.outlet)) AS outlets,
                            (SELECT group_concat(language, char(10)) FROM (SELECT DISTINCT d.language FROM story_articles a
                                JOIN documents d ON d.id = a.document_id WHERE a.story_id = s.id ORDER BY d.language))
                                AS languages
                        FROM stories s WHERE s.articles >= ?
                        ORDER BY s.articles DESC, s.last_day DESC, s.id LIMIT ? OFFSET ?
                        """,
                    arguments: [minimumArticles, limit, offset])
                return try rows.map { row in
                    func day(_ column: String) throws -> String? {
                        try (row.decode(Int?.self, forColumn: column)).map { PublicationDate.fromDayNumber($0).iso }
                    }
                    func list(_ column: String) throws -> [String] {
                        (try row.decode(String?.self, forColumn: column) ?? "").split(separator: "\n").map(String.init)
                    }
                    return StorySummaryRow(
                        id: try row.decode(forColumn: "id"), headline: try row.decode(forColumn: "headline"),
                        articles: try row.decode(forColumn: "articles"), outlets: try list("outlets"),
                        languages: try list("languages"), first: try day("first_day"), last: try day("last_day"))
                }
            }
        }
    }

    public func story(id: String) async throws -> (id: String, documents: [String])? {
        try await failing("cannot read story \(id)") {
            try await writer.read { db in
                let current =
                    try String.fetchOne(db, sql: "SELECT into_id FROM story_merges WHERE from_id = ?", arguments: [id])
                    ?? id
                let documents = try String.fetchAll(
                    db, sql: "SELECT document_id FROM story_articles WHERE story_id = ? ORDER BY position",
                    arguments: [current])
                return documents.isEmpty ? nil : (current, documents)
            }
        }
    }

    public func storyIDs(withPrefix prefix: String, limit: Int) async throws -> [String] {
        try await failing("cannot look up stories") {
            try await writer.read { db in
                let pattern =
                    prefix.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                return try String.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM stories WHERE id LIKE ? ESCAPE '\\' UNION
                        SELECT from_id FROM story_merges WHERE from_id LIKE ? ESCAPE '\\' LIMIT ?
                        """,
                    arguments: [pattern, pattern, limit])
            }
        }
    }
}
