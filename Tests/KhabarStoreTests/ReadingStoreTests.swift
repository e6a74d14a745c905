import Foundation
import KhabarCore
import Testing

@testable import KhabarStore

@Suite("Reading stored documents: entities, quotes and dates")
struct ReadingStoreTests {
    /// Every stored mention as "document entity-name start", and every quote as "document speaker-name start".
    func snapshot(_ store: SQLiteStore) async throws -> (mentions: Set<String>, quotes: Set<String>) {
        var mentions = Set<String>()
        let entities = try await store.canonicalEntities()
        for entity in entities {
            for mention in try await store.mentions(entity: entity.id, limit: 100_000) {
                mentions.insert("\(mention.document) \(entity.name) \(mention.start)")
            }
        }
        let quotes = try await store.quotes(speaker: nil, document: nil, limit: 100_000)
        return (mentions, Set(quotes.map { "\($0.document) \($0.speakerName ?? $0.speakerText) \($0.start)" }))
    }

    @Test("reading on ingest stores every mention, quote and date once; reading again adds nothing")
    func readOnce() async throws {
        let documents = try demoDocuments()
        let store = try SQLiteStore()
        _ = try await store.add(documents)
        let reader = StoreReader()
        let first = try await reader.readPending(in: store)
        #expect(first.documents == documents.count)
        #expect(first.mentions > 100 && first.quotes > 5 && first.dates > 10)
        let before = try await snapshot(store)
        #expect(before.mentions.count == first.mentions)
        let again = try await reader.readPending(in: store)
        #expect(again.documents == 0)
        let after = try await snapshot(store)
        #expect(after.mentions == before.mentions && after.quotes == before.quotes)
        // Every quote's speaker id names a stored entity.
        let ids = Set(try await store.canonicalEntities().map(\.id))
        for quote in try await store.quotes(speaker: nil, document: nil, limit: 10_000) {
            if let speaker = quote.speaker { #expect(ids.contains(speaker)) }
        }
    }

    @Test("documents read in two ingests link to the same entities, with the same ids, as read at once")
    func incremental() async throws {
        let documents = try demoDocuments()
        let once = try SQLiteStore()
        _ = try await once.add(documents)
        _ = try await StoreReader().readPending(in: once)
        let twice = try SQLiteStore()
        let half = documents.count / 2
        _ = try await twice.add(Array(documents[..<half]))
        _ = try await StoreReader().readPending(in: twice)
        let early = Dictionary(uniqueKeysWithValues: try await twice.canonicalEntities().map { ($0.id, $0.name) })
        _ = try await twice.add(Array(documents[half...]))
        _ = try await StoreReader().readPending(in: twice)
        let late = Dictionary(uniqueKeysWithValues: try await twice.canonicalEntities().map { ($0.id, $0.name) })
        // Ids never change and never vanish.
        for id in early.keys { #expect(late[id] != nil) }
        // The second half's names mostly join entities the first half made.
        let a = try await snapshot(once)
        let b = try await snapshot(twice)
        let shared = Double(a.mentions.intersection(b.mentions).count) / Double(max(1, a.mentions.count))
        #expect(shared > 0.95)
        #expect(a.quotes.count == b.quotes.count)
    }

    @Test("a reading made with other settings is thrown away and everything is read again")
    func newSettings() async throws {
        let documents = try demoDocuments()
        let store = try SQLiteStore()
        _ = try await store.add(documents)
        _ = try await StoreReader().readPending(in: store)
        let count = try await store.entitySummaries(type: nil, limit: 10_000).reduce(0) { $0 + $1.mentions }
        // One document's reading now carries the settings of an older reader.
        try await store.saveReadings(
            [StoredReading(document: documents[0], reading: Reading(), entities: [])], entities: [],
            settings: "reader v0")
        let again = try await StoreReader().readPending(in: store)
        #expect(again.documents == documents.count)
        let recount = try await store.entitySummaries(type: nil, limit: 10_000).reduce(0) { $0 + $1.mentions }
        #expect(recount == count)
        let people = try await store.entitySummaries(type: .person, limit: 10_000)
        #expect(!people.isEmpty && people.allSatisfy { $0.entity.type == .person })
    }
}
