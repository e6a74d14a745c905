import KhabarText

/// The set of word shingles of a text, as sorted distinct 32-bit hashes.
///
/// A shingle is `k` consecutive word terms (match keys, so spelling variants, nukta forms, ZWJ and quote
/// styles do not change it; punctuation is not a word). A text with fewer than `k` words has one shingle of
/// all its words, and a text with none has none. Stored as 32-bit hashes the set takes 4 bytes per shingle;
/// two different shingles of two texts collide with probability about n²/2³³ (≈10⁻⁴ for two 500-word texts),
/// which moves a Jaccard value by far less than its last reported digit.
public struct ShingleSet: Sendable, Hashable {
    /// The sorted, distinct shingle hashes.
    public let hashes: [UInt32]
    /// The full 64-bit hash of every shingle (distinct, unordered), the input of the MinHash signature.
    public let wide: [UInt64]

    /// The 64-bit hash of every shingle of a sequence of word terms, in text order (repeats included).
    ///
    /// Complexity: O(n·k) for n words.
    public static func shingleHashes(terms: [UInt64], size k: Int) -> [UInt64] {
        precondition(k >= 1, "a shingle has at least one word")
        var wide: [UInt64] = []
        if terms.count >= k {
            wide.reserveCapacity(terms.count - k + 1)
            for start in 0...(terms.count - k) {
                var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
                for offset in 0..<k { hash = StableHash.fold(hash ^ terms[start + offset], 0xD6E8_FEB8_6659_FD93) }
                wide.append(hash)
            }
        } else if !terms.isEmpty {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for term in terms { hash = StableHash.fold(hash ^ term, 0xD6E8_FEB8_6659_FD93) }
            wide.append(hash)
        }
        return wide
    }

    /// The shingles of a sequence of word terms.
    ///
    /// Complexity: O(n log n) for n words (the sort).
    public init(terms: [UInt64], size k: Int) {
        var wide = Self.shingleHashes(terms: terms, size: k)
        wide.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(wide.count)
        for hash in wide where distinct.last != hash { distinct.append(hash) }
        self.wide = distinct
        var narrow = distinct.map { UInt32(truncatingIfNeeded: $0 >> 32) }
        narrow.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(narrow.count)
        for hash in narrow where unique.last != hash { unique.append(hash) }
        hashes = unique
    }

    /// A set from stored hashes (sorted and distinct).
    public init(sortedHashes: [UInt32]) {
        hashes = sortedHashes
        wide = []
    }

    /// The number of shingles.
    public var count: Int { hashes.count }

    /// Whether the text had no words.
    public var isEmpty: Bool { hashes.isEmpty }

    /// The exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sets (0 when both are empty).
    ///
    /// Complexity: O(|A| + |B|), a merge of the sorted arrays.
    public func jaccard(_ other: ShingleSet) -> Double {
        let a = hashes
        let b = other.hashes
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0
        var j = 0
        var common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
