/// The link stage: what each new document shares with the corpus — copies (duplicates), passages and
/// entities — as pure functions of the batch, the candidates the store hands over and what earlier batches
/// of the run left in the ``LinkMemory``.
///
/// A store runs the stage in one write transaction, in rounds, so that it only ever loads what a round
/// names and the linker never touches storage:
/// 1. ``query(_:)`` names the keys; the store hands the ``LinkCandidates`` filed under them;
/// 2. ``entitiesNeeded(_:memory:)`` names the stored entities the memory lacks, which the store loads
///    into it;
/// 3. ``banding(_:_:)`` ranks each document's near-duplicate candidates; ``fingerprintsNeeded(_:memory:)``
///    names the stored shingles verification needs; ``duplicates(_:_:banding:fingerprints:memory:)`` decides
///    the copies;
/// 4. ``textsNeeded(_:_:_:memory:)`` names the stored texts the passage alignments need;
///    ``link(_:_:banding:_:texts:memory:)`` gives everything to store.
public struct CorpusLinker: Sendable {
    /// Copies.
    public var duplicates: DuplicateLinker
    /// Shared passages.
    public var passages: PassageLinker
    /// Canonical entities.
    public var entities: EntityLinker

    /// A linker with the given steps.
    public init(
        duplicates: DuplicateLinker = DuplicateLinker(), passages: PassageLinker = PassageLinker(),
        entities: EntityLinker = EntityLinker()
    ) {
        self.duplicates = duplicates
        self.passages = passages
        self.entities = entities
    }

    /// What changes links: stored with them, and a change means linking everything again.
    public var settings: String { "link v2 " + duplicates.settings + " " + passages.settings }

    /// Round 1: the keys a batch is filed under.
    public func query(_ batch: [AnalyzedDocument]) -> LinkQuery {
        var query = LinkQuery()
        var hashes = Set<String>()
        var bands = Set<UInt64>()
        var sentences = Set<UInt64>()
        for analyzed in batch where !analyzed.document.text.isEmpty {
            hashes.insert(analyzed.document.contentHash)
            bands.formUnion(duplicates.bandKeys(analyzed))
            sentences.formUnion(analyzed.passageText.sentenceKeys)
        }
        query.contentHashes = Array(hashes)
        query.bandKeys = Array(bands)
        query.sentenceKeys = Array(sentences)
        query.entityKeys = entities.queryKeys(batch)
        return query
    }

    /// Round 2: the stored entities the memory lacks (all of them when the store changed hands).
    public func entitiesNeeded(_ candidates: LinkCandidates, memory: inout LinkMemory) -> [String] {
        memory.check(epoch: candidates.epoch)
        return candidates.entityIDs.filter { memory.directory.index(of: $0) == nil }
    }

    /// Round 2: takes in the entities the store loaded (in the order they were created).
    public func remember(_ loaded: [CanonicalEntity], memory: inout LinkMemory) {
        memory.directory.add(loaded)
    }

    /// Round 3: how the batch files under band keys and which candidates each document is verified against.
    public func banding(_ batch: [AnalyzedDocument], _ candidates: LinkCandidates) -> DuplicateLinker.Banding {
        duplicates.banding(batch, candidates)
    }

    /// Round 3: the stored documents whose shingles are needed and not remembered.
    public func fingerprintsNeeded(_ banding: DuplicateLinker.Banding, memory: LinkMemory) -> [String] {
        duplicates.fingerprintsNeeded(banding).filter { memory.shingles[$0] == nil }
    }

    /// Round 3: which batch documents copy an earlier document (`fingerprints` join the memory).
    public func duplicates(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, banding: DuplicateLinker.Banding,
        fingerprints: [String: ShingleSet], memory: inout LinkMemory
    ) -> [DuplicateDecision?] {
        memory.shingles.merge(fingerprints) { _, loaded in loaded }
        return duplicates.decide(batch, candidates, banding: banding, fingerprints: memory.shingles)
    }

    /// Round 4: the stored documents whose texts the alignments need and the memory lacks.
    public func textsNeeded(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, _ decisions: [DuplicateDecision?],
        memory: LinkMemory
    ) -> [String] {
        passages.textsNeeded(batch, candidates, decisions).filter { memory.texts[$0] == nil }
    }

    /// Round 4: everything to store for the batch; the memory takes in the batch.
    public func link(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, banding: DuplicateLinker.Banding,
        _ decisions: [DuplicateDecision?], texts: [String: StoredText], memory: inout LinkMemory
    ) -> LinkResult {
        var result = LinkResult()
        let bandKeys = banding.filed
        for (id, stored) in texts { memory.texts[id] = PreparedText(stored) }
        let passages = passages.link(batch, candidates, decisions, texts: &memory.texts)
        func id(_ mate: LinkMate) -> String {
            switch mate {
            case .stored(let id): id
            case .batch(let index): batch[index].document.id
            }
        }
        for (index, analyzed) in batch.enumerated() {
            let document = analyzed.document
            result.documents.append(
                LinkResult.DocumentLinks(
                    document: document.id, shingles: analyzed.fingerprint.shingles.hashes,
                    words: analyzed.fingerprint.words, bandKeys: bandKeys[index],
                    sentenceKeys: passages.sentenceKeys[index]))
            memory.shingles[document.id] = ShingleSet(sortedHashes: analyzed.fingerprint.shingles.hashes)
            if let decision = decisions[index] {
                result.duplicates.append(
                    DuplicateRecord(
                        original: id(decision.original), copy: document.id, kind: decision.kind,
                        similarity: decision.similarity, group: id(decision.group)))
            }
        }
        result.passages = passages.passages
        result.occurrences = passages.occurrences
        let entities = entities.link(batch, directory: &memory.directory)
        result.entities = entities.entities
        result.mentions = entities.mentions
        result.quotes = entities.quotes
        result.dates = entities.dates
        result.epoch = candidates.epoch + 1
        memory.epoch = result.epoch
        return result
    }
}

/// Everything the link stage found for a batch, for the store to save.
public struct LinkResult: Sendable {
    /// What to keep of one new document for linking later ones.
    public struct DocumentLinks: Sendable, Hashable {
        public var document: String
        /// Its shingle hashes, sorted (near-duplicate verification).
        public var shingles: [UInt32]
        /// Its number of words.
        public var words: Int
        /// The band keys it is filed under.
        public var bandKeys: [UInt64]
        /// The sentence keys it is filed under.
        public var sentenceKeys: [UInt64]

        /// Creates the links of a document.
        public init(document: String, shingles: [UInt32], words: Int, bandKeys: [UInt64], sentenceKeys: [UInt64]) {
            self.document = document
            self.shingles = shingles
            self.words = words
            self.bandKeys = bandKeys
            self.sentenceKeys = sentenceKeys
        }
    }

    public var documents: [DocumentLinks] = []
    public var duplicates: [DuplicateRecord] = []
    /// New passages.
    public var passages: [PassageRecord] = []
    /// Occurrences added to stored passages, by passage id.
    public var occurrences: [String: [PassageRecord.Occurrence]] = [:]
    /// Canonical entities created or changed.
    public var entities: [EntityChange] = []
    public var mentions: [MentionRecord] = []
    public var quotes: [QuoteRecord] = []
    public var dates: [DateRecord] = []
    /// The store epoch after this save.
    public var epoch: Int64 = 0

    /// Nothing found yet.
    public init() {}
}
