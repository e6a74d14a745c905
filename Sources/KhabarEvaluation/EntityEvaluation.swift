public import KhabarCore

/// Span-level scores of entity recognition: a predicted span counts only when its type and both its
/// boundaries match a gold span (conlleval's exact-match rule).
public struct EntityEvaluation: Sendable {
    /// Scores per type.
    public var byType: [EntityType: PrecisionRecall] = [:]

    /// An empty tally.
    public init() {}

    /// Adds one sentence's gold and predicted tags.
    public mutating func add(gold: [EntityTag], predicted: [EntityTag]) {
        let goldSpans = EntityTagger.spans(gold)
        let predictedSpans = EntityTagger.spans(predicted)
        var goldSet = Set<SpanKey>()
        for span in goldSpans {
            goldSet.insert(SpanKey(start: span.range.lowerBound, end: span.range.upperBound, type: span.type))
            byType[span.type, default: PrecisionRecall()].gold += 1
        }
        for span in predictedSpans {
            byType[span.type, default: PrecisionRecall()].predicted += 1
            if goldSet.contains(SpanKey(start: span.range.lowerBound, end: span.range.upperBound, type: span.type)) {
                byType[span.type, default: PrecisionRecall()].correct += 1
            }
        }
    }

    private struct SpanKey: Hashable {
        var start: Int
        var end: Int
        var type: EntityType
    }

    /// All types pooled.
    public var micro: PrecisionRecall {
        var total = PrecisionRecall()
        for (_, score) in byType { total += score }
        return total
    }

    /// The mean F1 of person, place and organisation.
    public var macroF1: Double {
        let types: [EntityType] = [.person, .place, .organization]
        return types.map { byType[$0, default: PrecisionRecall()].f1 }.reduce(0, +) / Double(types.count)
    }
}
