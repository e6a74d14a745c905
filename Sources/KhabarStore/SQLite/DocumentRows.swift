import Foundation
import GRDB
import KhabarCore
import KhabarText

/// Turning documents into rows and back. Every value is bound as an argument, never spliced into SQL.
enum DocumentRows {
    /// Inserts a document and its removed pieces unless its id is stored already.
    ///
    /// - Returns: whether it was inserted.
    static func insert(_ document: Document, into db: Database) throws -> Bool {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO documents (
                    id, source_key, source_kind, source_path, source_line, external_id, url, outlet, title,
                    title_from_text, published, published_instant, language, text, original, dateline_place,
                    dateline_agency, dateline_text, source_hash, content_hash, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                document.id, document.source.key, document.source.kind.rawValue, document.source.path,
                document.source.line, document.source.externalID, document.url, document.outlet, document.title,
                document.titleFromText, document.published?.iso, document.published?.approximateInstant,
                document.language.rawValue, document.text, Data(document.original.utf8), document.dateline?.place,
                document.dateline?.agency, document.dateline?.text, document.sourceHash, document.contentHash,
                timestamp(document.ingestedAt ?? Date()),
            ])
        guard db.changesCount > 0 else { return false }
        for (position, piece) in document.removed.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO removed_pieces (document_id, position, reason, text, start, "end", detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    document.id, position, piece.reason.rawValue, piece.text, piece.start, piece.end, piece.detail,
                ])
        }
        return true
    }

    static func fetch(id: String, from db: Database) throws -> Document? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return try document(row, removed: removed(of: id, from: db))
    }

    static func fetchAll(from db: Database) throws -> [Document] {
        var pieces: [String: [RemovedPiece]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM removed_pieces ORDER BY document_id, position") {
            let id: String = row["document_id"]
            pieces[id, default: []].append(try piece(row))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY rowid").map { row in
            try document(row, removed: pieces[row["id"]] ?? [])
        }
    }

    static func summaries(offset: Int, limit: Int, from db: Database) throws -> [DocumentSummary] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, d.source_path, d.source_line, d.external_id, d.title, d.published, d.language, d.outlet,
                       length(d.text) AS characters,
                       (SELECT count(*) FROM removed_pieces r WHERE r.document_id = d.id) AS removed
                FROM documents d ORDER BY d.rowid LIMIT ? OFFSET ?
                """,
            arguments: [limit, offset]
        ).map { row in
            let path: String = row["source_path"]
            let line: Int? = row["source_line"]
            let external: String? = row["external_id"]
            let source = external ?? (line.map { "\(path):\($0)" } ?? path)
            return DocumentSummary(
                id: row["id"], source: source, title: row["title"], published: row["published"],
                language: row["language"], outlet: row["outlet"], characters: row["characters"], removed: row["removed"]
            )
        }
    }

    static func removed(of id: String, from db: Database) throws -> [RemovedPiece] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM removed_pieces WHERE document_id = ? ORDER BY position", arguments: [id]
        )
        .map(piece)
    }

    static func piece(_ row: Row) throws -> RemovedPiece {
        let reasonText: String = row["reason"]
        guard let reason = RemovalReason(rawValue: reasonText) else {
            throw StoreError(.corrupt, database: "", "unknown removal reason \(reasonText)")
        }
        return RemovedPiece(
            text: row["text"], reason: reason, start: row["start"], end: row["end"], detail: row["detail"])
    }

    static func document(_ row: Row, removed: [RemovedPiece]) throws -> Document {
        let id: String = row["id"]
        let kindText: String = row["source_kind"]
        let languageText: String = row["language"]
        guard let kind = Source.Kind(rawValue: kindText), let language = Language(rawValue: languageText) else {
            throw StoreError(.corrupt, database: "", "document \(id) has an unknown source kind or language")
        }
        let source = Source(
            kind: kind, path: row["source_path"], line: row["source_line"], externalID: row["external_id"],
            key: row["source_key"])
        let published: String? = row["published"]
        let place: String? = row["dateline_place"]
        let agency: String? = row["dateline_agency"]
        let datelineText: String? = row["dateline_text"]
        let ingested: String = row["ingested_at"]
        let original: Data = row["original"]  // bytes, so that nothing in the text can be cut short
        return Document(
            id: id, source: source, title: row["title"], titleFromText: row["title_from_text"],
            published: published.flatMap(PublicationDate.init(iso:)), outlet: row["outlet"], url: row["url"],
            language: language, text: row["text"], removed: removed,
            dateline: datelineText.map { Dateline(place: place, agency: agency, text: $0) },
            sourceHash: row["source_hash"], contentHash: row["content_hash"],
            original: String(decoding: original, as: UTF8.self),
            ingestedAt: parseTimestamp(ingested))
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func parseTimestamp(_ text: String) -> Date? {
        try? Date(
            text,
            strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)
                .timeZone(separator: .omitted))
    }
}
