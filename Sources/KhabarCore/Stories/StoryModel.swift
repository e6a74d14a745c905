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

    /// What the model reads of an article and a story. Time enters as days since the story began and
    /// since its latest article (articles far apart are another development), besides a hard window
    /// (``StoryAssigner/windowDays``); without dates both are zero.
    public struct Signals: Sendable {
        /// Mean cosine of the article's TF-IDF vector with the story's articles.
        public var cosine: Double
        /// Mean cosine of the article's title with the story's titles.
        public var titleCosine: Double
        /// Share of the article's entities the story has, each weighted by how rare it is.
        public var entityShare: Double
        /// Share of the article's figures the story has, weighted the same way (the same day's count is
        /// reported with the same numbers).
        public var figureShare: Double = 0
        /// Days from the story's first article and from its latest one to the article, when both are dated.
        public var daysSinceFirst: Double?
        public var daysSinceLast: Double?

        /// The features: cosine, its square, title cosine, entity share, cosine × entity share,
        /// ln(1 + days since the first article), ln(1 + days since the latest), figure share.
        var features: [Double] {
            [
                cosine, cosine * cosine, titleCosine, entityShare, cosine * entityShare,
                log1p(max(0, daysSinceFirst ?? 0)), log1p(max(0, daysSinceLast ?? 0)), figureShare,
            ]
        }
    }

    static let featureCount = 8

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
    public static func train(
        _ examples: [(signals: Signals, same: Bool)], iterations: Int = 2_000, l2: Double = 1e-4
    ) -> StoryModel {
        var w = [Double](repeating: 0, count: featureCount + 1)
        guard !examples.isEmpty else { return StoryModel(weights: w) }
        let rows = examples.map { $0.signals.features + [1] }
        let labels = examples.map { $0.same ? 1.0 : 0.0 }
        // Positives are rarer than negatives; weigh the classes equally.
        let positives = max(1, labels.reduce(0, +))
        let negatives = max(1, Double(labels.count) - positives)
        let weightOf = labels.map { $0 == 1 ? 0.5 / positives : 0.5 / negatives }
        let rate = 0.5
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: w.count)
            for (i, x) in rows.enumerated() {
                var z = 0.0
                for k in w.indices { z += w[k] * x[k] }
                let error = (1 / (1 + exp(-z)) - labels[i]) * weightOf[i]
                for k in w.indices { gradient[k] += error * x[k] }
            }
            for k in w.indices { w[k] -= rate * (gradient[k] + (k < featureCount ? l2 * w[k] : 0)) }
        }
        return StoryModel(weights: w)
    }

    /// The model Khabar ships for articles: `khabar train stories --corpus
    /// ../shared/data/hindi-news-2020/articles.jsonl` with `--gold` each of Evaluation/gold's three
    /// hindi-news-2020-stories files (the tuning half of 635 articles labelled by reading; thresholds chosen
    /// on the whole corpus ingested in order, as a user's ingest places it).
    public static let standard = StoryModel(
        weights: [5.1513, 1.7787, 3.5559, 2.9049, 1.5327, -0.8116, -3.1240, 1.2960, 0.4428], threshold: 0.925,
        mergeThreshold: 2)

    /// The model for articles without dates: `khabar train stories --undated` on the same labelled half and
    /// files, their dates left out (content alone keeps events apart, so it asks for more of it).
    public static let undated = StoryModel(
        weights: [11.1463, 3.6805, 5.7416, 1.4373, 3.3239, 0, 0, 1.7577, -3.2602], threshold: 0.95, mergeThreshold: 2)

    /// The model for headlines alone: `khabar train stories` on the tuning half of the UCI News Aggregator
    /// headlines (../shared/data/uci-news-stories, licence not stated; eight weights and two thresholds
    /// derived from it), read without their times (crawl times, grouped by story).
    public static let headlines = StoryModel(
        weights: [10.5169, 2.2334, 10.5483, 1.5525, 1.5261, 0, 0, 0, -2.0927], threshold: 0.3, mergeThreshold: 0.3)
}
