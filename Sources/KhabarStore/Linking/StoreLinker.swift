public import KhabarCore
import KhabarText

/// Links newly stored documents to everything stored before them, incrementally.
///
/// For each batch of unlinked documents (in ingest order) it asks the store only for the stored documents
/// that share a band key, a long sentence or a content hash with the batch, verifies near-duplicate
/// candidates with the exact Jaccard of their shingles, aligns passages with documents that share a
/// sentence, and stores the batch's link records with what they found in one transaction. The corpus is
/// never recomputed: the LSH buckets and sentence keys persist in the store. A document whose records are
/// missing (a crash between storing and linking) or were made with other settings is simply linked again.
public struct StoreLinker: Sendable {
    /// The cross-document stages.
    public var linker: CorpusLinker
    /// How many stored documents sharing sentences with a new one are aligned with it, most shared first.
    public var passagePartners = 24

    /// Creates a linker.
    public init(linker: CorpusLinker = CorpusLinker()) {
        self.linker = linker
    }

    /// The settings string stored with link records: a change means relinking.
    public var settings: String {
        let options = linker.detector.options
        return
            "k=\(options.shingleSize) slots=\(options.slots) scheme=\(options.scheme.rawValue) t=\(options.threshold) "
            + "lsh=\(options.lsh.bands)x\(options.lsh.rows) min=\(options.minimumWords) "
            + "passage=\(linker.finder.seedWords)/\(linker.finder.minimumWords)/\(linker.finder.maximumGap)"
    }

    /// What a linking run found.
    public struct Summary: Sendable {
        public var documents = 0
        public var pairs = 0
        public var passages = 0
    }

    /// Links every document not yet linked.
    public func linkPending(in store: any Store, batchSize: Int = 256) async throws -> Summary {
        var summary = Summary()
        while true {
            let batch = try await store.unlinkedDocuments(settings: settings, limit: batchSize)
            if batch.isEmpty { return summary }
            let found = try await link(batch, in: store)
            summary.documents += batch.count
            summary.pairs += found.pairs
            summary.passages += found.passages
        }
    }

    private struct Prepared {
        var document: Document
        var fingerprint: Fingerprint
        var bandKeys: [UInt64]
        var passageText: PassageText
        var contentHash: String?
    }

