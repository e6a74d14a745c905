public import Foundation
import GRDB
public import KhabarCore

/// The search index's segments: loaded and saved here, made and read in KhabarCore.
extension SQLiteStore {
    public func unindexedDocuments(limit: Int) async throws -> [Document] {
        try await failing("cannot list documents not yet searchable") {
            try await writer.read { db in
                let ids = try String.fetchAll(
                    db,
                    sql: """
                        SELECT d.id FROM documents d LEFT JOIN search_documents s ON s.document_id = d.id
                        WHERE s.document_id IS NULL ORDER BY d.rowid LIMIT ?
                        """,
                    arguments: [limit])
                return try DocumentRows.fetch(ids: ids, from: db)
            }
        }
    }

    public func searchSegments() async throws -> [Data] {
        try await failing("cannot read the search index") {
            try await writer.read { db in try Data.fetchAll(db, sql: "SELECT segment FROM search_segments ORDER BY id")
            }
        }
    }

    public func addSearchSegment(_ segment: Data, documents: [String]) async throws -> Bool {
        try await failing("cannot save the search index") {
            try await writer.write { db in
                for chunk in SQL.chunks(documents) {
                    let taken = try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM search_documents WHERE document_id IN \(SQL.marks(chunk))",
                        arguments: StatementArguments(chunk))
                    if taken ?? 0 > 0 { return false }
                }
                try db.execute(
                    sql: "INSERT INTO search_segments (segment, documents) VALUES (?, ?)",
                    arguments: [segment, documents.count])
                let id = db.lastInsertedRowID
                let insert = try db.makeStatement(
                    sql: "INSERT INTO search_documents (document_id, segment_id) VALUES (?, ?)")
                for document in documents { try insert.execute(arguments: [document, id]) }
                return true
            }
        }
    }

    public func replaceSearchSegments(with segment: Data, expecting: Int) async throws -> Bool {
        try await failing("cannot save the search index") {
            try await writer.write { db in
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_segments") ?? 0
                guard count == expecting else { return false }
                let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_documents") ?? 0
                try db.execute(sql: "DELETE FROM search_segments")
                try db.execute(
                    sql: "INSERT INTO search_segments (segment, documents) VALUES (?, ?)",
                    arguments: [segment, documents])
                try db.execute(sql: "UPDATE search_documents SET segment_id = ?", arguments: [db.lastInsertedRowID])
                return true
            }
        }
    }
}
