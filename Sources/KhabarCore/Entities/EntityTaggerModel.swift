public import Foundation
import KhabarText

/// The weights of the entity tagger: one weight per (feature, tag), and one per tag transition.
///
/// Features are looked up in an open-addressing table keyed by their 64-bit hashes; a feature the model
/// never saw weighs nothing. Decoding is first-order Viterbi over the BIO tags with the constraint that an
/// inside tag continues an entity of its own type.
///
/// The file format (little-endian): `KNER`, format version, feature template version, tag count,
/// feature count, weight scale (Float32), (tags + 1) × tags transition weights (Float32; the extra row is
/// the sentence start), the feature hashes (UInt64, sorted), then tags weights per feature (Int16, times
/// the scale), then the person-name word count and each word's term hash (UInt64) and classes (UInt8),
/// then the vocabulary's size and its term hashes (UInt64, sorted), then the gazetteer: its longest phrase
/// (UInt32), phrase count and each phrase's hash (UInt64) and type (UInt8), first-word count and hashes.
public struct EntityTaggerModel: Sendable {
    static let magic: [UInt8] = Array("KNER".utf8)
    static let formatVersion: UInt32 = 4
    static let tags = EntityTag.count

    /// The feature table, open addressing in two parallel arrays: `slotKeys[i]` is the high half of the
    /// hash of the feature in slot `i` (0: empty; the low bits chose the slot), `slotWeights[i]` its weights
    /// for the tags, quantized to 16 bits and padded to 8 lanes. A probe reads 4 bytes of a table of about a
    /// megabyte, which stays in cache; the weights are read only for a feature the model has.
    private var slotKeys: [UInt32]
    private var slotWeights: [SIMD8<Int16>]
    /// The features in the table, 64-bit and in table order (for writing the model out).
    private var features: [UInt64]
    private var mask: Int
    /// A weight is `Float(quantized) * scale`.
    private let scale: Float
    /// `(tags + 1) × tags` transition weights; row `tags` is the sentence start.
    var transitions: [Float]
    /// The person-name words the features read (see ``EntityFeatures/personNames``), kept with the weights
    /// they were trained with.
    public let personNames: [UInt64: UInt8]
    /// The words seen in training, by term hash; the features read any other word as unknown.
    public let vocabulary: Set<UInt64>
    /// Entity names from training.
    public let gazetteer: EntityGazetteer
    /// The number of features with weights.
    public let featureCount: Int
    /// Tells models apart: a hash of the file the model was read from, or of its weights' shape when it was
    /// trained in memory.
    public private(set) var identity: String

    /// A model from features and their weights (`weights[i]` holds `tags` weights of `features[i]`).
    public init(
        features: [UInt64],
        weights: [[Float]],
        transitions: [Float],
        personNames: [UInt64: UInt8] = [:],
        vocabulary: Set<UInt64> = [],
        gazetteer: EntityGazetteer = EntityGazetteer()
    ) {
        precondition(features.count == weights.count && transitions.count == (Self.tags + 1) * Self.tags)
        var largest: Float = 1e-9
        for row in weights {
            for value in row { largest = max(largest, abs(value)) }
        }
        let scale = largest / Float(Int16.max)
        let quantized = weights.map { row -> SIMD8<Int16> in
            var lanes = SIMD8<Int16>()
            for tag in 0..<Self.tags { lanes[tag] = Int16(max(-32767, min(32767, (row[tag] / scale).rounded()))) }
            return lanes
        }
        self.init(
            features: features, quantized: quantized, scale: scale, transitions: transitions,
            personNames: personNames, vocabulary: vocabulary, gazetteer: gazetteer)
    }

    private init(
        features: [UInt64],
        quantized: [SIMD8<Int16>],
        scale: Float,
        transitions: [Float],
        personNames: [UInt64: UInt8],
        vocabulary: Set<UInt64>,
        gazetteer: EntityGazetteer
    ) {
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var keys = [UInt32](repeating: 0, count: capacity)
        var weights = [SIMD8<Int16>](repeating: .zero, count: capacity)
        let mask = capacity - 1
        for (row, feature) in features.enumerated() {
            let (slot, fingerprint) = Self.probe(feature, mask: mask)
            var index = slot
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = fingerprint
            weights[index] = quantized[row]
        }
        slotKeys = keys
        slotWeights = weights
        self.features = features
        self.mask = mask
        self.scale = scale
        self.transitions = transitions
        self.personNames = personNames
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        featureCount = features.count
        identity = "trained-\(features.count)-\(transitions.count)"
    }

