import Foundation
import GRDB
import KhabarCore
import KhabarText

/// Turning documents into rows and back. Every value is bound as an argument, never spliced into SQL, and
/// every column is read with a throwing decode: a row that does not hold what Khabar wrote is an error,
/// never a crash.
enum DocumentRows {
    /// Inserts a document and its removed pieces.
    static func insert(_ document: Document, into db: Database) throws {
        var row = try BoundStatement(
            db,
            """
            INSERT INTO documents (
                id, source_key, source_kind, source_path, source_line, external_id, url, outlet, title,
                title_from_text, published, published_instant, language, text, original, dateline_place,
                dateline_agency, dateline_text, source_hash, content_hash, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        row.bind(document.id)
        row.bind(document.source.key)
        row.bind(document.source.kind.rawValue)
        row.bind(document.source.path)
        row.bind(document.source.line)
        row.bind(document.source.externalID)
        row.bind(document.url)
        row.bind(document.outlet)
        row.bind(document.title)
        row.bind(document.titleFromText)
        row.bind(document.published?.iso)
        row.bind(document.published?.approximateInstant)
        row.bind(document.language.rawValue)
        row.bind(document.text)
        row.bind(blob: Data(document.original.utf8))
        row.bind(document.dateline?.place)
        row.bind(document.dateline?.agency)
        row.bind(document.dateline?.text)
        row.bind(document.sourceHash)
        row.bind(document.contentHash)
        row.bind(timestamp(document.ingestedAt ?? Date()))
        try row.run()
        var pieces = try BoundStatement(
            db,
            """
            INSERT INTO removed_pieces (document_id, position, reason, text, start, "end", detail)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, piece) in document.removed.enumerated() {
            pieces.bind(document.id)
            pieces.bind(position)
            pieces.bind(piece.reason.rawValue)
            pieces.bind(piece.text)
            pieces.bind(piece.start)
            pieces.bind(piece.end)
            pieces.bind(piece.detail)
            try pieces.run()
        }
    }

    /// Documents by id, in the order they were stored.
    static func fetch(ids: [String], from db: Database) throws -> [Document] {
        var documents: [(sequence: Int64, document: Document)] = []
        for chunk in SQL.chunks(Array(Set(ids))) {
            var pieces: [String: [RemovedPiece]] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT * FROM removed_pieces WHERE document_id IN \(SQL.marks(chunk)) ORDER BY document_id, position",
                arguments: StatementArguments(chunk))
            {
                pieces[try row.decode(forColumn: "document_id"), default: []].append(try piece(row))
            }
            let rows = try Row.fetchAll(
                db, sql: "SELECT rowid AS sequence, * FROM documents WHERE id IN \(SQL.marks(chunk))",
                arguments: StatementArguments(chunk))
            for row in rows {
                let id: String = try row.decode(forColumn: "id")
                documents.append((try row.decode(forColumn: "sequence"), try document(row, removed: pieces[id] ?? [])))
            }
        }
        return documents.sorted { $0.sequence < $1.sequence }.map(\.document)
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
            let path: String = try row.decode(forColumn: "source_path")
            let line: Int? = try row.decode(forColumn: "source_line")
            let external: String? = try row.decode(forColumn: "external_id")
            let source = external ?? (line.map { "\(path):\($0)" } ?? path)
            return DocumentSummary(
                id: try row.decode(forColumn: "id"), source: source, title: try row.decode(forColumn: "title"),
                published: try row.decode(forColumn: "published"), language: try row.decode(forColumn: "language"),
                outlet: try row.decode(forColumn: "outlet"), characters: try row.decode(forColumn: "characters"),
                removed: try row.decode(forColumn: "removed"))
        }
    }

    static func piece(_ row: Row) throws -> RemovedPiece {
        let reasonText: String = try row.decode(forColumn: "reason")
        guard let reason = RemovalReason(rawValue: reasonText) else {
            throw StoreError(.corrupt, database: "", "unknown removal reason \(reasonText)")
        }
        return RemovedPiece(
            text: try row.decode(forColumn: "text"), reason: reason, start: try row.decode(forColumn: "start"),
            end: try row.decode(forColumn: "end"), detail: try row.decode(forColumn: "detail"))
    }

    static func document(_ row: Row, removed: [RemovedPiece]) throws -> Document {
        let id: String = try row.decode(forColumn: "id")
        let kindText: String = try row.decode(forColumn: "source_kind")
        let languageText: String = try row.decode(forColumn: "language")
        guard let kind = Source.Kind(rawValue: kindText), let language = Language(rawValue: languageText) else {
            throw StoreError(.corrupt, database: "", "document \(id) has an unknown source kind or language")
        }
        let source = Source(
            kind: kind, path: try row.decode(forColumn: "source_path"), line: try row.decode(forColumn: "source_line"),
            externalID: try row.decode(forColumn: "external_id"), key: try row.decode(forColumn: "source_key"))
        let published: String? = try row.decode(forColumn: "published")
        let place: String? = try row.decode(forColumn: "dateline_place")
        let agency: String? = try row.decode(forColumn: "dateline_agency")
        let datelineText: String? = try row.decode(forColumn: "dateline_text")
        let ingested: String = try row.decode(forColumn: "ingested_at")
        let original: Data = try row.decode(forColumn: "original")  // bytes, so nothing in the text is cut short
        return Document(
            id: id, source: source, title: try row.decode(forColumn: "title"),
            titleFromText: try row.decode(forColumn: "title_from_text"),
            published: published.flatMap(PublicationDate.init(iso:)), outlet: try row.decode(forColumn: "outlet"),
            url: try row.decode(forColumn: "url"), language: language, text: try row.decode(forColumn: "text"),
            removed: removed, dateline: datelineText.map { Dateline(place: place, agency: agency, text: $0) },
            sourceHash: try row.decode(forColumn: "source_hash"),
            contentHash: try row.decode(forColumn: "content_hash"),
            original: String(decoding: original, as: UTF8.self), ingestedAt: parseTimestamp(ingested))
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

/// Small SQL helpers.
enum SQL {
    /// Slices of at most 400 values, for `IN (…)` lists within SQLite's parameter limit.
    static func chunks<T>(_ values: [T]) -> [[T]] {
        stride(from: 0, to: values.count, by: 400).map { Array(values[$0..<min($0 + 400, values.count)]) }
    }

    /// `(?, ?, …)` for a list of values.
    static func marks<T>(_ values: [T]) -> String {
        "(" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
    }

    /// Little-endian bytes as 32-bit values.
    static func words(_ data: Data) -> [UInt32] {
        data.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map {
                UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
            }
        }
    }
}
