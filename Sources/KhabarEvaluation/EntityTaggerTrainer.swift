public import KhabarCore
import KhabarText

/// Trains the entity tagger: a structured averaged perceptron (Collins 2002) over ``EntityFeatures``,
/// decoded with first-order Viterbi under the BIO constraint.
///
/// Deterministic: the same sentences, epochs and seed give the same model, byte for byte.
public struct EntityTaggerTrainer: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seeds the order in which sentences are visited in each pass.
    public var seed: UInt64
    /// Features whose averaged weights all stay below this (in absolute value) are dropped from the model.
    public var minimumWeight: Float

    /// A trainer.
    public init(epochs: Int = 12, seed: UInt64 = 2024, minimumWeight: Float = 1) {
        self.epochs = epochs
        self.seed = seed
        self.minimumWeight = minimumWeight
    }

    /// Trains a model on `sentences`; `progress` is called after each pass with its number and the share of
    /// tokens tagged right during it.
    public func train(
        _ sentences: [TaggedSentence],
        personNames: [UInt64: UInt8] = [:],
        progress: (_ epoch: Int, _ accuracy: Double) -> Void = { _, _ in }
    ) -> EntityTaggerModel {
        let plain = EntityFeatures(personNames: personNames)
        var workspace = EntityFeatures.Workspace()
        var scratch: [UInt64] = []
        // Words seen once are hidden in half the passes, so the unknown-word features learn what an
        // unseen name looks like in context.
        var counts: [UInt64: Int] = [:]
        let words = sentences.map { sentence in
            sentence.text.scalars.withUnsafeBufferPointer { plain.words($0, tokens: sentence.tokens[...]) }
        }
        for list in words {
            for word in list { counts[word, default: 0] += 1 }
        }
        // Each fold's sentences see a gazetteer of the other folds' names.
        let folds = 5
        let extractors = (0..<folds).map { fold in
            let others = sentences.indices.filter { $0 % folds != fold }
            let gazetteer = EntityGazetteer.build(others.map { sentences[$0] }, words: others.map { words[$0] })
            return EntityFeatures(personNames: personNames, gazetteer: gazetteer)
        }
        let fullGazetteer = EntityGazetteer.build(sentences, words: words)
        let rare = Set(counts.filter { $0.value == 1 }.keys)
        var index: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        func encode(_ features: [UInt64]) -> [Int32] {
            features.map { feature in
                if let known = index[feature] { return known }
                let id = Int32(keys.count)
                index[feature] = id
                keys.append(feature)
                return id
            }
        }
        var encoded: [[Int32]] = []
        var masked: [[Int32]?] = []
        encoded.reserveCapacity(sentences.count)
        for (s, sentence) in sentences.enumerated() {
            let extractor = extractors[s % folds]
            sentence.text.scalars.withUnsafeBufferPointer { scalars in
                extractor.extract(scalars, tokens: sentence.tokens[...], into: &scratch, workspace: &workspace)
            }
            encoded.append(encode(scratch))
            if workspace.facts.contains(where: { rare.contains($0.word) }) {
                sentence.text.scalars.withUnsafeBufferPointer { scalars in
                    extractor.extract(
                        scalars, tokens: sentence.tokens[...], into: &scratch, workspace: &workspace, unknown: rare)
                }
                masked.append(encode(scratch))
            } else {
                masked.append(nil)
            }
        }
        let t = EntityTag.count
        let transitionCount = (t + 1) * t
        var weights = [Float](repeating: 0, count: keys.count * t)
        var totals = [Float](repeating: 0, count: keys.count * t)
        var transitions = [Float](repeating: 0, count: transitionCount)
        var transitionTotals = [Float](repeating: 0, count: transitionCount)
        var clock: Float = 1
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        let perToken = EntityFeatures.count
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            var right = 0
            var total = 0
            for s in order {
                let gold = sentences[s].tags
                let n = gold.count
                guard n > 0 else { continue }
                let features = masked[s].flatMap { Bool.random(using: &generator) ? $0 : nil } ?? encoded[s]
                var emissions = [Float](repeating: 0, count: n * t)
                for i in 0..<n {
                    for f in 0..<perToken {
                        let base = Int(features[i * perToken + f]) * t
                        for tag in 0..<t { emissions[i * t + tag] += weights[base + tag] }
                    }
                }
                let predicted = EntityTaggerModel.viterbi(emissions: emissions, transitions: transitions, count: n)
                for i in 0..<n {
                    total += 1
                    let g = gold[i].rawValue
                    let p = predicted[i].rawValue
                    if g == p {
                        right += 1
                    } else {
                        for f in 0..<perToken {
                            let base = Int(features[i * perToken + f]) * t
                            weights[base + g] += 1
                            totals[base + g] += clock
                            weights[base + p] -= 1
                            totals[base + p] -= clock
                        }
                    }
                    let goldPrevious = i == 0 ? t : gold[i - 1].rawValue
                    let predictedPrevious = i == 0 ? t : predicted[i - 1].rawValue
                    if goldPrevious != predictedPrevious || g != p {
                        transitions[goldPrevious * t + g] += 1
                        transitionTotals[goldPrevious * t + g] += clock
                        transitions[predictedPrevious * t + p] -= 1
                        transitionTotals[predictedPrevious * t + p] -= clock
                    }
                }
                clock += 1
            }
            progress(epoch, total == 0 ? 0 : Double(right) / Double(total))
        }
        // Averaging: the mean weight over all steps is w − Σ(update·time)/time.
        var keptFeatures: [UInt64] = []
        var keptWeights: [[Float]] = []
        for (id, key) in keys.enumerated() {
            var row = [Float](repeating: 0, count: t)
            var largest: Float = 0
            for tag in 0..<t {
                row[tag] = weights[id * t + tag] - totals[id * t + tag] / clock
                largest = max(largest, abs(row[tag]))
            }
            if largest >= minimumWeight {
                keptFeatures.append(key)
                keptWeights.append(row)
            }
        }
        let averagedTransitions = (0..<transitionCount).map { transitions[$0] - transitionTotals[$0] / clock }
        return EntityTaggerModel(
            features: keptFeatures, weights: keptWeights, transitions: averagedTransitions, personNames: personNames,
            vocabulary: Set(counts.keys), gazetteer: fullGazetteer)
    }
}
