import Foundation
import KhabarCore
import KhabarStore
import Testing

/// What every store must do, run against every backend (``StoreFactory/all``): keep documents exactly,
/// write a batch whole or not at all, hand the link stage what is filed under its keys, and give back the
/// records it saved.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test("a document comes back exactly as it was stored, removed pieces and all", arguments: StoreFactory.all)
    func roundTrip(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        let original = TestDocuments.document(
            "किम जोंग ने पुतिन को दिया न्योता\nनॉर्थ कोरिया। (आरएनआई) रूस की यात्रा पर गए किम ने न्योता दिया है।\n"
                + "2023-09-17 18:58:04\nWhat's Your Reaction?")
        try await store.add([original])
        let stored = try #require(try await store.document(id: original.id))
        #expect(stored == original)
        #expect(stored.removed.map(\.reason) == [.dateline, .timestamp, .widget])
        #expect(try await store.documents(ids: [original.id, "missing"]) == [original])
    }

    @Test("adding the same documents again changes nothing", arguments: StoreFactory.all)
    func idempotent(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        let documents = [
            TestDocuments.document("पहला लेख।\n#टैग #दूसरा", path: "a.txt"),
            TestDocuments.document("दूसरा लेख।", path: "b.txt"),
        ]
        try await store.add(documents)
        let known = try await store.write { try $0.existing(documents.map(\.id) + ["nope"]) }
        #expect(known == Set(documents.map(\.id)))
        try await store.add(documents)
        #expect(try await store.count() == 2)
    }

    @Test("a write that fails half way stores nothing of it", arguments: StoreFactory.all)
    func atomicWrite(_ factory: StoreFactory) async throws {
        struct Crash: Error {}
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        let first = TestDocuments.document("पहला लेख जो बच जाएगा।", path: "1.txt")
        let second = TestDocuments.document("दूसरा लेख जो नहीं बचेगा।", path: "2.txt")
        try await store.add([first])
        await #expect(throws: (any Error).self) {
            try await store.write { transaction in
                try transaction.add([second])
                throw Crash()
            }
        }
        #expect(try await store.count() == 1)
        #expect(try await store.document(id: second.id) == nil)
    }

    @Test("ids by prefix and by JSON Lines id, listing and paging in ingest order", arguments: StoreFactory.all)
    func lookups(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        let documents = (0..<5).map { TestDocuments.document("लेख संख्या \($0) का पाठ।", path: "\($0).txt", id: "n-\($0)") }
        try await store.add(documents)
        let prefix = String(documents[3].id.prefix(6))
        #expect(try await store.ids(withPrefix: prefix, limit: 5).contains(documents[3].id))
        #expect(try await store.ids(externalID: "n-2", limit: 5) == [documents[2].id])
        #expect(try await store.ids(externalID: "n-9", limit: 5).isEmpty)
        #expect(try await store.summaries(offset: 1, limit: 2).map(\.id) == [documents[1].id, documents[2].id])
        #expect(try await store.documents(after: 3, limit: 10).map(\.id) == [documents[3].id, documents[4].id])
        #expect(try await store.count() == 5)
    }

    @Test("text with quotes and SQL in it is stored as data", arguments: StoreFactory.all)
    func hostileText(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        let hostile = TestDocuments.document("'); DROP TABLE documents; -- और \"उद्धरण\" \u{0}?", path: "x'y\".txt")
        try await store.add([hostile])
        #expect(try await store.document(id: hostile.id)?.original == hostile.original)
        #expect(try await store.count() == 1)
    }

    /// Two documents and everything a link stage could say about them.
    func linked() -> (documents: [Document], result: LinkResult, entity: CanonicalEntity) {
        let a = TestDocuments.document("पहली खबर का पाठ यहां है।", path: "a.txt", id: "a", published: "2024-06-19")
        let b = TestDocuments.document("दूसरी खबर का पाठ यहां है।", path: "b.txt", id: "b", published: "2024-06-18")
        var result = LinkResult()
        result.documents = [
            .init(document: a.id, shingles: [1, 5, 9], words: 7, bandKeys: [11, 12], sentenceKeys: [21]),
            .init(document: b.id, shingles: [1, 5, 10], words: 7, bandKeys: [11], sentenceKeys: []),
        ]
        result.duplicates = [DuplicateRecord(original: a.id, copy: b.id, kind: .near, similarity: 0.83333, group: a.id)]
        result.passages = [
            PassageRecord(
                id: "p1", text: "खबर का पाठ यहां है", words: 5, first: nil,
                occurrences: [
                    .init(document: a.id, start: 5, end: 22),
                    .init(document: b.id, start: 6, end: 23, kind: .near, similarity: 0.9),
                ])
        ]
        let entity = CanonicalEntity(
            id: "e1p", name: "व्लादिमीर पुतिन", english: "Vladimir Putin", type: .person,
            aliases: ["person|पुतिन", "person|व्लादिमीर पुतिन"], keys: ["person|व्लादिमीर पुतिन", "person|=Vladimir Putin"],
            mentionCount: 3)
        result.entities = [EntityChange(entity: entity, filed: entity.filingKeys)]
        result.mentions = [
            MentionRecord(document: a.id, entity: "e1p", text: "पुतिन", type: .person, start: 0, end: 5, source: .tagger),
            MentionRecord(
                document: b.id, entity: "e1p", text: "पुतिन", type: .person, start: 2, end: 7, source: .document),
        ]
        result.quotes = [
            QuoteRecord(
                document: b.id, speaker: "e1p", speakerName: nil, speakerText: "पुतिन", text: "हम तैयार हैं", kind: .direct,
                start: 10, end: 21, pronoun: nil, open: false)
        ]
        result.epoch = 7
        result.dates = [
            DateRecord(
                document: a.id, text: "बुधवार", value: nil, precision: .unresolved, kind: .date, relative: true, start: 3,
                end: 9)
        ]
        return ([a, b], result, entity)
    }

    @Test("what the link stage saves is filed under its keys and read back as records", arguments: StoreFactory.all)
    func linkRoundTrip(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        let (documents, result, entity) = linked()
        try await store.write { transaction in
            try transaction.add(documents)
            try transaction.save(result)
        }
        let (a, b) = (documents[0], documents[1])
        var query = LinkQuery()
        query.contentHashes = [a.contentHash]
        query.bandKeys = [11, 12, 13]
        query.sentenceKeys = [21]
        query.entityKeys = EntityDirectory.queryKeys(
            of: DocumentEntity(name: "पुतिन", type: .person, english: nil, mentions: [0], aliases: ["पुतिन"]))
        let asked = query
        let candidates = try await store.write { try $0.candidates(asked) }
        #expect(candidates.exact[a.contentHash] == a.id)
        #expect(Set(candidates.bands[11] ?? []) == [a.id, b.id] && candidates.bands[12] == [a.id])
        #expect(candidates.bands[13] == nil && candidates.sentences[21] == [a.id])
        #expect(candidates.group(of: b.id) == a.id && candidates.group(of: a.id) == a.id)
        #expect(candidates.entityIDs == [entity.id])
        #expect(try await store.write { try $0.entities([entity.id, "missing"]) } == [entity])
        // Every save records a new epoch: a linker's memory from before it is known to be stale.
        #expect(candidates.epoch == result.epoch)
        let shingles = try await store.write { try $0.fingerprints([a.id, b.id]) }
        #expect(shingles[b.id]?.hashes == [1, 5, 10])
        let texts = try await store.write { try $0.texts([a.id]) }
        #expect(texts[a.id]?.text == a.text)
        #expect(texts[a.id]?.anchors == [PassageAnchor(passage: "p1", start: 5, end: 22)])

        #expect(try await store.duplicates(documents: nil) == result.duplicates)
        #expect(try await store.duplicates(documents: [a.id]) == result.duplicates)
        let passages = try await store.passages(documents: [b.id], limit: 10)
        // Chain order follows the publication dates: b was published a day before a, so it came first.
        #expect(passages.map(\.documents) == [[b.id, a.id]])
        #expect(passages.first?.first == b.id && passages.first?.kind == .near)
        #expect(try await store.mentions(documents: [b.id, a.id]).map(\.document) == [a.id, b.id])
        #expect(try await store.mentions(entity: "e1p", limit: 1).count == 1)
        let quotes = try await store.quotes(speakers: ["e1p"], document: nil, limit: 10)
        #expect(quotes.count == 1 && quotes.first?.speakerName == entity.name)
        #expect(try await store.quotes(documents: [a.id]).isEmpty)
        #expect(try await store.dates(documents: [a.id]) == result.dates)
        #expect(try await store.entities(named: "Putin", limit: 5) == [entity])
        #expect(try await store.entities(named: "पुतिन", limit: 5) == [entity])
        #expect(try await store.entities(named: String(repeating: "क", count: 150), limit: 5).isEmpty)
        #expect(try await store.entities(mentionedAtLeast: 3) == [entity])
        #expect(try await store.entities(mentionedAtLeast: 4).isEmpty)
        let summaries = try await store.entitySummaries(type: .person, limit: 5)
        #expect(summaries.map(\.mentions) == [2] && summaries.map(\.documents) == [2])
    }

    @Test("an entity saved twice (two processes creating it) is one row, updated", arguments: StoreFactory.all)
    func entityUpsert(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        var (_, result, entity) = linked()
        result.documents = []
        result.mentions = []
        result.quotes = []
        result.dates = []
        result.duplicates = []
        result.passages = []
        let first = result
        try await store.write { try $0.save(first) }
        entity.mentionCount = 5
        entity.aliases.insert("person|व्लादिमिर पुतिन")
        result.entities = [EntityChange(entity: entity, filed: entity.filingKeys)]
        let second = result
        try await store.write { try $0.save(second) }
        #expect(try await store.entities(ids: ["e1p"]) == [entity])
        #expect(try await store.entities(mentionedAtLeast: 1).count == 1)
    }

    @Test(
        "new settings forget every link and annotation, keep the documents, and list them as unlinked",
        arguments: StoreFactory.all)
    func settingsChange(_ factory: StoreFactory) async throws {
        let (store, cleanup) = try factory.make()
        defer { cleanup() }
        #expect(try await store.prepareAnalysis(settings: "one") == false)
        #expect(try await store.prepareAnalysis(settings: "one") == false)
        let (documents, result, _) = linked()
        try await store.write { transaction in
            try transaction.add(documents)
            try transaction.save(result)
        }
        #expect(try await store.unlinkedDocuments(limit: 10).isEmpty)
        #expect(try await store.prepareAnalysis(settings: "two") == true)
        #expect(try await store.unlinkedDocuments(limit: 10).map(\.id) == documents.map(\.id))
        #expect(try await store.duplicates(documents: nil).isEmpty)
        #expect(try await store.passages(documents: nil, limit: 10).isEmpty)
        #expect(try await store.entities(mentionedAtLeast: 0).isEmpty)
        #expect(try await store.count() == 2)
    }
}
