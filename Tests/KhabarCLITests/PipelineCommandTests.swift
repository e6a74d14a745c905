import Foundation
import GRDB
import Testing

/// The one pipeline as users meet it: `analyze` reports what `ingest` stores, two ingests may share a new
/// database, and the store's stored shapes are consistent.
@Suite("one pipeline from the command line", .serialized)
struct PipelineCommandTests {
    /// The report sections that come from linking and annotation, as JSON values to compare.
    func sections(_ output: String) throws -> [String: String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        var result: [String: String] = [:]
        for name in ["duplicates", "passages", "entities", "quotes", "dates", "stories"] {
            let value = try #require(object[name])
            let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
            result[name] = String(decoding: data, as: UTF8.self)
        }
        let documents = try #require(object["documents"] as? [[String: Any]])
        result["documents"] = documents.compactMap { $0["id"] as? String }.joined(separator: ",")
        return result
    }

    static let samples = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/samples/hindi-news").path

    @Test("analyze --json in memory reports exactly what ingest stored, for the demo corpus and the samples")
    func analyzeEqualsIngest() throws {
        var corpora = [["Examples/news", "Examples/feed.jsonl"]]
        if FileManager.default.fileExists(atPath: Self.samples) { corpora.append([Self.samples]) }
        for paths in corpora {
            let memory = try CLI.run(["analyze", "--json"] + paths)
            #expect(memory.status == 0, "\(memory.stderr)")
            let db = CLI.temporary("same.sqlite").path
            let ingest = try CLI.run(["ingest", "--db", db] + paths)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            // Analyzing the same inputs against the store reads every record back from it (all are stored).
            let stored = try CLI.run(["analyze", "--json", "--db", db] + paths)
            #expect(stored.status == 0, "\(stored.stderr)")
            let a = try sections(memory.stdout)
            let b = try sections(stored.stdout)
            for name in ["documents", "duplicates", "passages", "entities", "quotes", "dates", "stories"] {
                #expect(a[name] == b[name], "\(name) differs for \(paths)")
            }
            // Every document is in exactly one story, named by its first article.
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(memory.stdout.utf8)) as? [String: Any])
            let stories = try #require(report["stories"] as? [[String: Any]])
            let documents = try #require(report["documents"] as? [[String: Any]])
            let placed = stories.flatMap { $0["documents"] as? [String] ?? [] }
            #expect(placed.count == documents.count && Set(placed).count == documents.count)
            #expect(stories.allSatisfy { ($0["documents"] as? [String])?.first == $0["id"] as? String })
            #expect(a["entities"]?.count ?? 0 > 100 && a["quotes"]?.count ?? 0 > 100)
        }
    }

    @Test("two ingests started together on a new database both finish, and nothing is stored twice")
    func concurrentIngests() throws {
        for _ in 0..<16 {
            let db = CLI.temporary("together.sqlite").path
            let first = try CLI.start(["ingest", "--db", db, "Examples/news"])
            let second = try CLI.start(["ingest", "--db", db, "Examples/feed.jsonl", "Examples/news"])
            let a = try first.wait()
            let b = try second.wait()
            #expect(a.status == 0, "\(a.stderr)")
            #expect(b.status == 0, "\(b.stderr)")
            let list = try CLI.run(["list", "--db", db, "--json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 17)
            try consistentEntities(db)
        }
    }

    /// Every identifying key names one entity, and each entity's mention count is its stored mentions.
    func consistentEntities(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            let shared = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM (SELECT key FROM entity_keys WHERE key LIKE 'k|%'
                    GROUP BY key HAVING count(DISTINCT entity_id) > 1)
                    """)
            #expect(shared == 0)
            let unindexed = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM entities e
                    WHERE e.mention_count != (SELECT coalesce(sum(x.mentions), 0) FROM entity_documents x
                                              WHERE x.entity_id = e.id)
                    """)
            #expect(unindexed == 0)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
        }
    }

    @Test("an ingest killed at random and run again stores every article once, linked as a clean run links them")
    func killedAndResumed() throws {
        let feed = CLI.temporary("feed.jsonl")
        try Synthetic.feed(articles: 1500, to: feed)
        defer { try? FileManager.default.removeItem(at: feed) }
        let clean = CLI.temporary("clean.sqlite").path
        #expect(try CLI.run(["ingest", "--db", clean, feed.path]).status == 0)
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<2 {
            let db = CLI.temporary("killed.sqlite").path
            let run = try CLI.start(["ingest", "--db", db, feed.path])
            Thread.sleep(forTimeInterval: Double.random(in: 0.2...1.0, using: &generator))
            kill(run.process.processIdentifier, SIGKILL)
            _ = try run.wait()
            let again = try CLI.run(["ingest", "--db", db, "--json", feed.path])
            #expect(again.status == 0, "attempt \(attempt): \(again.stderr)")
            try expectSameLinks(db, clean)
            try consistentEntities(db)
        }
    }

    /// The documents, copies and passages of two stores are the same.
    func expectSameLinks(_ a: String, _ b: String) throws {
        func read(_ path: String) throws -> [String] {
            try DatabaseQueue(path: path).read { db in
                [
                    try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id").joined(separator: ","),
                    try String.fetchAll(
                        db, sql: "SELECT document_id || original_id || kind FROM duplicates ORDER BY 1"
                    ).joined(separator: ","),
                    try String.fetchAll(
                        db,
                        sql:
                            "SELECT passage_id || document_id || start || ':' || \"end\" FROM passage_occurrences ORDER BY 1"
                    ).joined(separator: ","),
                ]
            }
        }
        let left = try read(a)
        let right = try read(b)
        #expect(left[0] == right[0], "documents differ")
        #expect(left[1] == right[1], "copies differ")
        #expect(left[2] == right[2], "passages differ")
    }

    @Test("a passage many articles reprint is stored once with its copies, not as every pair")
    func syndicationIsLinear() throws {
        let feed = CLI.temporary("wire.jsonl")
        try Synthetic.wire(copies: 40, to: feed)
        defer { try? FileManager.default.removeItem(at: feed) }
        let db = CLI.temporary("wire.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, feed.path]).status == 0)
        try DatabaseQueue(path: db).read { db in
            let passages = try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0
            let occurrences = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage_occurrences") ?? 0
            let widest =
                try Int.fetchOne(
                    db, sql: "SELECT max(n) FROM (SELECT count(*) AS n FROM passage_occurrences GROUP BY passage_id)")
                ?? 0
            // 40 articles share a wire paragraph: one passage with 40 occurrences (every pair would be 780).
            #expect(widest == 40)
            #expect(occurrences <= 40 * 4, "\(occurrences) occurrences for \(passages) passages")
        }
    }
}

