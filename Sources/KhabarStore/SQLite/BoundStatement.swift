import Foundation
import GRDB
import GRDBSQLite

/// A cached GRDB statement bound and run through SQLite's C interface, for the pipeline's bulk inserts:
/// binding a row this way builds no argument array and no `DatabaseValue` per column, which is most of
/// the cost of a small insert through GRDB's arguments. Every value is still bound, never spliced into SQL.
struct BoundStatement {
    private let statement: Statement
    private let db: Database
    private var column: Int32 = 0

    /// The cached statement for `sql` on this connection.
    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        self.db = db
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }

    /// SQLite copies the bytes it is given (the buffers are short-lived).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds the next parameter.
    mutating func bind(_ value: Int) {
        column += 1
        sqlite3_bind_int64(handle, column, Int64(value))
    }

    mutating func bind(_ value: Int64) {
        column += 1
        sqlite3_bind_int64(handle, column, value)
    }

    mutating func bind(_ value: UInt64) { bind(Int64(bitPattern: value)) }

    mutating func bind(_ value: Bool) { bind(value ? 1 : 0) }

    mutating func bind(_ value: Double) {
        column += 1
        sqlite3_bind_double(handle, column, value)
    }

    mutating func bind(_ value: String?) {
        column += 1
        guard var text = value else {
            sqlite3_bind_null(handle, column)
            return
        }
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, column, $0, Int32(bytes.count), Self.transient)
                }
            } else {
                sqlite3_bind_text(handle, column, "", 0, Self.transient)
            }
        }
    }

    mutating func bind(_ value: Int?) {
        guard let value else {
            column += 1
            sqlite3_bind_null(handle, column)
            return
        }
        bind(value)
    }

    /// Binds 32-bit values as a little-endian blob.
    mutating func bind(blob values: [UInt32]) {
        column += 1
        values.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(
                handle, column, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient
            )
        }
    }

    /// Binds bytes as a blob.
    mutating func bind(blob data: Data) {
        column += 1
        data.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(
                handle, column, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient
            )
        }
    }

    /// Runs the statement with the values bound, handing each row to `body`, then makes it ready again.
    mutating func forEachRow(_ body: (ResultRow) throws -> Void) throws {
        column = 0
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                    sql: statement.sql)
            }
            try body(ResultRow(handle: handle))
        }
    }

    /// Runs the statement with the values bound, then makes it ready for the next row.
    mutating func run() throws {
        let code = sqlite3_step(handle)
        column = 0
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}

/// One row of a result, read column by column (0-based) through SQLite's C interface.
struct ResultRow {
    let handle: SQLiteStatement

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// A blob of 32-bit little-endian values.
    func words(_ column: Int32) -> [UInt32] {
        let count = Int(sqlite3_column_bytes(handle, column)) / 4
        guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return [] }
        return (0..<count).map { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
    }
}