    /// Links one batch against the store and within itself.
    func link(_ batch: [Document], in store: any Store) async throws -> (pairs: Int, passages: Int) {
        let detector = linker.detector
        var index = LSHIndex(parameters: detector.options.lsh, expectedDocuments: batch.count)
        let prepared = batch.map { document -> Prepared in
            let fingerprint = detector.fingerprint(document.text)
            return Prepared(
                document: document, fingerprint: fingerprint, bandKeys: fingerprint.signature.map(index.bandKeys) ?? [],
                passageText: PassageText(document.text), contentHash: document.text.isEmpty ? nil : document.contentHash
            )
        }
        let batchIDs = Set(batch.map(\.id))
        let candidates = try await store.linkCandidates(
            bandKeys: prepared.flatMap(\.bandKeys), sentenceKeys: prepared.flatMap(\.passageText.sentenceKeys),
            contentHashes: prepared.compactMap(\.contentHash))
        let nearIDs = Set(candidates.byBandKey.values.joined()).subtracting(batchIDs)
        let records = try await store.linkRecords(ids: Array(nearIDs))
        let partnerIDs = Set(candidates.bySentenceKey.values.joined()).subtracting(batchIDs)
        var partnerTexts: [String: (document: Document, text: PassageText)] = [:]
        for document in try await store.documents(ids: Array(partnerIDs)) {
            partnerTexts[document.id] = (document, PassageText(document.text))
        }

        var pairs: [StoredPair] = []
        var passages: [StoredPassage] = []
        var batchByHash: [String: [Int]] = [:]
        var batchBySentence: [UInt64: [Int]] = [:]
        for (position, item) in prepared.enumerated() {
            let id = item.document.id
            var duplicates = Set<String>()
            func add(_ other: String, _ kind: DuplicatePair.Kind, _ similarity: Double) {
                pairs.append(StoredPair(first: other, second: id, kind: kind, similarity: similarity))
                duplicates.insert(other)
            }
            if let hash = item.contentHash {
                for other in candidates.byContentHash[hash] ?? [] where !batchIDs.contains(other) {
                    add(other, .exact, 1)
                }
                for earlier in batchByHash[hash] ?? [] { add(prepared[earlier].document.id, .exact, 1) }
                batchByHash[hash, default: []].append(position)
            }
            if item.fingerprint.signature != nil {
                var seen = Set<String>()
                for key in item.bandKeys {
                    for other in candidates.byBandKey[key] ?? []
                    where !batchIDs.contains(other) && !duplicates.contains(other) && seen.insert(other).inserted {
                        guard let record = records[other] else { continue }
                        let similarity = item.fingerprint.shingles.jaccard(record.fingerprint.shingles)
                        if similarity >= detector.options.threshold { add(other, .near, similarity) }
                    }
                }
                for earlier in index.candidates(keys: item.bandKeys) {
                    let other = prepared[Int(earlier)]
                    guard !duplicates.contains(other.document.id) else { continue }
                    let similarity = item.fingerprint.shingles.jaccard(other.fingerprint.shingles)
                    if similarity >= detector.options.threshold { add(other.document.id, .near, similarity) }
                }
                index.insert(Int32(position), keys: item.bandKeys)
            }
            // Passages with stored documents and earlier ones of the batch that share a long sentence.
            var storedPartners: [String: Int] = [:]
            var batchPartners: [Int: Int] = [:]
            for key in item.passageText.sentenceKeys {
                for other in candidates.bySentenceKey[key] ?? [] where !batchIDs.contains(other) {
                    storedPartners[other, default: 0] += 1
                }
                for earlier in batchBySentence[key] ?? [] { batchPartners[earlier, default: 0] += 1 }
                batchBySentence[key, default: []].append(position)
            }
            let partners =
                storedPartners.compactMap { id, shared in partnerTexts[id].map { ($0.document, $0.text, shared) } }
                + batchPartners.map { (prepared[$0].document, prepared[$0].passageText, $1) }
            for (other, text, _) in partners.sorted(by: { ($0.2, $1.0.id) > ($1.2, $0.0.id) }).prefix(passagePartners)
            where !duplicates.contains(other.id) {
                for passage in linker.finder.shared(text, item.passageText) {
                    passages.append(stored(passage, other, item.document))
                }
            }
            for passage in linker.finder.repeated(in: item.passageText) {
                passages.append(stored(passage, item.document, item.document))
            }
            passages += removedRepeats(of: item.document)
        }
        let linkRecords = prepared.map { item in
            LinkRecord(
                documentID: item.document.id, settings: settings, fingerprint: item.fingerprint.compact,
                bandKeys: item.bandKeys, sentenceKeys: item.passageText.sentenceKeys)
        }
        try await store.saveLinks(records: linkRecords, pairs: pairs, passages: passages)
        return (pairs.count, passages.count)
    }

    /// Paragraphs the cleaner removed as repeats of another paragraph of the same article, as passages: the
    /// kept copy's range is in the cleaned text, the removed copy's in the original.
    func removedRepeats(of document: Document) -> [StoredPassage] {
        document.removed.compactMap { piece -> StoredPassage? in
            guard piece.reason == .repeated, piece.detail?.hasPrefix("repeats “") == true else { return nil }
            let kept = Array(Normalizer.canonical(piece.text).scalars)
            let text = Array(document.text.unicodeScalars)
            guard !kept.isEmpty, kept.count <= text.count,
                let start = (0...(text.count - kept.count)).first(where: {
                    text[$0..<($0 + kept.count)].elementsEqual(kept)
                })
            else { return nil }
            return StoredPassage(
                first: document.id, firstStart: start, firstEnd: start + kept.count, second: document.id,
                secondStart: piece.start, secondEnd: piece.end, kind: .exact, similarity: 1,
                words: WordTerms.of(piece.text).count, text: piece.text, earliest: nil, secondRemoved: true)
        }
    }

    private func stored(_ passage: SharedPassage, _ first: Document, _ second: Document) -> StoredPassage {
        StoredPassage(
            first: first.id, firstStart: passage.firstRange.lowerBound, firstEnd: passage.firstRange.upperBound,
            second: second.id, secondStart: passage.secondRange.lowerBound, secondEnd: passage.secondRange.upperBound,
            kind: passage.kind, similarity: passage.similarity, words: passage.words,
            text: AnalysisReport.slice(first.text, passage.firstRange),
            earliest: first.id == second.id ? nil : CorpusLinker.first(first, second)?.id)
    }
}
