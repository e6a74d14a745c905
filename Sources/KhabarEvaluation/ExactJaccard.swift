/// Exact Jaccard similarity of every pair of sets that share an element, by brute force: an inverted index
/// from element to sets, then one count per shared element per pair. Pairs that share nothing have J = 0.
///
/// This is the gold standard near-duplicate detection is scored against. Complexity: O(Σ m²) over the
/// posting lists (m sets per element) — fine for samples of thousands of texts, not for a corpus.
public enum ExactJaccard {
    /// Every pair (i < j) with Jaccard at least `floor`, with its value, sorted by (i, j).
    public static func pairs(_ sets: [[UInt64]], floor: Double) -> [(Int, Int, Double)] {
        var postings: [UInt64: [Int32]] = [:]
        for (index, set) in sets.enumerated() {
            for element in set { postings[element, default: []].append(Int32(index)) }
        }
        var shared: [Int64: Int32] = [:]
        for list in postings.values where list.count > 1 {
            for (k, a) in list.enumerated() {
                for b in list[(k + 1)...] { shared[Int64(a) << 32 | Int64(b), default: 0] += 1 }
            }
        }
        var result: [(Int, Int, Double)] = []
        for (pair, common) in shared {
            let a = Int(pair >> 32)
            let b = Int(pair & 0xFFFF_FFFF)
            let union = sets[a].count + sets[b].count - Int(common)
            let jaccard = Double(common) / Double(union)
            if jaccard >= floor { result.append((a, b, jaccard)) }
        }
        return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }
}

/// Precision, recall and F1 of predicted pairs against gold pairs.
public struct PrecisionRecall: Sendable, Hashable, CustomStringConvertible {
    public var predicted: Int
    public var gold: Int
    public var correct: Int

    /// Scores `predicted` against `gold` (pairs as ordered (smaller, larger) tuples packed in Int64).
    public init(predicted: Set<Int64>, gold: Set<Int64>) {
        self.predicted = predicted.count
        self.gold = gold.count
        correct = predicted.intersection(gold).count
    }

    /// Counts as they are.
    public init(predicted: Int = 0, gold: Int = 0, correct: Int = 0) {
        self.predicted = predicted
        self.gold = gold
        self.correct = correct
    }

    /// Adds another set of counts to these.
    public static func += (lhs: inout PrecisionRecall, rhs: PrecisionRecall) {
        lhs.predicted += rhs.predicted
        lhs.gold += rhs.gold
        lhs.correct += rhs.correct
    }

    public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(correct) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        "P \(round4(precision)) R \(round4(recall)) F1 \(round4(f1)) (\(correct) of \(predicted) predicted, \(gold) gold)"
    }

    private func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// A pair of indices packed for set membership, smaller first.
    public static func key(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }
}
