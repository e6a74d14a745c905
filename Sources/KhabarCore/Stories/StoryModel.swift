import Foundation

/// Decides whether an article belongs to a candidate story: logistic regression over a few similarity
/// signals (Miranda et al. 2018 used a model of the same kind), trained on labelled stories by
/// ``StoryModel/train(_:iterations:)`` (`khabar train stories`).
public struct StoryModel: Sendable, Equatable, Codable {
    /// One weight per ``Signals`` value, then the bias.
    public var weights: [Double]
    /// The probability at which an article joins a story: chosen on the labelled stories by the F1 of the
    /// stories it makes (the pairs are far more often apart than together, so one half is not it).
    public var threshold: Double
    /// The cosine of two stories' centroids at which they merge (a later article bridged them); above 1,
    /// stories never merge.
    public var mergeThreshold: Double

    /// What the model reads of an article and a story. Time is not among them: it is a window
    /// (``StoryAssigner/windowDays``), as the labelled data's times are crawl times grouped by story and
    /// would teach a time signal real streams do not have.
    public struct Signals: Sendable {
        /// Cosine of the article's TF-IDF vector with the story's centroid.
        public var cosine: Double
        /// Share of the article's entities the story has.
        public var entityShare: Double

        /// The features: cosine, its square, entity share, cosine × entity share.
        var features: [Double] { [cosine, cosine * cosine, entityShare, cosine * entityShare] }
    }

    static let featureCount = 4

    public init(weights: [Double], threshold: Double = 0.5, mergeThreshold: Double = 2) {
        self.weights = weights
        self.threshold = threshold
        self.mergeThreshold = mergeThreshold
    }

    /// The probability that the article belongs to the story.
    public func probability(_ signals: Signals) -> Double {
        let x = signals.features
        var z = weights.last ?? 0
        for k in 0..<min(x.count, weights.count - 1) { z += weights[k] * x[k] }
        return 1 / (1 + exp(-z))
    }

    /// Fits the weights to labelled examples (signals, same story or not) by gradient descent on the
    /// L2-regularized log loss; deterministic.
    public static func train(_ examples: [(signals: Signals, same: Bool)], iterations: Int = 2_000) -> StoryModel {
        var w = [Double](repeating: 0, count: featureCount + 1)
        guard !examples.isEmpty else { return StoryModel(weights: w) }
        let rows = examples.map { $0.signals.features + [1] }
        let labels = examples.map { $0.same ? 1.0 : 0.0 }
        // Positives are rarer than negatives; weigh the classes equally.
        let positives = max(1, labels.reduce(0, +))
        let negatives = max(1, Double(labels.count) - positives)
        let weightOf = labels.map { $0 == 1 ? 0.5 / positives : 0.5 / negatives }
        let rate = 0.5
        let lambda = 1e-4
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: w.count)
            for (i, x) in rows.enumerated() {
                var z = 0.0
                for k in w.indices { z += w[k] * x[k] }
                let error = (1 / (1 + exp(-z)) - labels[i]) * weightOf[i]
                for k in w.indices { gradient[k] += error * x[k] }
            }
            for k in w.indices { w[k] -= rate * (gradient[k] + (k < featureCount ? lambda * w[k] : 0)) }
        }
        return StoryModel(weights: w)
    }

    /// The model Khabar ships with: `khabar train stories` on the tuning half of the UCI News Aggregator
    /// headlines (../shared/data/uci-news-stories, licence not stated: four weights, a bias and two
    /// thresholds derived from it).
    public static let standard = StoryModel(
        weights: [13.1643, 4.5622, 0.8785, 1.4787, -2.4605], threshold: 0.25, mergeThreshold: 0.25)
}
