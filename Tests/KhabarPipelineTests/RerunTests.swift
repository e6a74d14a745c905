import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore
import Testing

/// Running the pipeline again over what a store has: after a crash, or on a folder read every day.
@Suite("ingesting again")
struct RerunTests {
    var inputs: [String] {
        get throws { Support.examples + (Support.samplesPresent ? try Support.samples() : []) }
    }

    @Test("a second run over the same inputs analyzes nothing and stores nothing, and names the same ids")
    func rerunAnalyzesNothing() async throws {
        let (path, remove) = Support.temporaryDatabase()
        defer { remove() }
        let first = try await Support.pipeline().run(
            paths: try inputs, into: try SQLiteStore(path: path), keepIDs: true)
        #expect(first.added > 10 && first.analyzed == first.documents)
        let second = try await Support.pipeline().run(
            paths: try inputs, into: try SQLiteStore(path: path), keepIDs: true)
        #expect(second.documents == first.documents)
        #expect(second.analyzed == 0 && second.added == 0 && second.unchanged == first.documents)
        #expect(second.ids == first.ids)
        #expect(try await SQLiteStore(path: path).count() == first.added)
    }

    @Test("inputs ingested in two runs, as after a crash, give the copies and passages of one run")
    func twoRunsLikeOne() async throws {
        let all = try inputs
        let (one, removeOne) = Support.temporaryDatabase()
        let (two, removeTwo) = Support.temporaryDatabase()
        defer {
            removeOne()
            removeTwo()
        }
        _ = try await Support.pipeline(batchSize: 4).run(paths: all, into: try SQLiteStore(path: one))
        let part = Array(all.prefix(all.count / 2))
        _ = try await Support.pipeline(batchSize: 3).run(paths: part, into: try SQLiteStore(path: two))
        let rest = try await Support.pipeline(batchSize: 5).run(paths: all, into: try SQLiteStore(path: two))
        #expect(rest.unchanged > 0 && rest.added > 0)
        func links(_ path: String) async throws -> ([String], [String]) {
            let store = try SQLiteStore(path: path)
            let copies = try await store.duplicates(documents: nil).map { "\($0.copy) \($0.original) \($0.kind)" }
            let passages = try await store.passages(documents: nil, limit: 10_000).flatMap { passage in
                passage.locations.map { "\(passage.id) \($0.document) \($0.start)..<\($0.end)" }
            }
            return (copies.sorted(), passages.sorted())
        }
        let (copiesOne, passagesOne) = try await links(one)
        let (copiesTwo, passagesTwo) = try await links(two)
        #expect(!passagesOne.isEmpty)
        #expect(copiesOne == copiesTwo)
        #expect(passagesOne == passagesTwo)
    }

    @Test("without lending, articles read in another order and in other batches give the same mentions")
    func orderWithoutLending() async throws {
        let all = try inputs
        func mentions(_ paths: [String], batchSize: Int) async throws -> [String] {
            var pipeline = Support.pipeline(batchSize: batchSize)
            pipeline.lending = .none
            let store = try SQLiteStore()
            _ = try await pipeline.run(paths: paths, into: store)
            var result: [String] = []
            for summary in try await store.entitySummaries(type: nil, limit: 100_000) {
                for mention in try await store.mentions(entity: summary.entity.id, limit: 100_000) {
                    result.append("\(mention.document) \(mention.start) \(mention.end) \(summary.entity.name)")
                }
            }
            return result.sorted()
        }
        let forward = try await mentions(all, batchSize: 2)
        let backward = try await mentions(all.reversed(), batchSize: 3)
        #expect(forward.count > 50)
        #expect(forward == backward)
    }
}
