import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore
import Testing

/// Stories in the store: placed on ingest, continued by the next ingest, never lost or placed twice.
@Suite("stories in the store")
struct StoryStoreTests {
    var inputs: [String] {
        get throws { Support.examples + (Support.samplesPresent ? try Support.samples() : []) }
    }

    /// Every stored document's story, checked to be exactly one.
    func stories(_ store: SQLiteStore) async throws -> [String: String] {
        let total = try await store.count()
        let documents = try await store.summaries(offset: 0, limit: total).map(\.id)
        let storyOf = try await store.stories(ofDocuments: documents)
        #expect(storyOf.count == total)
        #expect(try await store.storiedCount() == total)
        return storyOf
    }

    @Test("two ingests place every article once; ids stay; copies join their original; the listing adds up")
    func twoRuns() async throws {
        let all = try inputs
        let (path, remove) = Support.temporaryDatabase()
        defer { remove() }
        let first = try await Support.pipeline(batchSize: 3).run(
            paths: Array(all.prefix(all.count / 2)), into: try SQLiteStore(path: path))
        #expect(first.storied == first.added && first.added > 0)
        let before = try await stories(try SQLiteStore(path: path))
        let second = try await Support.pipeline(batchSize: 5).run(paths: all, into: try SQLiteStore(path: path))
        #expect(second.storied == second.added && second.added > 0)
        let store = try SQLiteStore(path: path)
        let after = try await stories(store)
        // A story id, once given, still names a story holding the same articles (merged ids included).
        for (document, id) in before {
            let story = try await store.story(id: id)
            #expect(story?.documents.contains(document) == true, "\(document) left story \(id)")
        }
        for record in try await store.duplicates(documents: nil) {
            #expect(after[record.copy] == after[record.original], "copy \(record.copy)")
        }
        let rows = try await store.storySummaries(minimumArticles: 1, offset: 0, limit: 10_000)
        #expect(rows.reduce(0) { $0 + $1.articles } == after.count)
        #expect(Set(rows.map(\.id)) == Set(after.values))
        #expect(rows.map(\.articles) == rows.map(\.articles).sorted(by: >))
    }

    @Test("placements without their state (an older Khabar) are made again whole; a rerun places nothing")
    func lostState() async throws {
        let all = try inputs
        let (path, remove) = Support.temporaryDatabase()
        defer { remove() }
        _ = try await Support.pipeline().run(paths: all, into: try SQLiteStore(path: path))
        let store = try SQLiteStore(path: path)
        let total = try await store.count()
        let rerun = try await Support.pipeline().run(paths: all, into: store)
        #expect(rerun.storied == 0)
        try await store.clearStories()
        #expect(try await store.storiedCount() == 0)
        let again = try await Support.pipeline().tellStories(store)
        #expect(again == total)
        _ = try await stories(store)
    }
}
