/// Groups a stream of texts into duplicate groups as they arrive, in memory, at corpus scale.
///
/// Each text is checked against the LSH index: candidates already in the text's group are skipped, and for
/// every other candidate group the text is verified (exact Jaccard) against the group's kept members until
/// one passes; then the groups merge. Only the first `keptPerGroup` members of a group keep their shingle
/// sets, so memory grows with the number of groups and singletons, not with the copies of one article.
/// Signatures are not kept at all: the index holds band keys only.
///
/// Complexity: O(b) index work per text for b bands, plus one Jaccard per candidate group verified.
public struct StreamingDeduplicator: Sendable {
    /// The settings.
    public let options: DedupOptions
    /// How many members of a group keep their shingles for verification.
    public let keptPerGroup: Int
    private var index: LSHIndex
    private var parent: [Int32] = []
    private var kept: [Int32: [ShingleSet]] = [:]
    private var exact: [String: Int32] = [:]
    /// Verified pairs (text, earlier member) that joined groups.
    public private(set) var joins = 0
    /// Candidates looked at, and Jaccard computations done.
    public private(set) var candidatesSeen = 0
    public private(set) var verifications = 0

    /// Creates an empty deduplicator.
    public init(options: DedupOptions = DedupOptions(), keptPerGroup: Int = 4, expectedTexts: Int = 1024) {
        self.options = options
        self.keptPerGroup = keptPerGroup
        index = LSHIndex(parameters: options.lsh, expectedDocuments: expectedTexts)
        parent.reserveCapacity(expectedTexts)
    }

    /// The group (its first member) of text `id`.
    public mutating func group(of id: Int32) -> Int32 {
        var root = id
        while parent[Int(root)] != root { root = parent[Int(root)] }
        var node = id
        while parent[Int(node)] != root {
            let next = parent[Int(node)]
            parent[Int(node)] = root
            node = next
        }
        return root
    }

    /// Adds the next text (ids are given in order, from 0) and returns its group.
    ///
    /// - Parameters:
    ///   - contentHash: the text's content hash, or nil for an empty text (it stays alone).
    ///   - fingerprint: its fingerprint.
    public mutating func add(contentHash: String?, fingerprint: Fingerprint) -> Int32 {
        let id = Int32(parent.count)
        parent.append(id)
        guard let contentHash else { return id }
        if let twin = exact[contentHash] {
            let root = group(of: twin)
            parent[Int(id)] = root
            joins += 1
            return root
        }
        exact[contentHash] = id
        guard let signature = fingerprint.signature else { return id }
        let keys = index.bandKeys(signature)
        var tried = Set<Int32>()
        var mine = id
        for candidate in index.candidates(keys: keys) {
            candidatesSeen += 1
            let root = group(of: candidate)
            guard root != mine, !tried.contains(root) else { continue }
            tried.insert(root)
            let passes = (kept[root] ?? []).contains { member in
                verifications += 1
                return member.jaccard(fingerprint.shingles) >= options.threshold
            }
            if passes {
                merge(root, into: &mine)
                joins += 1
            }
        }
        index.insert(id, keys: keys)
        let root = group(of: id)
        if (kept[root]?.count ?? 0) < keptPerGroup {
            kept[root, default: []].append(ShingleSet(sortedHashes: fingerprint.shingles.hashes))
        }
        return root
    }

    private mutating func merge(_ other: Int32, into mine: inout Int32) {
        let (keep, drop) = other < mine ? (other, mine) : (mine, other)
        parent[Int(drop)] = keep
        var members = kept[keep] ?? []
        if let dropped = kept.removeValue(forKey: drop) {
            members += dropped.prefix(max(0, keptPerGroup - members.count))
        }
        kept[keep] = members
        mine = keep
    }

    /// The number of texts added.
    public var count: Int { parent.count }

    /// Bytes held by the LSH index.
    public var indexBytes: Int { index.memoryBytes }

    /// Bytes of kept shingle sets.
    public var keptBytes: Int { kept.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count * 4 } } }
}
