import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore
import KhabarText
import Testing

extension Support {
    /// ../shared/data/hindi-news-2020, when the shared folder is beside the checkout.
    static let newsCorpus = root.deletingLastPathComponent().appendingPathComponent(
        "shared/data/hindi-news-2020/articles.jsonl")
    static var newsCorpusPresent: Bool { FileManager.default.fileExists(atPath: newsCorpus.path) }
}

/// `khabar entities` after ingesting a month of real news (../shared/data/hindi-news-2020, when present):
/// the failures a newsroom saw there, each asserted away.
@Suite("entities across a real corpus", .enabled(if: Support.newsCorpusPresent))
struct CorpusEntityTests {
    static let corpus = Support.newsCorpus

    /// The entities listed after one ingest of the corpus (made once for the suite).
    static let listed = Task { () throws -> [EntitySummary] in
        let store = try SQLiteStore()
        _ = try await Support.pipeline(batchSize: 2048).run(paths: [corpus.path], into: store)
        return try await store.entitySummaries(type: nil, limit: 100_000)
    }

    func names(_ summary: EntitySummary) -> Set<String> {
        Set(summary.entity.aliases.compactMap { $0.split(separator: "|", maxSplits: 1).last.map(String.init) })
            .union([MatchKey.of(summary.entity.name)])
    }

    @Test("a disease, common nouns and a verb are no entity and no entity's short form")
    func commonWords() async throws {
        let listed = try await Self.listed.value
        for word in ["कोरोना", "मरीज", "सैंपल", "जोन", "प्रदेश", "गया", "कोविड", "COVID"] {
            let holders = listed.filter { names($0).contains(MatchKey.of(word)) }
            #expect(holders.isEmpty, "\(word): \(holders.map(\.entity.name))")
        }
    }

    @Test("नरेंद्र मोदी is shown as himself, with his Latin form, apart from सुशील कुमार मोदी")
    func twoModis() async throws {
        let listed = try await Self.listed.value
        let narendra = try #require(listed.first { $0.entity.name == "नरेंद्र मोदी" })
        #expect(narendra.entity.latin == "Narendra Modi")
        #expect(narendra.entity.type == .person)
        #expect(!names(narendra).contains(MatchKey.of("सुशील कुमार मोदी")))
        #expect(!listed.contains { $0.entity.name == "सुशील कुमार मोदी" && $0.entity.english == "Narendra Modi" })
    }

    @Test("a religious group and hospitals are organisations, not persons; places get their English names")
    func typesAndLatin() async throws {
        let listed = try await Self.listed.value
        func named(_ name: String) -> EntitySummary? {
            listed.filter { names($0).contains(MatchKey.of(name)) }.max { $0.mentions < $1.mentions }
        }
        #expect(named("तब्लीगी जमात")?.entity.type == .organization)
        let people = listed.filter { $0.entity.type == .person }.map(\.entity.name)
        for head in ["जमात", "मेडिकल", "अस्पताल", "कॉलेज", "जोन"] {
            #expect(!people.contains { $0.split(separator: " ").last.map(String.init) == head }, "\(head)")
        }
        #expect(listed.first { $0.entity.name == "इटली" }?.entity.latin == "Italy")
        #expect(listed.first { $0.entity.name == "स्वास्थ्य मंत्रालय" }.map { $0.entity.latin != "MoHAP" } ?? true)
        // Shown as the gazetteer writes it, whichever form an article used.
        #expect(named("आईसीएमआर")?.entity.name == "भारतीय आयुर्विज्ञान अनुसंधान परिषद")
        #expect(named("गुड़गांव")?.entity.name == "गुरुग्राम")
    }
}
