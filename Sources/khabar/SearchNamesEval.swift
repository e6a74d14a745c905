import ArgumentParser
import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore

struct SearchNamesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-names",
        abstract: "Cross-script search: Latin names against Hindi articles, beside the Devanagari name.",
        discussion: """
            Ingests the corpus in memory as `khabar ingest` does, indexes it as `khabar search` does, and asks
            for each entity of the gold (Evaluation/gold/hindi-news-2020-entities.json: names, Latin forms
            and every variant the corpus writes, labelled by reading) by its first Latin form and by its
            Devanagari name. An article is relevant when it writes any Devanagari variant of the entity (word
            for word). Scored over entities with at least 10 relevant articles: precision@10 of each query,
            with and without the entity names (without them is what a BM25 engine with Hindi-correct tokens
            can do with a Latin query).

            Example:
              khabar eval search-names --gold Evaluation/gold/hindi-news-2020-entities.json \\
                --corpus ../shared/data/hindi-news-2020/articles.jsonl --split held
            """
    )

    @Option(help: "The entity gold (JSON with entities: name, latin, variants, split).")
    var gold = "Evaluation/gold/hindi-news-2020-entities.json"

    @Option(help: "Articles (JSON Lines).")
    var corpus = "../shared/data/hindi-news-2020/articles.jsonl"

    @Option(help: "Only the gold's dev or held entities.")
    var split: String?

    @OptionGroup var analysis: AnalysisOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        guard
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: gold)))
                as? [String: Any], let entities = object["entities"] as? [[String: Any]]
        else { throw CommandFailure("\(gold) has no entities list") }
        let store = try SQLiteStore()
        let summary = try await analysis.pipeline().run(paths: [corpus], into: store, keepIDs: true)
        let documents = try await store.documents(ids: summary.ids)
        // The index the ingest stored, as `khabar search` reads it.
        guard let index = SearchIndex(segments: try await store.searchSegments()), index.count == documents.count
        else { throw CommandFailure("the ingest left no readable search index") }
        let position = Dictionary(
            index.entries.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        var sequences = [[UInt64]](repeating: [], count: index.count)
        for document in documents {
            if let k = position[document.id] {
                sequences[Int(k)] = SearchIndex.terms((document.title ?? "") + "\n" + document.text)
            }
        }
        func contains(_ sequence: [UInt64], _ phrase: [UInt64]) -> Bool {
            guard !phrase.isEmpty, sequence.count >= phrase.count else { return false }
            for start in 0...(sequence.count - phrase.count) where sequence[start] == phrase[0] {
                if Array(sequence[start..<(start + phrase.count)]) == phrase { return true }
            }
            return false
        }
        let sounds = try await SearchNames(store: store)
        func expansion(_ text: String) async throws -> [String: [String]] {
            try await sounds.expansion(text, store: store)
        }
        func precision(_ query: SearchQuery, _ relevant: Set<Int32>) -> Double {
            let hits = index.search(query, limit: 10).hits
            return Double(hits.count { relevant.contains($0.document) }) / 10
        }
        var rows: [[String: Any]] = []
        for entity in entities {
            if let split, entity["split"] as? String != split { continue }
            guard let name = entity["name"] as? String, let latin = (entity["latin"] as? [String])?.first,
                let variants = entity["variants"] as? [String]
            else { continue }
            let phrases = variants.filter { $0.unicodeScalars.contains { (0x900...0x97F).contains($0.value) } }
                .map { SearchIndex.terms($0) }.filter { !$0.isEmpty }
            let relevant = Set(
                sequences.indices.filter { k in phrases.contains { contains(sequences[k], $0) } }.map { Int32($0) })
            guard relevant.count >= 10 else { continue }
            let latinNames = try await expansion(latin)
            let hindiNames = try await expansion(name)
            rows.append([
                "entity": name, "latin": latin, "relevant": relevant.count,
                "latin_p10": precision(SearchQuery(latin, expand: { latinNames[$0] ?? [] }), relevant),
                "latin_p10_plain": precision(SearchQuery(latin), relevant),
                "hindi_p10": precision(SearchQuery(name, expand: { hindiNames[$0] ?? [] }), relevant),
            ])
        }
        func mean(_ key: String) -> Double {
            rows.isEmpty ? 0 : rows.reduce(0) { $0 + ($1[key] as? Double ?? 0) } / Double(rows.count)
        }
        let result: [String: Any] = [
            "entities": rows.count, "latin_p10": mean("latin_p10"), "latin_p10_without_names": mean("latin_p10_plain"),
            "hindi_p10": mean("hindi_p10"),
            "worst": rows.sorted { ($0["latin_p10"] as? Double ?? 0) < ($1["latin_p10"] as? Double ?? 0) }.prefix(8)
                .map { "\($0["latin"] ?? "") (\($0["entity"] ?? "")): \($0["latin_p10"] ?? 0)" },
        ]
        if json {
            let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(
            String(
                format: "%d entities with 10+ relevant articles: P@10 Latin query %.3f (without entity names %.3f), "
                    + "Devanagari query %.3f", rows.count, mean("latin_p10"), mean("latin_p10_plain"), mean("hindi_p10")
            ))
        for line in result["worst"] as? [String] ?? [] { print("  weakest: \(line)") }
    }
}
