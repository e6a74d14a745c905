import Foundation
import Testing

/// Runs the built `khabar` binary as a user would: exit codes, messages, files.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle (swift build --build-tests builds it), else under .build/debug.
    static var binary: URL {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khabar")
        if FileManager.default.isExecutableFile(atPath: bundle.path) { return bundle }
        return root.appendingPathComponent(".build/debug/khabar")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let running = try start(arguments, stdin: stdin)
        return try running.wait()
    }

    /// A `khabar` process started and not yet waited for.
    struct Running {
        let process: Process
        let outFile: URL
        let errFile: URL

        /// Waits for the process and reads what it printed.
        func wait() throws -> Result {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: outFile)
                try? FileManager.default.removeItem(at: errFile)
            }
            return Result(
                status: process.terminationStatus, stdout: try String(contentsOf: outFile, encoding: .utf8),
                stderr: try String(contentsOf: errFile, encoding: .utf8))
        }
    }

    /// Starts `khabar` with these arguments.
    static func start(_ arguments: [String], stdin: Data? = nil) throws -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        // Output goes to files, so a large output can never block the child on a full pipe.
        let outFile = temporary("out")
        let errFile = temporary("err")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        return Running(process: process, outFile: outFile, errFile: errFile)
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-\(UUID().uuidString)-\(name)")
    }
}

