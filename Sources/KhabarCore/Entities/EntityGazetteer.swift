import KhabarText

/// Names the training data tags as entities more often than not (भारत सरकार, संयुक्त राष्ट्र, नीति आयोग), as
/// sequences of word terms with their majority type: the tagger reads "this token starts or continues a known
/// name of type X" as a feature.
///
/// Matching is leftmost-longest over the tokens of a sentence. When training, each sentence sees a
/// gazetteer built from the other folds only, so the model learns how far to trust a match on unseen text.
public struct EntityGazetteer: Sendable {
    /// Phrase hash → entity type (1 person, 2 place, 3 organisation).
    private(set) var phrases = TermTable<UInt8>()
    private(set) var firstWords = TermSet([])
    /// The most words in any phrase.
    private(set) var longest = 0

    /// An empty gazetteer.
    public init() {}

    /// A gazetteer from stored phrases (hash, type) and their longest length.
    init(phrases: [UInt64: UInt8], firstWords: Set<UInt64>, longest: Int) {
        self.phrases = TermTable(phrases.map { ($0.key, $0.value) })
        self.firstWords = TermSet(firstWords)
        self.longest = longest
    }

    /// The number of phrases.
    public var count: Int { phrases.count }

    /// The hash of a phrase of word terms.
    @inline(__always)
    static func hash(_ words: UnsafeBufferPointer<UInt64>) -> UInt64 {
        StableHash.hash(UnsafeRawBufferPointer(words), seed: 0x6A2E)
    }

    static func code(_ type: EntityType) -> UInt8 {
        switch type {
        case .person: 1
        case .place: 2
        case .organization, .other: 3
        }
    }

    /// For every token, 0 or the matched type × 2 + (0 at a phrase's first word, 1 inside).
    func mark(_ words: [UInt64]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: words.count)
        guard longest > 0 else { return result }
        words.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                guard firstWords.contains(hash: buffer[i]) else {
                    i += 1
                    continue
                }
                var length = min(longest, buffer.count - i)
                var matched = 0
                var type: UInt8 = 0
                while length >= 1 {
                    if let found = phrases[Self.hash(UnsafeBufferPointer(rebasing: buffer[i..<(i + length)]))] {
                        matched = length
                        type = found
                        break
                    }
                    length -= 1
                }
                guard matched > 0 else {
                    i += 1
                    continue
                }
                for k in i..<(i + matched) { result[k] = type * 2 + (k == i ? 0 : 1) }
                i += matched
            }
        }
        return result
    }

    /// The gazetteer of tagged sentences, given the word term of every token: each entity string with
    /// the type most of its tags give, kept when the string is tagged as an entity in at least half of
    /// its occurrences.
    ///
    /// - Parameter words: the word terms of each sentence's tokens.
    public static func build(_ sentences: [TaggedSentence], words: [[UInt64]], maximumLength: Int = 6)
        -> EntityGazetteer
    {
        var typeCounts: [UInt64: [Int]] = [:]
        var lengths: [UInt64: Int] = [:]
        for (s, sentence) in sentences.enumerated() {
            for span in EntityTagger.spans(sentence.tags) where span.range.count <= maximumLength {
                let key = words[s].withUnsafeBufferPointer { hash(UnsafeBufferPointer(rebasing: $0[span.range])) }
                typeCounts[key, default: [0, 0, 0, 0]][Int(code(span.type))] += 1
                lengths[key] = span.range.count
            }
        }
        var firsts = Set<UInt64>()
        for (s, sentence) in sentences.enumerated() {
            for span in EntityTagger.spans(sentence.tags) where span.range.count <= maximumLength {
                firsts.insert(words[s][span.range.lowerBound])
            }
        }
        // How often each entity string occurs anywhere, tagged or not.
        var occurrences: [UInt64: Int] = [:]
        for list in words {
            list.withUnsafeBufferPointer { buffer in
                for i in buffer.indices where firsts.contains(buffer[i]) {
                    for length in 1...min(maximumLength, buffer.count - i) {
                        let key = hash(UnsafeBufferPointer(rebasing: buffer[i..<(i + length)]))
                        if typeCounts[key] != nil { occurrences[key, default: 0] += 1 }
                    }
                }
            }
        }
        var gazetteer = EntityGazetteer()
        for (key, counts) in typeCounts {
            let tagged = counts.reduce(0, +)
            guard tagged * 2 >= occurrences[key, default: tagged],
                let best = counts.indices.max(by: { counts[$0] < counts[$1] })
            else { continue }
            gazetteer.phrases[key] = UInt8(best)
            gazetteer.longest = max(gazetteer.longest, lengths[key] ?? 1)
        }
        for (s, sentence) in sentences.enumerated() {
            for span in EntityTagger.spans(sentence.tags) where span.range.count <= maximumLength {
                let key = words[s].withUnsafeBufferPointer { hash(UnsafeBufferPointer(rebasing: $0[span.range])) }
                if gazetteer.phrases[key] != nil { gazetteer.firstWords.insert(words[s][span.range.lowerBound]) }
            }
        }
        return gazetteer
    }
}
