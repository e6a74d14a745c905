/// A hash table keyed by 64-bit term hashes (``Term/hash``, ``StableHash``), for the hot paths.
///
/// Term hashes are already uniformly mixed, so the table uses their low bits as the slot directly and
/// probes linearly: a lookup is one multiply-free index and usually one cache line, where `Set<Term>` runs
/// SipHash over the key first. The key 0 is stored as 1 (a 2⁻⁶⁴ collision).
///
/// Not for adversarial keys: a caller who can choose words could make them collide. The keys here come
/// from fixed word lists and trained models, and the values are looked up, never enumerated for output.
@frozen
public struct TermTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    @usableFromInline var storedCount = 0
    /// The number of entries.
    public var count: Int { storedCount }

    /// An empty table with room for `capacity` entries before it grows.
    public init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// A table of these entries (a later duplicate key replaces an earlier one).
    public init<S: Sequence>(_ entries: S) where S.Element == (UInt64, Value) {
        self.init(capacity: entries.underestimatedCount)
        for (key, value) in entries { self[key] = value }
    }

    @inlinable @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The value for a key, or nil.
    @inlinable
    public subscript(_ key: UInt64) -> Value? {
        get {
            let key = Self.stored(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is not needed by any caller
            let key = Self.stored(key)
            if (storedCount + 1) * 2 > keys.count { grow() }
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { storedCount += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    @usableFromInline mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        storedCount = 0
        for (slot, key) in oldKeys.enumerated() where key != 0 {
            if let value = oldValues[slot] { self[key] = value }
        }
    }

    /// A table of a dictionary's entries, keyed by term.
    public init(_ dictionary: [Term: Value]) {
        self.init(dictionary.map { ($0.key.hash, $0.value) })
    }

    /// The value for a term, or nil.
    @inlinable
    public subscript(_ term: Term) -> Value? { self[term.hash] }

    /// Every entry, in no particular order.
    public var entries: [(key: UInt64, value: Value)] {
        var result: [(key: UInt64, value: Value)] = []
        result.reserveCapacity(count)
        for (slot, key) in keys.enumerated() where key != 0 {
            if let value = values[slot] { result.append((key, value)) }
        }
        return result
    }
}

/// A set of term hashes on ``TermTable``.
@frozen
public struct TermSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var table: TermTable<Bool>

    /// A set of these term hashes.
    public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        table = TermTable(hashes.map { ($0, true) })
    }

    /// A set of these terms.
    public init<S: Sequence>(terms: S) where S.Element == Term {
        self.init(terms.map(\.hash))
    }

    /// A set of the terms of these words (each normalized and keyed).
    public init(arrayLiteral words: String...) {
        self.init(terms: words.map { Term($0) })
    }

    /// Whether the set holds a term.
    @inlinable
    public func contains(_ term: Term) -> Bool { table[term.hash] != nil }

    /// Whether the set holds a term hash.
    @inlinable
    public func contains(hash: UInt64) -> Bool { table[hash] != nil }

    /// Adds a term hash.
    public mutating func insert(_ hash: UInt64) { table[hash] = true }

    /// The number of members.
    public var count: Int { table.count }

    /// The members' hashes, in no particular order.
    public var hashes: [UInt64] { table.entries.map(\.key) }
}
