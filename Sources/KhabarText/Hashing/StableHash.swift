/// A fast, seeded, non-cryptographic 64-bit hash whose values are the same on every run and machine.
///
/// Swift's `Hasher` is randomly seeded per process, so it cannot name stored content. This hash reads its
/// input as little-endian 64-bit words and folds each into the state with a 64×64→128-bit multiply whose
/// halves are xor-ed ("multiply-fold", the mixing step of wyhash-style hashes). Content hashes use two
/// seeds for 128 bits.
///
/// Complexity: O(n), about one multiply per 8 bytes.
public enum StableHash {
    static let k0: UInt64 = 0xA076_1D64_78BD_642F
    static let k1: UInt64 = 0xE703_7ED1_A0B4_28DB
    static let k2: UInt64 = 0x8EBC_6AF0_9C88_C6E3
    static let k3: UInt64 = 0x5899_65CC_7537_4CC3

    /// Multiplies two words to 128 bits and folds the halves together.
    @inline(__always)
    public static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// Mixes one 64-bit value into a well-distributed 64-bit value (a bijection-free finalizer).
    @inline(__always)
    public static func mix(_ value: UInt64, seed: UInt64 = 0) -> UInt64 {
        fold(value ^ seed ^ k0, k1 ^ seed) ^ value
    }

    /// The hash of raw bytes.
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let n = bytes.count
        var state = seed ^ k0 ^ (UInt64(truncatingIfNeeded: n) &* k1)
        var i = 0
        while i + 16 <= n {
            let a = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let b = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            state = fold(a ^ k1 ^ state, b ^ k2)
            i += 16
        }
        var tail0: UInt64 = 0
        var tail1: UInt64 = 0
        var shift: UInt64 = 0
        while i + 4 <= n {  // scalars hash 4 bytes at a time
            let word = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
            if shift < 64 { tail0 |= word << shift } else { tail1 |= word << (shift - 64) }
            shift += 32
            i += 4
        }
        while i < n {
            let byte = UInt64(bytes[i])
            if shift < 64 { tail0 |= byte << shift } else { tail1 |= byte << (shift - 64) }
            shift += 8
            i += 1
        }
        state = fold(tail0 ^ k2 ^ state, tail1 ^ k3)
        return fold(state ^ k0, k3 ^ UInt64(truncatingIfNeeded: n))
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// The hash of a run of scalars (their 32-bit values, little-endian).
    public static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, seed: UInt64 = 0) -> UInt64 {
        hash(UnsafeRawBufferPointer(scalars), seed: seed)
    }

    /// A 128-bit hash of a string as 32 lower-case hex digits.
    public static func hex128(_ string: String) -> String {
        hex(hash(string, seed: 0x6B68_6162_6172)) + hex(hash(string, seed: 0x6E65_7773))
    }

    /// A 64-bit value as 16 lower-case hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0x30, count: 16)
        var v = value
        for k in stride(from: 15, through: 0, by: -1) {
            bytes[k] = digits[Int(v & 0xF)]
            v >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
