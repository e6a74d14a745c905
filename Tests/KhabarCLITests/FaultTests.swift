import Foundation
import GRDB
import Testing

/// What a probe of the command line found, each now one clear message and the right exit status, with
/// nothing lost, duplicated, created or written by mistake.
@Suite("faults and bad input at the command line", .serialized)
struct FaultTests {
    @Test("commands that only read never create a database or its folder; a missing one is one line, status 2")
    func readOnlyCommands() throws {
        let folder = CLI.temporary("typo")
        let path = folder.appendingPathComponent("x.sqlite").path
        for command in [["list"], ["show", "abc"], ["dups"], ["entities"], ["quotes"]] {
            let result = try CLI.run(command + ["--db", path])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains(path) && result.stderr.contains("no database"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("a database from a newer Khabar is refused by every command, and nothing is written to it")
    func newerDatabase() throws {
        let db = CLI.temporary("newer.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "Examples/news"]).status == 0)
        try DatabaseQueue(path: db).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = 99")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for command in [["list"], ["ingest", "Examples/feed.jsonl"], ["entities"]] {
            let result = try CLI.run(command + ["--db", db])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("newer Khabar"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test("a store with a column dropped by hand is one clear error naming it, not a crash")
    func alteredSchema() throws {
        let db = CLI.temporary("altered.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "Examples/news"]).status == 0)
        try DatabaseQueue(path: db).write { try $0.execute(sql: "ALTER TABLE quotes DROP COLUMN speaker_text") }
        let result = try CLI.run(["quotes", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("quotes") && result.stderr.contains("speaker_text"), "\(result.stderr)")
    }

    @Test("flags out of range are refused before anything runs")
    func badFlags() throws {
        let db = CLI.temporary("flags.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "Examples/feed.jsonl"]).status == 0)
        let negative = try CLI.run(["list", "--db", db, "--limit=-5"])
        #expect(negative.status == 64 && negative.stderr.contains("--limit"))
        let huge = String(repeating: "क", count: 40_000)  // 120 KB: near the kernel's limit for one argument
        let clock = ContinuousClock()
        let started = clock.now
        let name = try CLI.run(["entities", "--db", db, huge])
        #expect(clock.now - started < .seconds(3))
        #expect(name.status != 0 && name.stderr.contains("at most 200 characters"))
    }

    @Test("show takes an article's JSON Lines id as well as its Khabar id")
    func showByRecordID() throws {
        let db = CLI.temporary("show.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "Examples/feed.jsonl"]).status == 0)
        let feed = try String(contentsOf: CLI.root.appendingPathComponent("Examples/feed.jsonl"), encoding: .utf8)
        let first = try #require(feed.split(separator: "\n").first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let id = try #require(record["id"] as? String)
        let shown = try CLI.run(["show", "--db", db, "--json", id])
        #expect(shown.status == 0, "\(shown.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(document["externalID"] as? String == id)
    }

    @Test("links that loop, FIFOs, UTF-16 files and dates that are not dates are each named, the rest stored")
    func awkwardInputs() throws {
        let folder = CLI.temporary("awkward")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("एक अच्छा लेख जो पढ़ा जाएगा।".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("again").path, withDestinationPath: ".")
        #expect(mkfifo(folder.appendingPathComponent("pipe.jsonl").path, 0o600) == 0)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "हिंदी".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(utf16).write(to: folder.appendingPathComponent("wide.txt"))
        try Data("{\"id\": \"d1\", \"text\": \"तारीख वाला लेख।\", \"published\": \"not a date\"}\n".utf8).write(
            to: folder.appendingPathComponent("dated.jsonl"))
        let db = CLI.temporary("awkward.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, "--json", folder.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains { $0.contains("pipe.jsonl") && $0.contains("FIFO") })
        #expect(lines.contains { $0.contains("wide.txt") && $0.contains("UTF-16LE") && $0.contains("iconv") })
        #expect(lines.contains { $0.hasPrefix("warning:") && $0.contains("not a date") })
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["stored"] as? Int == 2)
    }
}
