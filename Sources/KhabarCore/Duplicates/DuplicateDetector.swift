import KhabarText

/// A pair of duplicate texts.
public struct DuplicatePair: Sendable, Hashable {
    /// Whether the texts are the same (same match key) or near the same (Jaccard at or above the threshold).
    public typealias Kind = DuplicateKind

    /// The first text's index (the smaller one).
    public var first: Int
    /// The second text's index.
    public var second: Int
    /// Exact or near.
    public var kind: Kind
    /// The exact Jaccard similarity of their shingles (1 for exact duplicates).
    public var similarity: Double

    /// Creates a pair, ordering the indices.
    public init(_ a: Int, _ b: Int, kind: Kind, similarity: Double) {
        first = min(a, b)
        second = max(a, b)
        self.kind = kind
        self.similarity = similarity
    }
}

/// Finds every duplicate pair in a collection of texts.
///
/// Exact duplicates share a content hash (the hash of the match key of the cleaned text: whitespace, ZWJ,
/// nukta and quote differences do not hide a copy). Near-duplicates are found in three steps: MinHash
/// signatures, LSH banding for candidates, and verification of every candidate with the exact Jaccard of
/// the two shingle sets, so that every reported pair is real and the banding's S-curve only decides which
/// pairs are looked at. Empty texts are never duplicates of anything.
///
/// Complexity: O(n · b) for the index plus O(c · s) for c candidate pairs of s shingles.
public struct DuplicateDetector: Sendable {
    /// The settings.
    public let options: DedupOptions
    /// The signature maker.
    public let hasher: MinHasher

    /// Creates a detector.
    public init(options: DedupOptions = DedupOptions()) {
        self.options = options
        hasher = MinHasher(count: options.slots, scheme: options.scheme)
    }

    /// The fingerprint of a text under these settings.
    public func fingerprint(_ text: String) -> Fingerprint {
        Fingerprint(text: text, options: options, hasher: hasher)
    }

    /// Every duplicate pair among texts given by content hash and fingerprint (index-aligned).
    ///
    /// - Parameter contentHashes: nil for a text with no content (it takes part in nothing).
    public func pairs(contentHashes: [String?], fingerprints: [Fingerprint]) -> [DuplicatePair] {
        precondition(contentHashes.count == fingerprints.count, "one content hash per fingerprint")
        var result: [DuplicatePair] = []
        var exact = Set<Int64>()
        var byHash: [String: [Int]] = [:]
        for (index, hash) in contentHashes.enumerated() {
            if let hash { byHash[hash, default: []].append(index) }
        }
        for members in byHash.values where members.count > 1 {
            for (k, a) in members.enumerated() {
                for b in members[(k + 1)...] {
                    result.append(DuplicatePair(a, b, kind: .exact, similarity: 1))
                    exact.insert(Int64(min(a, b)) << 32 | Int64(max(a, b)))
                }
            }
        }
        var index = LSHIndex(parameters: options.lsh, expectedDocuments: fingerprints.count)
        for (document, fingerprint) in fingerprints.enumerated() {
            guard contentHashes[document] != nil, let signature = fingerprint.signature else { continue }
            let keys = index.bandKeys(signature)
            for candidate in index.candidates(keys: keys) {
                let other = Int(candidate)
                guard !exact.contains(Int64(other) << 32 | Int64(document)) else { continue }
                let similarity = fingerprint.shingles.jaccard(fingerprints[other].shingles)
                if similarity >= options.threshold {
                    result.append(DuplicatePair(other, document, kind: .near, similarity: similarity))
                }
            }
            index.insert(Int32(document), keys: keys)
        }
        return result.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Groups of duplicates from pairs: connected components, each sorted, in order of their first member.
    public static func groups(_ pairs: [DuplicatePair], count: Int) -> [[Int]] {
        var parent = Array(0..<count)
        func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root {
                let next = parent[node]
                parent[node] = root
                node = next
            }
            return root
        }
        for pair in pairs {
            let a = find(pair.first)
            let b = find(pair.second)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members: [Int: [Int]] = [:]
        for node in 0..<count { members[find(node), default: []].append(node) }
        return members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
