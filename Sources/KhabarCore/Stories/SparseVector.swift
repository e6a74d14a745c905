/// A sparse vector of term weights kept sorted by term: dot products and sums walk two vectors side by side,
/// with no hashing (story assignment spends its time there).
struct SparseVector: Sendable, Equatable {
    private(set) var terms: [UInt64] = []
    private(set) var weights: [Float] = []

    init() {}

    /// The vector of these weights.
    init(_ weights: [UInt64: Float]) {
        let sorted = weights.sorted { $0.key < $1.key }
        terms = sorted.map(\.key)
        self.weights = sorted.map(\.value)
    }

    /// A vector from terms already sorted and unique, with their weights.
    init(sortedTerms terms: [UInt64], weights: [Float]) {
        self.terms = terms
        self.weights = weights
    }

    var count: Int { terms.count }
    var isEmpty: Bool { terms.isEmpty }

    /// The Euclidean norm.
    var norm: Float { weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The weight of a term (0 when absent).
    subscript(term: UInt64) -> Float {
        var low = 0
        var high = terms.count
        while low < high {
            let mid = (low + high) / 2
            if terms[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low < terms.count && terms[low] == term ? weights[low] : 0
    }

    /// The dot product.
    func dot(_ other: SparseVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        let a = terms
        let b = other.terms
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Adds another vector to this one.
    mutating func add(_ other: SparseVector) {
        guard !other.isEmpty else { return }
        guard !isEmpty else {
            self = other
            return
        }
        var newTerms: [UInt64] = []
        var newWeights: [Float] = []
        newTerms.reserveCapacity(terms.count + other.terms.count)
        newWeights.reserveCapacity(terms.count + other.terms.count)
        var i = 0
        var j = 0
        while i < terms.count || j < other.terms.count {
            if j == other.terms.count || (i < terms.count && terms[i] < other.terms[j]) {
                newTerms.append(terms[i])
                newWeights.append(weights[i])
                i += 1
            } else if i == terms.count || other.terms[j] < terms[i] {
                newTerms.append(other.terms[j])
                newWeights.append(other.weights[j])
                j += 1
            } else {
                newTerms.append(terms[i])
                newWeights.append(weights[i] + other.weights[j])
                i += 1
                j += 1
            }
        }
        terms = newTerms
        weights = newWeights
    }

    /// The `count` heaviest terms, heaviest first (ties by the larger term, so every run agrees).
    func strongest(_ count: Int) -> [(key: UInt64, value: Float)] {
        guard count > 0 else { return [] }
        return terms.indices.sorted { (weights[$0], terms[$0]) > (weights[$1], terms[$1]) }.prefix(count).map {
            (terms[$0], weights[$0])
        }
    }

    /// Keeps only the `count` heaviest terms.
    mutating func keepStrongest(_ count: Int) {
        guard terms.count > count else { return }
        let kept = strongest(count).sorted { $0.key < $1.key }
        terms = kept.map(\.key)
        weights = kept.map(\.value)
    }
}
