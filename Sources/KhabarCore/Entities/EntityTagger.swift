import Foundation
public import KhabarText

/// Tags the tokens of Hindi text as people, places and organisations with the trained model.
///
/// The model ships with Khabar (`Resources/hindi-entities.ner`, made by `scripts/train-entities`); set
/// `KHABAR_ENTITY_MODEL` to a file to use another.
public struct EntityTagger: Sendable {
    /// The weights.
    public let model: EntityTaggerModel
    private let features: EntityFeatures
    /// Sentences are tagged in windows of at most this many tokens, so a text without sentence ends costs
    /// bounded memory.
    static let window = 200

    /// A tagger with the given weights.
    public init(model: EntityTaggerModel) {
        self.model = model
        self.features = EntityFeatures(
            personNames: model.personNames, vocabulary: model.vocabulary, gazetteer: model.gazetteer)
    }

    /// The model that ships with Khabar, loaded once; nil (with the reason in ``loadError``) when it
    /// cannot be read.
    public static let shipped: Result<EntityTagger, EntityTaggerModel.FormatError> = {
        let path: String?
        if let override = ProcessInfo.processInfo.environment["KHABAR_ENTITY_MODEL"], !override.isEmpty {
            path = override
        } else {
            path = Bundle.module.path(forResource: "hindi-entities", ofType: "ner")
        }
        guard let path else {
            return .failure(.init(description: "the entity model hindi-entities.ner is missing from the bundle"))
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .success(EntityTagger(model: try EntityTaggerModel(reading: data)))
        } catch let error as EntityTaggerModel.FormatError {
            return .failure(.init(description: "\(path): \(error.description)"))
        } catch {
            return .failure(.init(description: "\(path): \(error.localizedDescription)"))
        }
    }()

    /// The tag of every token, sentence by sentence.
    ///
    /// Complexity: O(n) in the tokens.
    public func tag(_ text: CanonicalText, tokens: [Token], sentences: [Sentence]) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: tokens.count)
        var workspace = EntityFeatures.Workspace()
        var buffer: [UInt64] = []
        text.scalars.withUnsafeBufferPointer { scalars in
            for sentence in sentences {
                var start = sentence.tokens.lowerBound
                while start < sentence.tokens.upperBound {
                    let end = min(start + Self.window, sentence.tokens.upperBound)
                    features.extract(scalars, tokens: tokens[start..<end], into: &buffer, workspace: &workspace)
                    let result = model.decode(buffer, count: end - start)
                    for (k, tag) in result.enumerated() { tags[start + k] = tag }
                    start = end
                }
            }
        }
        return tags
    }

    /// The tags of one sentence given as tokens (training and evaluation data).
    public func tag(_ sentence: TaggedSentence) -> [EntityTag] {
        let all = Sentence(start: 0, end: sentence.text.count, tokens: 0..<sentence.tokens.count)
        return tag(sentence.text, tokens: sentence.tokens, sentences: [all])
    }

    /// The entity spans a tag sequence marks, as token ranges (conlleval's reading: an inside tag whose
    /// predecessor has another type starts a span).
    public static func spans(_ tags: [EntityTag]) -> [(range: Range<Int>, type: EntityType)] {
        var result: [(range: Range<Int>, type: EntityType)] = []
        var i = 0
        while i < tags.count {
            guard let type = tags[i].type else {
                i += 1
                continue
            }
            var j = i + 1
            while j < tags.count, tags[j].type == type, !tags[j].isBegin { j += 1 }
            result.append((i..<j, type))
            i = j
        }
        return result
    }
}