    /// The first slot of a feature and the fingerprint stored for it (never 0).
    @inline(__always)
    static func probe(_ feature: UInt64, mask: Int) -> (slot: Int, fingerprint: UInt32) {
        let fingerprint = UInt32(truncatingIfNeeded: feature >> 32)
        return (Int(truncatingIfNeeded: feature) & mask, fingerprint == 0 ? 1 : fingerprint)
    }

    /// The best tag sequence for a sentence whose features (``EntityFeatures/count`` per token) are given.
    ///
    /// Complexity: O(n·(f + t²)) for n tokens, f features and t tags.
    public func decode(_ features: [UInt64], count n: Int) -> [EntityTag] {
        guard n > 0 else { return [] }
        let t = Self.tags
        let perToken = EntityFeatures.count
        var emissions = [Float](repeating: 0, count: n * t)
        let mask = self.mask
        let total = n * perToken
        // Three passes over the sentence's features, so that the table reads of one pass do not wait on each
        // other (the processor overlaps independent cache misses): read each feature's first slot; settle
        // where it is (a few need the next slots); then add up the weights of those the model has.
        var slots = [Int32](repeating: -1, count: total)
        slotKeys.withUnsafeBufferPointer { keys in
            features.withUnsafeBufferPointer { features in
                slots.withUnsafeMutableBufferPointer { slots in
                    var firstKeys = [UInt32](repeating: 0, count: total)
                    firstKeys.withUnsafeMutableBufferPointer { firstKeys in
                        for k in 0..<total {
                            let (first, _) = Self.probe(features[k], mask: mask)
                            firstKeys[k] = keys[first]
                        }
                        for k in 0..<total {
                            let (first, fingerprint) = Self.probe(features[k], mask: mask)
                            var found = firstKeys[k]
                            var slot = first
                            while found != fingerprint && found != 0 {
                                slot = (slot + 1) & mask
                                found = keys[slot]
                            }
                            if found == fingerprint { slots[k] = Int32(slot) }
                        }
                    }
                }
            }
        }
        slotWeights.withUnsafeBufferPointer { weights in
            slots.withUnsafeBufferPointer { slots in
                emissions.withUnsafeMutableBufferPointer { emissions in
                    for i in 0..<n {
                        var sum = SIMD8<Int32>()
                        for f in 0..<perToken {
                            let slot = slots[i * perToken + f]
                            if slot >= 0 { sum &+= SIMD8<Int32>(truncatingIfNeeded: weights[Int(slot)]) }
                        }
                        for tag in 0..<t { emissions[i * t + tag] = Float(sum[tag]) * scale }
                    }
                }
            }
        }
        return Self.viterbi(emissions: emissions, transitions: transitions, count: n)
    }

    /// Which tag may follow which: `allowed[previous * tags + tag]`, the sentence start as previous `tags`.
    static let allowed: [Bool] = {
        var table = [Bool](repeating: false, count: (tags + 1) * tags)
        for previous in 0...tags {
            for tag in 0..<tags {
                let before = previous < tags ? EntityTag(rawValue: previous) : nil
                table[previous * tags + tag] = EntityTag(rawValue: tag)?.canFollow(before) ?? false
            }
        }
        return table
    }()

    /// First-order Viterbi with the BIO constraint.
    package static func viterbi(emissions: [Float], transitions: [Float], count n: Int) -> [EntityTag] {
        let t = tags
        let impossible = -Float.greatestFiniteMagnitude
        // Transition scores with the forbidden ones set to -∞, so the inner loop needs no test.
        var moves = transitions
        for k in moves.indices where !allowed[k] { moves[k] = impossible }
        var score = [Float](repeating: impossible, count: n * t)
        var back = [Int8](repeating: 0, count: n * t)
        for tag in 0..<t where moves[t * t + tag] > impossible { score[tag] = emissions[tag] + moves[t * t + tag] }
        if n > 1 {
            for i in 1..<n {
                for tag in 0..<t {
                    var best = impossible
                    var arg = 0
                    for previous in 0..<t {
                        let move = moves[previous * t + tag]
                        let before = score[(i - 1) * t + previous]
                        guard move > impossible, before > impossible else { continue }
                        if before + move > best {
                            best = before + move
                            arg = previous
                        }
                    }
                    if best > impossible { score[i * t + tag] = best + emissions[i * t + tag] }
                    back[i * t + tag] = Int8(arg)
                }
            }
        }
        var tag = 0
        var best = impossible
        for candidate in 0..<t where score[(n - 1) * t + candidate] > best {
            best = score[(n - 1) * t + candidate]
            tag = candidate
        }
        var result = [EntityTag](repeating: .outside, count: n)
        var i = n - 1
        while true {
            result[i] = EntityTag(rawValue: tag) ?? .outside
            if i == 0 { break }
            tag = Int(back[i * t + tag])
            i -= 1
        }
        return result
    }

