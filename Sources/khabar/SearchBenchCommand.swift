import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest

struct SearchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search speed and quality: index build and 3-word OR queries over a replay; DPIL known-item MRR.",
        discussion: """
            Indexes the text of every article of --input on one thread (as the peers index it: the text
            field, no title), then runs each query of --queries (a JSON list of word lists, as
            ../shared/bench/peers.py leaves in its workdir) as an OR of its words, top 10, on one thread, three
            times, and reports the best pass. With --dpil, indexes both sentences of every pair of DPIL and
            asks side a of each paraphrase pair for side b (the peers' known-item test: the query's own text
            is skipped wherever it occurs), and reports MRR@10 and recall@10.

            Example:
              khabar bench search --input .build/bench/peers-work/replay-100000.jsonl \\
                --queries .build/bench/peers-work/search-queries.json --dpil ../shared/data/dpil-hindi/pairs.jsonl
            """
    )

    @Option(help: "Articles (JSON Lines).")
    var input: String?

    @Option(help: "Queries: a JSON list of word lists, or an object with one as its queries field.")
    var queries: String?

    @Option(help: "DPIL pairs (JSON Lines of {id, a, b, label}).")
    var dpil: String?

    func run() async throws {
        var result: [String: Any] = [:]
        if let input {
            let reader = InputReader()
            let (inputs, errors) = reader.plan([input])
            if let error = errors.first { throw CommandFailure(error.description) }
            var texts: [(id: String, text: String)] = []
            for planned in inputs {
                let cursor = reader.open(planned)
                while let event = try cursor.next() {
                    guard case .document(let raw) = event else { continue }
                    texts.append((raw.source.key, raw.text))
                }
            }
            let before = currentResidentBytes()
            var index = SearchIndex()
            let clock = ContinuousClock.now
            for (id, text) in texts { index.add(id: id, title: nil, text: text) }
            let built = seconds(ContinuousClock.now - clock)
            let after = currentResidentBytes()
            texts = []
            result["documents"] = index.count
            result["index_docs_per_s"] = Double(index.count) / max(built, 1e-9)
            result["index_seconds"] = built
            result["index_memory_mb"] = Double(after - before) / 1_048_576
            result["index_postings_mb"] = Double(index.postingBytes) / 1_048_576
            if let queries {
                let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: queries)))
                // A list of word lists, or the peers' {"queries": [...]}.
                var lists: Any = file
                if let object = file as? [String: Any], let inner = object["queries"] { lists = inner }
                guard let words = lists as? [[String]] else {
                    throw CommandFailure("\(queries) is not a list of word lists (nor an object with one as queries)")
                }
                var best = Double.infinity
                var hits = 0
                for _ in 0..<3 {
                    hits = 0
                    let start = ContinuousClock.now
                    for query in words {
                        hits += index.search(SearchQuery(query.joined(separator: " ")), limit: 10).hits.count
                    }
                    best = min(best, seconds(ContinuousClock.now - start))
                }
                result["queries"] = words.count
                result["queries_per_s"] = Double(words.count) / max(best, 1e-9)
                result["hits"] = hits
            }
        }
        if let dpil {
            result["dpil"] = try Self.dpil(dpil)
        }
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// DPIL known-item retrieval as the peers run it.
    static func dpil(_ path: String) throws -> [String: Any] {
        var sentences: [String] = []
        var queries: [(a: String, b: String)] = []
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let pair = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let a = pair["a"] as? String, let b = pair["b"] as? String
            else { throw CommandFailure("\(path): a line is not a DPIL pair") }
            sentences += [a, b]
            if pair["label"] as? String == "P" && a != b { queries.append((a, b)) }
        }
        var index = SearchIndex()
        for (k, sentence) in sentences.enumerated() { index.add(id: String(k), title: nil, text: sentence) }
        var reciprocal = 0.0
        var found = 0
        var empty = 0
        for (a, b) in queries {
            let query = SearchQuery(a)
            if query.isEmpty { empty += 1 }
            let ranked = index.search(query, limit: 20).hits.map { sentences[Int($0.document)] }.filter { $0 != a }
                .prefix(10)
            if let rank = ranked.firstIndex(of: b) {
                reciprocal += 1 / Double(rank - ranked.startIndex + 1)
                found += 1
            }
        }
        return [
            "queries": queries.count, "mrr10": reciprocal / Double(max(queries.count, 1)),
            "recall10": Double(found) / Double(max(queries.count, 1)), "empty_queries": empty,
        ]
    }
}
