import ArgumentParser
import Foundation
import KhabarStore

/// `--db PATH`: which database a command uses.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "The SQLite database (default: $KHABAR_DB, else ~/.khabar/khabar.sqlite).")
    var path: String?

    /// The database path to use: --db, else $KHABAR_DB, else the default.
    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["KHABAR_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? SQLiteStore.defaultPath
    }

    /// Opens the store.
    func open() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: resolvedPath)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure the CLI reports as one line on standard error, exiting with status 2.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension StoreReader {
    /// The reader the commands use: the shipped models on every core.
    static var standard: StoreReader {
        StoreReader(parallelism: ProcessInfo.processInfo.activeProcessorCount)
    }
}
