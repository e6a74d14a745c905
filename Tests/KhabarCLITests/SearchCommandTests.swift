import Foundation
import Testing

/// `khabar search` on the demo corpus: cross-script, phrases, filters, JSON shape, hostile queries.
@Suite("khabar search")
struct SearchCommandTests {
    @Test("finds articles in any script and spelling, groups by story, filters, and refuses an empty query clearly")
    func search() throws {
        let db = CLI.temporary("search.sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        #expect(try CLI.run(["ingest", "--db", db, "Examples/news", "Examples/feed.jsonl"]).status == 0)
        // मेट्रो in Devanagari finds the Hindi metro articles; the JSON shape is the API's.
        let metro = try CLI.run(["search", "--db", db, "--json", "मेट्रो"])
        #expect(metro.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(metro.stdout.utf8)) as? [String: Any]
        let results = object?["results"] as? [[String: Any]] ?? []
        #expect((object?["total"] as? Int ?? 0) >= 3)
        #expect(results.allSatisfy { ($0["snippet"] as? String ?? "").contains("मेट्रो") })
        #expect(results.allSatisfy { $0["story"] is String && $0["document"] is String && $0["score"] is Double })
        // A filter keeps only English articles; the one about the metro ranks first.
        let english = try CLI.run(["search", "--db", db, "--json", "--language", "en", "Lucknow metro"])
        let englishResults =
            (try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])?["results"]
            as? [[String: Any]] ?? []
        #expect(!englishResults.isEmpty)
        let firstTitle = englishResults.first?["title"] as? String ?? ""
        #expect(firstTitle.contains("Metro"))
        let snippets = englishResults.map { $0["snippet"] as? String ?? "" }
        #expect(snippets.allSatisfy { text in !text.unicodeScalars.contains { (0x900...0x97F).contains($0.value) } })
        // Only articles that mention an entity, named in the other script.
        let lucknow = try CLI.run(["search", "--db", db, "--json", "--entity", "Lucknow", "मेट्रो"])
        let inLucknow =
            (try JSONSerialization.jsonObject(with: Data(lucknow.stdout.utf8)) as? [String: Any])?["results"]
            as? [[String: Any]] ?? []
        #expect(!inLucknow.isEmpty && inLucknow.count <= results.count)
        let unknown = try CLI.run(["search", "--db", db, "--entity", "Xyzzyville", "मेट्रो"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no entity named Xyzzyville"))
        // Per day, as CSV.
        let overTime = try CLI.run(["search", "--db", db, "--over-time", "--csv", "गंगा"])
        #expect(overTime.status == 0 && overTime.stdout.hasPrefix("day,outlet,matches,articles,share\n"))
        // Nothing to search for: a clear message, status 2.
        let empty = try CLI.run(["search", "--db", db, "\" - \""])
        #expect(empty.status == 2 && empty.stderr.contains("no words to search for"))
        let hostile = try CLI.run(["search", "--db", db, "<script>' OR 1=1; DROP TABLE documents; --"])
        #expect(hostile.status == 0)
        #expect(try CLI.run(["list", "--db", db]).status == 0)
    }
}
