public import KhabarCore

/// Scores near-duplicate detection against the exact Jaccard of the very same shingles, computed by
/// brute force, over a range of thresholds.
public struct DedupEvaluation: Sendable {
    /// The result at one threshold.
    public struct Point: Sendable, Codable {
        public var threshold: Double
        public var bands: Int
        public var rows: Int
        public var goldPairs: Int
        public var predictedPairs: Int
        public var correctPairs: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Time to find the pairs (signatures made, banded, candidates verified), one core.
        public var seconds: Double
    }

    /// The shingle size and slots used at every threshold.
    public var base: DedupOptions

    /// Creates an evaluation with the given base settings (the banding is chosen per threshold).
    public init(base: DedupOptions = DedupOptions()) {
        self.base = base
    }

    /// Evaluates on texts (content hashes are the texts' own, nil for empty ones).
    ///
    /// - Returns: one point per threshold, and the exact gold pairs at the lowest threshold.
    public func evaluate(texts: [String], contentHashes: [String?], thresholds: [Double]) -> [Point] {
        let floor = thresholds.min() ?? 0.5
        let reference = DuplicateDetector(options: base)
        let fingerprints = texts.map(reference.fingerprint)
        let gold = ExactJaccard.pairs(
            fingerprints.enumerated().map { index, fingerprint in
                contentHashes[index] == nil ? [] : fingerprint.shingles.wide
            }, floor: floor)
        return thresholds.map { threshold in
            var options = base
            options.threshold = threshold
            options.lsh = .forThreshold(threshold, slots: base.slots)
            let detector = DuplicateDetector(options: options)
            let clock = ContinuousClock()
            let started = clock.now
            // Same fingerprints: the signature depends only on shingles, slots and scheme.
            let pairs = detector.pairs(contentHashes: contentHashes, fingerprints: fingerprints)
            let elapsed = clock.now - started
            let predicted = Set(pairs.map { PrecisionRecall.key($0.first, $0.second) })
            let goldSet = Set(gold.filter { $0.2 >= threshold }.map { PrecisionRecall.key($0.0, $0.1) })
            let score = PrecisionRecall(predicted: predicted, gold: goldSet)
            return Point(
                threshold: threshold, bands: options.lsh.bands, rows: options.lsh.rows, goldPairs: score.gold,
                predictedPairs: score.predicted, correctPairs: score.correct, precision: score.precision,
                recall: score.recall, f1: score.f1,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
    }
}
