import Testing

@testable import KhabarText

@Suite("Stable hash")
struct StableHashTests {
    @Test("values are fixed across runs and machines")
    func golden() {
        // Stored content hashes depend on these values never changing.
        #expect(StableHash.hex(StableHash.hash("")) == "b6ea2e0e30d44bfc")
        #expect(StableHash.hex(StableHash.hash("खबर")) == "08b347af569e600a")
        #expect(StableHash.hex128("Khabar news") == "c8d1586bc47756020790759501f2e32e")
    }

    @Test("seeds, lengths and single bits change the hash")
    func sensitivity() {
        var seen = Set<UInt64>()
        let inputs = [
            "", "a", "b", "ab", "ba", "खबर", "खबर ", String(repeating: "x", count: 15),
            String(repeating: "x", count: 16), String(repeating: "x", count: 17),
        ]
        for input in inputs {
            seen.insert(StableHash.hash(input))
            seen.insert(StableHash.hash(input, seed: 1))
        }
        #expect(seen.count == inputs.count * 2)
        #expect(StableHash.hex128("खबर").count == 32)
    }
}
