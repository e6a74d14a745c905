import KhabarText

/// A document a batch document is compared with: one already stored, or an earlier one of the batch.
public enum LinkMate: Sendable, Hashable, Comparable {
    case stored(String)
    case batch(Int)

    /// Stored documents first (by id), then the batch in order.
    public static func < (a: LinkMate, b: LinkMate) -> Bool {
        switch (a, b) {
        case (.stored(let x), .stored(let y)): x < y
        case (.batch(let x), .batch(let y)): x < y
        case (.stored, .batch): true
        case (.batch, .stored): false
        }
    }
}

/// What the duplicates step decided for one batch document.
public struct DuplicateDecision: Sendable, Hashable {
    /// The earlier document it copies.
    public var original: LinkMate
    /// Its group's first article.
    public var group: LinkMate
    public var kind: DuplicateKind
    public var similarity: Double
}

/// The duplicates step of the link stage: is each new document a copy of one seen before, exactly (same
/// content hash) or nearly (exact Jaccard of word shingles at or above the threshold, candidates from LSH
/// banding)?
///
/// The work per document is bounded however many copies of it exist: a band key holds at most
/// ``bucketCapacity`` documents (later documents are not filed under a full key; copies of a wire story
/// fill its keys quickly and every later copy still finds earlier ones there), and only the
/// ``verifiedCandidates`` candidates sharing the most band keys are verified. A copy joins the group of the
/// document it is most like; groups are named by their first article.
public struct DuplicateLinker: Sendable {
    /// Shingles, signature and banding.
    public var options: DedupOptions
    /// Documents filed under one band key at most.
    public var bucketCapacity: Int
    /// Candidates verified with the exact Jaccard per document.
    public var verifiedCandidates: Int

    /// A linker with the given settings.
    public init(options: DedupOptions = DedupOptions(), bucketCapacity: Int = 8, verifiedCandidates: Int = 4) {
        self.options = options
        self.bucketCapacity = max(1, bucketCapacity)
        self.verifiedCandidates = max(1, verifiedCandidates)
    }

    /// What changes linking: a change means linking everything again.
    public var settings: String {
        "k=\(options.shingleSize) slots=\(options.slots) scheme=\(options.scheme.rawValue) t=\(options.threshold) "
            + "lsh=\(options.lsh.bands)x\(options.lsh.rows) min=\(options.minimumWords) "
            + "buckets=\(bucketCapacity) verified=\(verifiedCandidates)"
    }

    /// A batch's band keys, and which of them each document is filed under (the capacity counted over the
    /// stored documents and the batch documents before it).
    public struct Banding: Sendable {
        /// Each document's band keys (empty without a signature or text).
        var keys: [[UInt64]]
        /// The keys each document is filed under.
        var filed: [[UInt64]]
        /// The best candidates of each document, most shared keys first.
        var ranked: [[LinkMate]]
    }

    /// The band keys of one document.
    func bandKeys(_ document: AnalyzedDocument) -> [UInt64] {
        guard !document.document.text.isEmpty, let signature = document.fingerprint.signature else { return [] }
        return options.lsh.bandKeys(signature)
    }

    func banding(_ batch: [AnalyzedDocument], _ candidates: LinkCandidates) -> Banding {
        var keys: [[UInt64]] = []
        var filed: [[UInt64]] = []
        var ranked: [[LinkMate]] = []
        var batchBuckets: [UInt64: [Int]] = [:]
        for (index, document) in batch.enumerated() {
            let own = bandKeys(document)
            var shared: [LinkMate: Int] = [:]
            var mine: [UInt64] = []
            for key in own {
                let stored = candidates.bands[key] ?? []
                let earlier = batchBuckets[key] ?? []
                for id in stored { shared[.stored(id), default: 0] += 1 }
                for other in earlier { shared[.batch(other), default: 0] += 1 }
                if stored.count + earlier.count < bucketCapacity {
                    mine.append(key)
                    batchBuckets[key, default: []].append(index)
                }
            }
            keys.append(own)
            filed.append(mine)
            ranked.append(
                shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .prefix(verifiedCandidates).map(\.key))
        }
        return Banding(keys: keys, filed: filed, ranked: ranked)
    }

    /// The stored documents whose shingles verification needs.
    func fingerprintsNeeded(_ banding: Banding) -> [String] {
        var ids = Set<String>()
        for mates in banding.ranked {
            for case .stored(let id) in mates { ids.insert(id) }
        }
        return Array(ids)
    }

    /// Decides, in batch order, which documents copy an earlier one.
    ///
    /// - Parameter fingerprints: the shingles of the stored documents ``fingerprintsNeeded(_:_:)`` named.
    func decide(
        _ batch: [AnalyzedDocument], _ candidates: LinkCandidates, banding: Banding,
        fingerprints: [String: ShingleSet]
    ) -> [DuplicateDecision?] {
        var decisions: [DuplicateDecision?] = []
        var firstWithHash: [String: Int] = [:]
        func group(_ mate: LinkMate) -> LinkMate {
            switch mate {
            case .stored(let id): .stored(candidates.group(of: id))
            case .batch(let index): decisions[index]?.group ?? mate
            }
        }
        for (index, analyzed) in batch.enumerated() {
            let document = analyzed.document
            guard !document.text.isEmpty else {
                decisions.append(nil)
                continue
            }
            var original: LinkMate?
            if let id = candidates.exact[document.contentHash] {
                original = .stored(id)
            } else if let earlier = firstWithHash[document.contentHash] {
                original = .batch(earlier)
            }
            if firstWithHash[document.contentHash] == nil { firstWithHash[document.contentHash] = index }
            if let original {
                decisions.append(
                    DuplicateDecision(original: original, group: group(original), kind: .exact, similarity: 1))
                continue
            }
            var best: (mate: LinkMate, similarity: Double)?
            for mate in banding.ranked[index] {
                let shingles: ShingleSet?
                switch mate {
                case .stored(let id): shingles = fingerprints[id]
                case .batch(let other): shingles = batch[other].fingerprint.shingles
                }
                guard let shingles else { continue }
                let similarity = analyzed.fingerprint.shingles.jaccard(shingles)
                if similarity >= options.threshold, similarity > (best?.similarity ?? 0) { best = (mate, similarity) }
            }
            if let best {
                decisions.append(
                    DuplicateDecision(
                        original: best.mate, group: group(best.mate), kind: .near, similarity: best.similarity))
            } else {
                decisions.append(nil)
            }
        }
        return decisions
    }
}
