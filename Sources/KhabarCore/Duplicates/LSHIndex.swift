import KhabarText

/// An in-memory LSH index: for each band, a hash table from the band's key to the documents that have it.
///
/// Entries live in two flat arrays (document, next entry) chained from open-addressing slots, so an entry
/// costs 8 bytes plus its share of the slot table, with no allocation per bucket: 1,000,000 documents in
/// 25 bands take about 200 MB of entries. Documents are small integers given by the caller.
public struct LSHIndex: Sendable {
    /// The banding.
    public let parameters: LSHParameters
    private var slotKeys: [UInt64]
    private var slotHeads: [Int32]
    private var entryDocument: [Int32] = []
    private var entryNext: [Int32] = []
    private var used = 0
    private var stamp: [UInt32] = []
    private var generation: UInt32 = 0

    /// An empty index.
    public init(parameters: LSHParameters, expectedDocuments: Int = 1024) {
        self.parameters = parameters
        let slots = Self.power(of2AtLeast: max(64, expectedDocuments * parameters.bands / 2))
        slotKeys = [UInt64](repeating: 0, count: slots)
        slotHeads = [Int32](repeating: -1, count: slots)
        entryDocument.reserveCapacity(expectedDocuments * parameters.bands)
        entryNext.reserveCapacity(expectedDocuments * parameters.bands)
    }

    /// The band keys of a signature: one hash per band of its `rows` values and the band's number.
    public func bandKeys(_ signature: MinHashSignature) -> [UInt64] {
        parameters.bandKeys(signature)
    }

    /// Adds a document under its band keys.
    public mutating func insert(_ document: Int32, keys: [UInt64]) {
        if (used + keys.count) * 2 > slotKeys.count { grow() }
        for key in keys {
            let slot = find(key)
            if slotKeys[slot] == 0 {
                slotKeys[slot] = key
                used += 1
            }
            entryDocument.append(document)
            entryNext.append(slotHeads[slot])
            slotHeads[slot] = Int32(entryDocument.count - 1)
        }
    }

    /// The documents sharing at least one band key, each once, in no particular order.
    ///
    /// - Parameter limit: stop after this many candidates (a bucket shared by thousands of copies of one
    ///   article need not be listed whole).
    public mutating func candidates(keys: [UInt64], limit: Int = .max) -> [Int32] {
        generation &+= 1
        if generation == 0 {  // wrapped: clear the stamps
            for k in stamp.indices { stamp[k] = 0 }
            generation = 1
        }
        var result: [Int32] = []
        for key in keys {
            let slot = find(key)
            guard slotKeys[slot] == key else { continue }
            var entry = slotHeads[slot]
            while entry >= 0 {
                let document = Int(entryDocument[Int(entry)])
                if document >= stamp.count {
                    stamp.append(contentsOf: repeatElement(0, count: document - stamp.count + 1024))
                }
                if stamp[document] != generation {
                    stamp[document] = generation
                    result.append(Int32(document))
                    if result.count >= limit { return result }
                }
                entry = entryNext[Int(entry)]
            }
        }
        return result
    }

    /// Bytes held by the index's arrays.
    public var memoryBytes: Int {
        slotKeys.capacity * 8 + slotHeads.capacity * 4 + entryDocument.capacity * 4 + entryNext.capacity * 4
            + stamp.capacity * 4
    }

    private func find(_ key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while slotKeys[slot] != 0 && slotKeys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldKeys = slotKeys
        let oldHeads = slotHeads
        slotKeys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slotHeads = [Int32](repeating: -1, count: oldKeys.count * 2)
        for (key, head) in zip(oldKeys, oldHeads) where key != 0 {
            let slot = find(key)
            slotKeys[slot] = key
            slotHeads[slot] = head
        }
    }

    private static func power(of2AtLeast value: Int) -> Int {
        var size = 1
        while size < value { size <<= 1 }
        return size
    }
}