@Suite("khabar command line", .serialized)
struct CommandLineTests {
    @Test("ingest the demo corpus, then again: the second run adds nothing")
    func ingestTwice() throws {
        let db = CLI.temporary("db.sqlite").path
        let first = try CLI.run(["ingest", "--db", db, "--json", "Examples/news", "Examples/feed.jsonl"])
        #expect(first.status == 0, "\(first.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 17)
        let second = try CLI.run(["ingest", "--db", db, "--json", "Examples/news", "Examples/feed.jsonl"])
        let again = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(again["added"] as? Int == 0)
        #expect(again["unchanged"] as? Int == 17)
        #expect(again["stored"] as? Int == 17)
        let list = try CLI.run(["list", "--db", db, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 17)
        let id = try #require(rows.first?["id"] as? String)
        let show = try CLI.run(["show", "--db", db, String(id.prefix(8))])
        #expect(show.status == 0)
        #expect(show.stdout.contains("removed ("))
        let missing = try CLI.run(["show", "--db", db, "zzzz"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no article with an id starting zzzz"))
    }

    @Test("bad inputs are named one per line, the rest is stored, and the exit status says so")
    func badInputs() throws {
        let folder = CLI.temporary("bad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0xFF, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data([0x41, 0xE9, 0x42]).write(to: folder.appendingPathComponent("latin1.txt"))
        try Data("अच्छा लेख जो पढ़ा जाएगा।".utf8).write(to: folder.appendingPathComponent("good.txt"))
        let feed = folder.appendingPathComponent("feed.jsonl")
        // A 100 MB single line between two good records.
        let handle = try { () throws -> FileHandle in
            _ = FileManager.default.createFile(atPath: feed.path, contents: nil)
            return try FileHandle(forWritingTo: feed)
        }()
        handle.write(Data("{\"id\": \"ok1\", \"text\": \"पहला अच्छा रिकॉर्ड।\"}\n{\"text\": \"".utf8))
        let block = Data(repeating: 0x61, count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        handle.write(Data("\"}\nnot json\n{\"id\": \"no-text\"}\n{\"id\": \"ok2\", \"text\": \"दूसरा अच्छा रिकॉर्ड।\"}\n".utf8))
        try handle.close()

        let db = CLI.temporary("db.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, "--json", folder.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("rejected: ") }
        #expect(lines.count == 6, "\(result.stderr)")
        #expect(lines.contains { $0.contains("empty.txt: empty") })
        #expect(lines.contains { $0.contains("binary.txt: binary") })
        #expect(lines.contains { $0.contains("latin1.txt: not valid UTF-8") })
        #expect(lines.contains { $0.contains("feed.jsonl:2: 100.0 MiB is over the 32 MiB limit") })
        #expect(lines.contains { $0.contains("feed.jsonl:3: not a JSON object") })
        #expect(lines.contains { $0.contains("feed.jsonl:4: the record has no \"text\" field") })
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 3)
        #expect(summary["rejected"] as? Int == 6)
        // Ingesting again: nothing lost, nothing duplicated.
        let again = try CLI.run(["ingest", "--db", db, "--json", folder.path])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(second["stored"] as? Int == 3)
    }

    @Test("standard input: a text article, or JSON Lines")
    func standardInput() throws {
        let db = CLI.temporary("db.sqlite").path
        let text = try CLI.run(["ingest", "--db", db, "--json", "-"], stdin: Data("मानक इनपुट से आया लेख।\n".utf8))
        #expect(text.status == 0, "\(text.stderr)")
        let lines = Data("{\"id\": \"s1\", \"text\": \"पहला\"}\n{\"id\": \"s2\", \"text\": \"दूसरा\"}\n".utf8)
        let json = try CLI.run(["ingest", "--db", db, "--json", "-"], stdin: lines)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 2)
        #expect(summary["stored"] as? Int == 3)
        // Nothing could be done: status 2.
        let empty = try CLI.run(["ingest", "--db", db, "-"], stdin: Data())
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("-: standard input is empty"))
    }

    @Test("analyze --json prints the report format of ARCHITECTURE.md")
    func analyzeReport() throws {
        let result = try CLI.run(["analyze", "--json", "Examples/news"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for section in ["documents", "duplicates", "passages", "stories", "entities", "quotes", "dates"] {
            #expect(report[section] is [Any], "missing \(section)")
        }
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(documents.count == 12)
        for document in documents {
            for field in ["id", "source", "title", "published", "language", "text", "removed"] {
                #expect(document.keys.contains(field), "missing \(field)")
            }
            #expect(["hi", "en", "mixed"].contains(document["language"] as? String ?? ""))
            for piece in document["removed"] as? [[String: Any]] ?? [] {
                #expect(piece["text"] is String && piece["reason"] is String)
            }
        }
        let flood = try #require(
            documents.first { ($0["source"] as? String)?.hasSuffix("hi-flood-patna-1.txt") == true })
        #expect(flood["published"] as? String == "2026-07-03T14:22:10")
        #expect((flood["removed"] as? [[String: Any]])?.count == 5)
    }

    @Test("entities and quotes: read on ingest, listed, looked up by name in either script, as JSON")
    func entitiesAndQuotes() throws {
        let db = CLI.temporary("entities.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db, "Examples/news"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("entity mentions"))
        let list = try CLI.run(["entities", "--db", db, "--json", "--type", "place"])
        #expect(list.status == 0, "\(list.stderr)")
        let places = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(!places.isEmpty && places.allSatisfy { $0["type"] as? String == "place" })
        let patna = try #require(places.first { $0["latin"] as? String == "Patna" })
        #expect((patna["documents"] as? Int ?? 0) >= 3)
        let byLatin = try CLI.run(["entities", "--db", db, "patna"])
        #expect(byLatin.status == 0 && byLatin.stdout.contains("पटना"), "\(byLatin.stderr)")
        let badType = try CLI.run(["entities", "--db", db, "--type", "planet"])
        #expect(badType.status != 0 && badType.stderr.contains("--type"))
        let unknown = try CLI.run(["entities", "--db", db, "कोईनहीं"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no entity named"))
        let quotes = try CLI.run(["quotes", "--db", db, "--json"])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(quotes.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count > 5)
        #expect(
            rows.allSatisfy { $0["text"] is String && ["direct", "indirect"].contains($0["kind"] as? String ?? "") })
    }

    @Test("every command explains itself with an example")
    func help() throws {
        for command in [
            [], ["ingest"], ["list"], ["show"], ["analyze"], ["entities"], ["quotes"], ["dups"], ["bench"],
            ["bench", "text"], ["bench", "ingest"],
        ] {
            let result = try CLI.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"), "\(command)")
        }
    }

    @Test("a database path that cannot be created is one clear error")
    func badDatabase() throws {
        let result = try CLI.run(["list", "--db", "/proc/nope/k.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/proc/nope/k.sqlite"))
        #expect(result.stderr.split(separator: "\n").count <= 2)
    }
}
