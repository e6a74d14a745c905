import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore
import Testing

/// The search index in the store: a segment per ingest, every article in it once, merged when many.
@Suite("search index in the store")
struct SearchStoreTests {
    @Test("each ingest adds a segment; every stored article is searchable once; many segments merge into one")
    func segments() async throws {
        let (path, remove) = Support.temporaryDatabase()
        defer { remove() }
        let files = try FileManager.default.contentsOfDirectory(atPath: Support.examples[0]).filter {
            $0.hasSuffix(".txt")
        }.sorted().map { Support.examples[0] + "/" + $0 }
        #expect(files.count > 9)
        // One ingest per file: more segments than are kept apart, so they are merged along the way.
        for file in files {
            let summary = try await Support.pipeline().run(paths: [file], into: try SQLiteStore(path: path))
            #expect(summary.searchable == summary.added)
        }
        let store = try SQLiteStore(path: path)
        let segments = try await store.searchSegments()
        #expect(segments.count <= 8)
        let index = try #require(SearchIndex(segments: segments))
        #expect(index.count == files.count)
        #expect(Set(index.entries.map(\.id)).count == files.count)
        #expect(try await store.unindexedDocuments(limit: 10).isEmpty)
        // A rerun adds nothing; what the index finds is what is stored.
        let rerun = try await Support.pipeline().run(paths: files, into: store)
        #expect(rerun.searchable == 0)
        let hits = index.search(SearchQuery("मेट्रो"), limit: 10).hits.map { index.entries[Int($0.document)].id }
        let stored = try await store.documents(ids: hits)
        #expect(!stored.isEmpty && stored.count == hits.count)
        #expect(stored.allSatisfy { $0.text.contains("मेट्रो") })
    }

    @Test("a segment read back searches as the index it was made from; damaged bytes are refused")
    func roundTrip() throws {
        var index = SearchIndex()
        index.add(id: "a", title: "पुतिन मास्को लौटे", text: "पुतिन बुधवार को मास्को लौट आए।", day: 19_000, outlet: "X")
        index.add(id: "b", title: nil, text: "किम यो जोंग ने अमेरिका को चेतावनी दी।", language: "hi")
        var second = SearchIndex()
        second.add(id: "c", title: "मास्को में बैठक", text: "मास्को में किम जोंग उन और पुतिन मिले।")
        let merged = try #require(SearchIndex(segments: [index.segment(), second.segment()]))
        #expect(merged.entries.map(\.id) == ["a", "b", "c"])
        #expect(
            merged.entries[0].day == 19_000 && merged.entries[0].outlet == "X" && merged.entries[1].language == "hi")
        let found = merged.search(SearchQuery("मॉस्को"), limit: 10).hits.map { merged.entries[Int($0.document)].id }
        #expect(Set(found) == ["a", "c"])
        #expect(merged.search(SearchQuery("\"किम जोंग उन\""), limit: 10).hits.map(\.document) == [2])
        let bytes = index.segment()
        #expect(SearchIndex(segments: [bytes.prefix(bytes.count - 2)]) == nil)
        #expect(SearchIndex(segments: [Data("KSI1 but not really".utf8)]) == nil)
    }
}
