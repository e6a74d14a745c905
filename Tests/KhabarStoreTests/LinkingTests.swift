import Foundation
import KhabarCore
import KhabarIngest
import Testing

@testable import KhabarStore

@Suite("Linking stored documents")
struct LinkingTests {
    struct Found: Equatable {
        var pairs: Set<String>
        var passages: Set<String>
    }

    func found(_ store: SQLiteStore) async throws -> Found {
        let pairs = try await store.duplicatePairs().map { "\($0.first) \($0.second) \($0.kind)" }
        let passages = try await store.sharedPassages(limit: 1000).map {
            "\($0.first) \($0.second) \($0.kind) \($0.firstStart) \($0.secondStart) \($0.words)"
        }
        return Found(pairs: Set(pairs), passages: Set(passages))
    }

    @Test("linking in two ingests finds exactly what linking once finds, and relinking finds nothing new")
    func incremental() async throws {
        let documents = try demoDocuments()
        let once = try SQLiteStore()
        _ = try await once.add(documents)
        let summary = try await StoreLinker().linkPending(in: once)
        #expect(summary.documents == documents.count)

        let twice = try SQLiteStore()
        _ = try await twice.add(Array(documents.prefix(5)))
        _ = try await StoreLinker().linkPending(in: twice)
        _ = try await twice.add(Array(documents.dropFirst(5)))
        let second = try await StoreLinker().linkPending(in: twice)
        #expect(second.documents == documents.count - 5)
        let a = try await found(once)
        let b = try await found(twice)
        #expect(a == b)
        #expect(try await StoreLinker().linkPending(in: twice).documents == 0)

        // What the demo corpus holds: the two Churu files are exact duplicates, and hi-flood-patna-3 copies
        // four paragraphs of hi-flood-patna-1, one with पीटीआई written PTI.
        let ids = Dictionary(uniqueKeysWithValues: documents.map { ($0.source.path, $0.id) })
        let churu = try #require(ids["hi-heatwave-churu-1.txt"])
        let copy = try #require(ids["hi-heatwave-churu-2.txt"])
        #expect(a.pairs == ["\(churu) \(copy) exact"])
        let flood1 = try #require(ids["hi-flood-patna-1.txt"])
        let flood3 = try #require(ids["hi-flood-patna-3.txt"])
        let floodPassages = try await once.sharedPassages(limit: 100).filter {
            $0.first == flood1 && $0.second == flood3
        }
        #expect(floodPassages.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.exact, .exact, .exact, .near])
    }

    @Test("documents stored but never linked (a crash in between) are linked by the next run")
    func recovers() async throws {
        let path = temporaryDatabase()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let documents = try demoDocuments()
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.add(documents)
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try await StoreLinker().linkPending(in: reopened).documents == documents.count)
        #expect(try await reopened.duplicatePairs().count == 1)
    }

    @Test("empty, furniture-only and one-word articles are nobody's duplicates; one article from two paths is")
    func edgeCases() async throws {
        let store = try SQLiteStore()
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("Examples/news/hi-metro-lucknow-1.txt"), encoding: .utf8)
        _ = try await store.add([
            document("What's Your Reaction?\nLike 0 Dislike 0", path: "furniture-1.txt"),
            document("#एक #दो #तीन\nWhat's Your Reaction?", path: "furniture-2.txt"),
            document("राहत", path: "word-1.txt"),
            document("बाढ़", path: "word-2.txt"),
            document(text, path: "a/metro.txt"),
            document(text, path: "b/metro.txt"),
        ])
        _ = try await StoreLinker().linkPending(in: store)
        let pairs = try await store.duplicatePairs()
        #expect(pairs.count == 1)
        #expect(pairs.first?.kind == .exact)
        #expect(try await store.count() == 6)
    }
}
