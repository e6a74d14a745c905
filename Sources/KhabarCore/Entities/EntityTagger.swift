import Foundation
public import KhabarText
import Synchronization

/// Tags the tokens of Hindi text as people, places and organisations with the trained model.
///
/// The model ships with Khabar (`Resources/hindi-entities.ner`, made by `khabar train entities`); the
/// executable chooses which model file to load and hands the tagger to the pipeline.
public struct EntityTagger: Sendable {
    /// The weights.
    public let model: EntityTaggerModel
    private let features: EntityFeatures
    /// Sentences are tagged in windows of at most this many tokens, so a text without sentence ends costs
    /// bounded memory.
    static let window = 200

    /// Tags of sentences seen before (syndicated copies repeat most sentences word for word), shared by every
    /// worker; nil when tagging is not memoized (training).
    let memo: TagMemo?

    /// A tagger with the given weights.
    ///
    /// - Parameter memoized: remember the tags of up to this many sentences, so a sentence printed again
    ///   (a reprint, a syndicated copy) is not tagged again; 0 remembers nothing.
    public init(model: EntityTaggerModel, memoized: Int = 1 << 17) {
        memo = memoized > 0 ? TagMemo(capacity: memoized) : nil
        self.model = model
        self.features = EntityFeatures(
            personNames: model.personNames, vocabulary: model.vocabulary, gazetteer: model.gazetteer)
    }

    /// A tagger with the model stored in a file (written by `khabar train entities`).
    ///
    /// - Throws: ``EntityTaggerModel/FormatError`` naming the file when it cannot be read or is not a model
    ///   this build can use.
    public init(contentsOf path: String) throws(EntityTaggerModel.FormatError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .init(description: "\(path): cannot read the entity model (\(error.localizedDescription))")
        }
        let model: EntityTaggerModel
        do {
            model = try EntityTaggerModel(reading: data)
        } catch let error as EntityTaggerModel.FormatError {
            throw .init(description: "\(path): \(error.description)")
        } catch {
            throw .init(description: "\(path): \(error)")
        }
        self.init(model: model)
    }

    /// The path of the model that ships with Khabar (`Resources/hindi-entities.ner`), nil when the bundle
    /// lacks it.
    public static var bundledModelPath: String? {
        Bundle.module.path(forResource: "hindi-entities", ofType: "ner")
    }

    /// The tagger with the model that ships with Khabar, read once per process.
    ///
    /// - Throws: why the model cannot be read.
    public static func bundled() throws(EntityTaggerModel.FormatError) -> EntityTagger {
        try bundledTagger.get()
    }

    private static let bundledTagger: Result<EntityTagger, EntityTaggerModel.FormatError> = {
        guard let path = bundledModelPath else {
            return .failure(.init(description: "the entity model hindi-entities.ner is missing from the bundle"))
        }
        return Result { () throws(EntityTaggerModel.FormatError) in try EntityTagger(contentsOf: path) }
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
                    let key = memo.map { _ in Self.key(scalars, tokens: tokens[start..<end]) }
                    var result: [EntityTag]
                    if let key, let known = memo?.tags(key) {
                        result = known
                    } else {
                        features.extract(scalars, tokens: tokens[start..<end], into: &buffer, workspace: &workspace)
                        result = model.decode(buffer, count: end - start)
                        if let key { memo?.remember(result, for: key) }
                    }
                    for (k, tag) in result.enumerated() { tags[start + k] = tag }
                    start = end
                }
            }
        }
        return tags
    }

    /// The memo key of a window of tokens: its scalars and where its tokens start and end (the tags are a
    /// function of nothing else).
    static func key(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, tokens: ArraySlice<Token>) -> UInt64 {
        guard let first = tokens.first, let last = tokens.last else { return 0 }
        var hash = StableHash.hash(UnsafeBufferPointer(rebasing: scalars[first.start..<last.end]), seed: 0x7A67)
        for token in tokens {
            hash = StableHash.fold(hash ^ UInt64(token.start - first.start), UInt64(token.end - first.start) &+ 0x3F)
        }
        return hash
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

/// The tags of sentences already tagged, bounded: when it holds `capacity` sentences it starts again empty.
/// Safe to share between workers (one lock, held for a lookup or an insert).
final class TagMemo: Sendable {
    private let table: Mutex<[UInt64: [EntityTag]]>
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        table = Mutex([:])
    }

    func tags(_ key: UInt64) -> [EntityTag]? {
        table.withLock { $0[key] }
    }

    func remember(_ tags: [EntityTag], for key: UInt64) {
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = tags
        }
    }
}
