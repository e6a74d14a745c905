import Foundation
import KhabarText

/// How a MinHash signature is cut into bands for locality-sensitive hashing.
///
/// Two texts become candidates when all `rows` values of at least one of the `bands` bands agree. For texts
/// of Jaccard similarity J that happens with probability 1 − (1 − Jʳ)ᵇ, an S-curve that rises near
/// (1/b)^(1/r). Candidates are then verified with the exact Jaccard of their shingle sets, so the banding
/// only has to keep (almost) every pair at or above the threshold: ``forThreshold(_:slots:recall:)`` picks
/// the widest bands (fewest candidates) whose S-curve still reaches `recall` at the threshold.
public struct LSHParameters: Sendable, Hashable, CustomStringConvertible {
    /// Number of bands.
    public let bands: Int
    /// Signature values per band.
    public let rows: Int

    /// Creates parameters.
    ///
    /// - Precondition: `bands ≥ 1`, `rows ≥ 1`.
    public init(bands: Int, rows: Int) {
        precondition(bands >= 1 && rows >= 1, "LSH needs at least one band of one row")
        self.bands = bands
        self.rows = rows
    }

    /// The probability that two texts of Jaccard similarity `jaccard` share a band.
    public func candidateProbability(_ jaccard: Double) -> Double {
        1 - pow(1 - pow(jaccard, Double(rows)), Double(bands))
    }

    /// The widest banding of `slots` signature values that makes pairs at `threshold` candidates with
    /// probability at least `recall`.
    public static func forThreshold(_ threshold: Double, slots: Int, recall: Double = 0.999) -> LSHParameters {
        var best = LSHParameters(bands: slots, rows: 1)
        for rows in 1...max(1, slots) {
            let candidate = LSHParameters(bands: slots / rows, rows: rows)
            guard candidate.bands >= 1 else { break }
            if candidate.candidateProbability(threshold) >= recall { best = candidate }
        }
        return best
    }

    public var description: String { "\(bands) bands × \(rows) rows" }
}

/// The settings of near-duplicate detection, with their defaults.
public struct DedupOptions: Sendable, Hashable {
    /// Words per shingle (default 5).
    public var shingleSize: Int
    /// MinHash slots, the "permutations" (default 128).
    public var slots: Int
    /// How the slots are filled (default one-permutation hashing).
    public var scheme: MinHasher.Scheme
    /// The Jaccard similarity at or above which two articles are near-duplicates (default 0.8).
    public var threshold: Double
    /// The banding (default: the widest banding that keeps 99.9% of pairs at the threshold; for 128 slots
    /// and 0.8 that is 25 bands × 5 rows).
    public var lsh: LSHParameters
    /// Texts with fewer words than this are matched only as exact duplicates (default 5: one shingle).
    public var minimumWords: Int

    /// The defaults, or the given values.
    public init(
        shingleSize: Int = 5,
        slots: Int = 128,
        scheme: MinHasher.Scheme = .onePermutation,
        threshold: Double = 0.8,
        lsh: LSHParameters? = nil,
        minimumWords: Int = 5
    ) {
        self.shingleSize = shingleSize
        self.slots = slots
        self.scheme = scheme
        self.threshold = threshold
        self.lsh = lsh ?? .forThreshold(threshold, slots: slots)
        self.minimumWords = minimumWords
    }
}

extension LSHParameters {
    /// The band keys of a signature: one hash per band of its `rows` values and the band's number (never 0).
    public func bandKeys(_ signature: MinHashSignature) -> [UInt64] {
        (0..<bands).map { band in
            var hash = UInt64(band) &* 0x9E37_79B9_7F4A_7C15 &+ 1
            for row in 0..<rows {
                hash = StableHash.fold(hash ^ UInt64(signature.values[band * rows + row]), 0xC2B2_AE3D_27D4_EB4F)
            }
            return hash == 0 ? 1 : hash  // 0 marks an empty slot
        }
    }
}