/// Articles made up for tests (our own sentences, varied by number).
enum Synthetic {
    static let sentences = [
        "नगर निगम ने शहर की सड़कों की मरम्मत के लिए नई योजना शुरू की है।",
        "अधिकारियों के अनुसार काम अगले महीने के अंत तक पूरा कर लिया जाएगा।",
        "स्थानीय व्यापारियों ने कहा कि बाजार में ग्राहकों की संख्या बढ़ रही है।",
        "मौसम विभाग ने अगले तीन दिनों में हल्की बारिश की संभावना जताई है।",
        "विद्यालयों में नए सत्र की तैयारियां जोरों पर चल रही हैं।",
        "The district administration said the new bridge would open to traffic next week.",
    ]

    /// `articles` JSON Lines records: each a different mix of sentences with its own numbers; every tenth
    /// is a copy of the one before.
    static func feed(articles: Int, to url: URL) throws {
        var lines: [String] = []
        var previous = ""
        for k in 0..<articles {
            var text = ""
            if k % 10 == 9 {
                text = previous
            } else {
                for s in 0..<8 {
                    let sentence = sentences[(k * 7 + s * 3) % sentences.count]
                    text += "\(sentence) संख्या \(k * 13 + s) और \(k % 97) वर्ष।\n"
                }
            }
            previous = text
            let escaped = text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\"", with: "\\\"")
            lines.append("{\"id\": \"s\(k)\", \"text\": \"\(escaped)\"}")
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    /// `copies` articles that each have their own opening and closing and print the same wire paragraph.
    static func wire(copies: Int, to url: URL) throws {
        let paragraph =
            "राज्य सरकार ने बाढ़ प्रभावित जिलों के लिए राहत पैकेज की घोषणा की है जिसके तहत हर परिवार को तत्काल सहायता "
            + "राशि दी जाएगी और क्षतिग्रस्त घरों की मरम्मत के लिए अलग से अनुदान मिलेगा।"
        var lines: [String] = []
        for k in 0..<copies {
            let opening = "संवाददाता \(k) की रिपोर्ट: जिले \(k) के गांवों में पानी उतरने लगा है और लोग लौट रहे हैं।"
            let closing = "स्थानीय प्रशासन \(k) ने बताया कि \(k * 3) शिविर अब भी चल रहे हैं और \(k * 11) लोग वहां रह रहे हैं।"
            let text = "\(opening)\\n\(paragraph)\\n\(closing)"
            lines.append("{\"id\": \"w\(k)\", \"text\": \"\(text)\"}")
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }
}