    // MARK: Reading and writing

    /// An error reading a model file.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// The model in its file format, weights quantized to 16 bits.
    public func serialized() -> Data {
        var rows: [(feature: UInt64, weights: SIMD8<Int16>)] = []
        for feature in features {
            let (first, fingerprint) = Self.probe(feature, mask: mask)
            var slot = first
            while slotKeys[slot] != fingerprint { slot = (slot + 1) & mask }
            rows.append((feature, slotWeights[slot]))
        }
        let slots = rows.sorted { $0.feature < $1.feature }
        var data = Data(Self.magic)
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        append(Self.formatVersion)
        append(EntityFeatures.version)
        append(UInt32(Self.tags))
        append(UInt32(slots.count))
        append(scale.bitPattern)
        for value in transitions { append(value.bitPattern) }
        for slot in slots { append(slot.feature) }
        for slot in slots {
            for tag in 0..<Self.tags { append(slot.weights[tag]) }
        }
        append(UInt32(personNames.count))
        for (term, classes) in personNames.sorted(by: { $0.key < $1.key }) {
            append(term)
            append(classes)
        }
        append(UInt32(vocabulary.count))
        for term in vocabulary.sorted() { append(term) }
        append(UInt32(gazetteer.longest))
        append(UInt32(gazetteer.phrases.count))
        for (phrase, type) in gazetteer.phrases.entries.sorted(by: { $0.key < $1.key }) {
            append(phrase)
            append(type)
        }
        append(UInt32(gazetteer.firstWords.count))
        for word in gazetteer.firstWords.hashes.sorted() { append(word) }
        return data
    }

    /// Reads a model written by ``serialized()``.
    public init(reading data: Data) throws {
        let bytes = [UInt8](data)
        var offset = 0
        func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else { throw FormatError(description: "the model file is truncated") }
            var value = T.zero
            for k in 0..<size { value |= T(bytes[offset + k]) << (8 * k) }
            offset += size
            return value
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else {
            throw FormatError(description: "not an entity model file (no KNER header)")
        }
        offset = 4
        let format = try take(UInt32.self)
        let templates = try take(UInt32.self)
        let tagCount = try take(UInt32.self)
        guard format == Self.formatVersion, templates == EntityFeatures.version, tagCount == UInt32(Self.tags) else {
            throw FormatError(
                description:
                    "the model was made for format \(format), features \(templates), \(tagCount) tags; this build reads format \(Self.formatVersion), features \(EntityFeatures.version), \(Self.tags) tags — retrain with scripts/train-entities"
            )
        }
        let count = Int(try take(UInt32.self))
        let scale = Float(bitPattern: try take(UInt32.self))
        var transitions: [Float] = []
        for _ in 0..<((Self.tags + 1) * Self.tags) { transitions.append(Float(bitPattern: try take(UInt32.self))) }
        var features: [UInt64] = []
        features.reserveCapacity(count)
        for _ in 0..<count { features.append(try take(UInt64.self)) }
        var quantized: [SIMD8<Int16>] = []
        quantized.reserveCapacity(count)
        for _ in 0..<count {
            var lanes = SIMD8<Int16>()
            for tag in 0..<Self.tags { lanes[tag] = Int16(bitPattern: try take(UInt16.self)) }
            quantized.append(lanes)
        }
        var names: [UInt64: UInt8] = [:]
        let nameCount = Int(try take(UInt32.self))
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount {
            let term = try take(UInt64.self)
            names[term] = try take(UInt8.self)
        }
        var vocabulary = Set<UInt64>()
        let vocabularyCount = Int(try take(UInt32.self))
        vocabulary.reserveCapacity(vocabularyCount)
        for _ in 0..<vocabularyCount { vocabulary.insert(try take(UInt64.self)) }
        let longest = Int(try take(UInt32.self))
        var phrases: [UInt64: UInt8] = [:]
        for _ in 0..<Int(try take(UInt32.self)) {
            let phrase = try take(UInt64.self)
            phrases[phrase] = try take(UInt8.self)
        }
        var firstWords = Set<UInt64>()
        for _ in 0..<Int(try take(UInt32.self)) { firstWords.insert(try take(UInt64.self)) }
        let gazetteer = EntityGazetteer(phrases: phrases, firstWords: firstWords, longest: longest)
        guard offset == bytes.count else { throw FormatError(description: "the model file has trailing bytes") }
        self.init(
            features: features, quantized: quantized, scale: scale, transitions: transitions, personNames: names,
            vocabulary: vocabulary, gazetteer: gazetteer)
        identity = bytes.withUnsafeBytes { StableHash.hex(StableHash.hash($0)) }
    }
}
