import KhabarText

/// A read-only map from terms to values, probed by the term's own 64-bit hash.
///
/// Terms are already well-mixed hashes, so the table skips `Hasher` and probes linearly from the hash's low
/// bits in a table at most a quarter full: one or two comparisons per lookup, several times cheaper than a
/// `Dictionary` for the one lookup per token the extractor makes.
struct TermTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int

    /// A table of the entries of `dictionary`.
    init(_ dictionary: [Term: Value]) {
        var size = 16
        while size < dictionary.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        let mask = size - 1
        for (term, value) in dictionary where term.hash != 0 {
            var slot = Int(truncatingIfNeeded: term.hash) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = term.hash
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The value of `term`, if the table has it.
    @inline(__always)
    subscript(_ term: Term) -> Value? {
        let hash = term.hash
        guard hash != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[slot]
            if key == hash { return values[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
