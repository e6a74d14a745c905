import KhabarText

/// A MinHash signature: `count` 32-bit minima that estimate Jaccard similarity by the share of equal slots.
///
/// Two schemes fill it (``MinHasher/Scheme``):
/// - **one-permutation** (the default): each shingle is hashed once and lands in one of `count` bins, each
///   bin keeps its minimum, and the few empty bins borrow from others by optimal densification (Li, Owen
///   & Zhang 2012; Shrivastava 2017). The estimate has the variance of `count` independent permutations
///   (a little less for long texts) at the cost of one hash per shingle instead of `count`;
/// - **classic**: `count` independent hash functions (multiply-add with odd 64-bit constants on a mixed
///   hash, high 32 bits), each keeping its minimum: the textbook scheme, `count` hashes per shingle.
public struct MinHashSignature: Sendable, Hashable {
    /// The minima.
    public let values: [UInt32]

    /// Wraps stored values.
    public init(values: [UInt32]) {
        self.values = values
    }

    /// The estimated Jaccard similarity: the share of slots where the two signatures agree.
    public func estimatedJaccard(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for k in values.indices where values[k] == other.values[k] { equal += 1 }
        return Double(equal) / Double(values.count)
    }
}

/// Computes MinHash signatures of shingle sets.
public struct MinHasher: Sendable, Hashable {
    /// How the signature's slots are filled (see ``MinHashSignature``).
    public enum Scheme: String, Sendable, Hashable, CaseIterable {
        case onePermutation = "one-permutation"
        case classic
    }

    /// The number of slots ("permutations").
    public let count: Int
    /// The scheme.
    public let scheme: Scheme
    /// The seed: signatures agree only when made with the same seed.
    public let seed: UInt64
    private let multipliers: [UInt64]
    private let offsets: [UInt64]

    /// Creates a hasher of `count` slots.
    public init(count: Int = 128, scheme: Scheme = .onePermutation, seed: UInt64 = 0x6B68_6162_6172) {
        precondition(count >= 1, "a signature has at least one slot")
        self.count = count
        self.scheme = scheme
        self.seed = seed
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return StableHash.mix(state, seed: 0x2545_F491_4F6C_DD1D)
        }
        multipliers = (0..<count).map { _ in next() | 1 }
        offsets = (0..<count).map { _ in next() }
    }

    /// The signature of a set, or nil when the set is empty (an empty text has no near-duplicates).
    ///
    /// Complexity: O(s) hashes for s shingles (one-permutation) or O(s × count) (classic).
    public func signature(of set: ShingleSet) -> MinHashSignature? {
        signature(ofHashes: set.wide)
    }

    /// The signature of 64-bit shingle hashes (each once), or nil when there are none.
    public func signature(ofHashes hashes: [UInt64]) -> MinHashSignature? {
        guard !hashes.isEmpty else { return nil }
        switch scheme {
        case .onePermutation: return onePermutation(hashes)
        case .classic: return classic(hashes)
        }
    }

    private func onePermutation(_ hashes: [UInt64]) -> MinHashSignature {
        let k = count
        var bins = [UInt32](repeating: .max, count: k)
        var filled = [Bool](repeating: false, count: k)
        bins.withUnsafeMutableBufferPointer { bins in
            filled.withUnsafeMutableBufferPointer { filled in
                for hash in hashes {
                    let mixed = StableHash.mix(hash, seed: seed)
                    let bin = Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(k)).high)
                    let value = UInt32(truncatingIfNeeded: mixed)
                    if value < bins[bin] { bins[bin] = value }
                    filled[bin] = true
                }
            }
        }
        // Optimal densification: an empty bin takes the value of the first non-empty bin on its own
        // pseudo-random probe sequence, the same sequence for every text, so agreements stay meaningful.
        for bin in 0..<k where !filled[bin] {
            var attempt: UInt64 = 0
            while true {
                let probe = StableHash.mix(UInt64(bin) &* 0x1_0000_0001 &+ attempt, seed: seed ^ 0xDE45)
                let source = Int(truncatingIfNeeded: probe.multipliedFullWidth(by: UInt64(k)).high)
                if filled[source] {
                    bins[bin] = bins[source]
                    break
                }
                attempt += 1
            }
        }
        return MinHashSignature(values: bins)
    }

    private func classic(_ hashes: [UInt64]) -> MinHashSignature {
        var minima = [UInt32](repeating: .max, count: count)
        minima.withUnsafeMutableBufferPointer { minima in
            multipliers.withUnsafeBufferPointer { a in
                offsets.withUnsafeBufferPointer { b in
                    for hash in hashes {
                        let x = StableHash.mix(hash, seed: seed)
                        for slot in 0..<minima.count {
                            let value = UInt32(truncatingIfNeeded: (x &* a[slot] &+ b[slot]) >> 32)
                            if value < minima[slot] { minima[slot] = value }
                        }
                    }
                }
            }
        }
        return MinHashSignature(values: minima)
    }
}
