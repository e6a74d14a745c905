import Foundation
public import KhabarCore
import KhabarText

/// Hindi NER data in CoNLL form (`token<TAB>TAG`, a blank line between sentences): HiNER and IL-NER, read
/// into PER/LOC/ORG and re-tokenized the way Khabar tokenizes text at run time.
///
/// Tag sets: HiNER `B-/I-PERSON|LOCATION|ORGANIZATION` (everything else outside); IL-NER `B-/I-NEP|NEL|NEO`
/// (time, number, artefact and the undocumented NEU/NED outside). IL-NER's prefix-less tags (`-NEL`) are
/// read as a continuation when the previous token has the same type and as a beginning otherwise; a bare
/// `-` is outside.
public enum EntityCorpus {
    /// A sentence as the corpus gives it.
    public struct GoldSentence: Sendable {
        /// The tokens, as written.
        public var words: [String]
        /// Each token's type, or nil outside an entity.
        public var types: [EntityType?]
        /// Whether each token begins an entity.
        public var begins: [Bool]
    }

    /// The tag scheme of a corpus.
    public enum Scheme: Sendable {
        case hiner, ilner
    }

    /// Reads a CoNLL file.
    public static func read(_ path: String, scheme: Scheme) throws -> [GoldSentence] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var sentences: [GoldSentence] = []
        var current = GoldSentence(words: [], types: [], begins: [])
        func flush() {
            if !current.words.isEmpty { sentences.append(current) }
            current = GoldSentence(words: [], types: [], begins: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                flush()
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else { continue }
            let (type, prefix) = tag(String(fields[1]), scheme: scheme)
            let begins: Bool
            switch prefix {
            case "B": begins = true
            case "I": begins = current.types.last.flatMap { $0 } != type
            default: begins = current.types.last.flatMap { $0 } != type
            }
            current.words.append(String(fields[0]))
            current.types.append(type)
            current.begins.append(type != nil && begins)
        }
        flush()
        return sentences
    }

    /// The type and BIO prefix of a corpus tag.
    static func tag(_ tag: String, scheme: Scheme) -> (EntityType?, String) {
        guard let dash = tag.firstIndex(of: "-") else { return (nil, "O") }
        let prefix = String(tag[..<dash])
        let name = String(tag[tag.index(after: dash)...])
        let type: EntityType?
        switch (scheme, name) {
        case (.hiner, "PERSON"), (.ilner, "NEP"): type = .person
        case (.hiner, "LOCATION"), (.ilner, "NEL"): type = .place
        case (.hiner, "ORGANIZATION"), (.ilner, "NEO"): type = .organization
        default: type = nil
        }
        return (type, prefix)
    }

    /// The gold spans of a sentence as token ranges with their types.
    public static func spans(_ sentence: GoldSentence) -> [(range: Range<Int>, type: EntityType)] {
        var result: [(range: Range<Int>, type: EntityType)] = []
        var i = 0
        while i < sentence.words.count {
            guard let type = sentence.types[i] else {
                i += 1
                continue
            }
            var j = i + 1
            while j < sentence.words.count, sentence.types[j] == type, !sentence.begins[j] { j += 1 }
            result.append((i..<j, type))
            i = j
        }
        return result
    }

    /// The sentence re-tokenized by Khabar's tokenizer, with each gold span moved onto the new tokens and
    /// trimmed of punctuation at its edges (HiNER glues commas and brackets to words). Spans left empty are
    /// dropped.
    public static func project(_ sentence: GoldSentence) -> TaggedSentence {
        var source = ""
        var wordStarts: [Int] = []
        for (k, word) in sentence.words.enumerated() {
            if k > 0 { source += " " }
            wordStarts.append(source.utf8.count)
            source += word
        }
        let canonical = Normalizer.canonical(source)
        let tokens = Tokenizer.tokenize(canonical)
        // The gold word of each token, by the source byte where the token starts.
        let words = tokens.map { token -> Int in
            let byte = canonical.sourceRange(of: token.range).lowerBound
            var low = 0
            var high = wordStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if wordStarts[middle] <= byte { low = middle } else { high = middle - 1 }
            }
            return low
        }
        var tags = [EntityTag](repeating: .outside, count: tokens.count)
        for span in spans(sentence) {
            var members = tokens.indices.filter { span.range.contains(words[$0]) }
            while let first = members.first, !tokens[first].isWordLike { members.removeFirst() }
            while let last = members.last, !tokens[last].isWordLike { members.removeLast() }
            for (k, member) in members.enumerated() { tags[member] = .of(span.type, begin: k == 0) }
        }
        return TaggedSentence(text: canonical, tokens: tokens, tags: tags)
    }

    /// The key the held-out split goes by: each token decomposed (NFD), stripped of nukta, ZWJ, ZWNJ and
    /// BOM and of punctuation at its ends, empty tokens dropped, joined with single spaces. Duplicates of
    /// a sentence get the same key and so land on the same side.
    public static func key(_ sentence: GoldSentence) -> String {
        var parts: [String] = []
        for word in sentence.words {
            var scalars = Array(word.decomposedStringWithCanonicalMapping.unicodeScalars)
            scalars.removeAll { [0x093C, 0x200C, 0x200D, 0xFEFF].contains($0.value) }
            while let first = scalars.first, isPunctuation(first) { scalars.removeFirst() }
            while let last = scalars.last, isPunctuation(last) { scalars.removeLast() }
            if !scalars.isEmpty { parts.append(String(String.UnicodeScalarView(scalars))) }
        }
        return parts.joined(separator: " ")
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }

    /// FNV-1a, 64 bits, over UTF-8: the split hash (`fnv1a64("abc") == 0xe71fa2190541574b`).
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The held-out protocol.
    ///
    /// HiNER has no documents and is shuffled: a sentence is test data when the FNV-1a hash of its key is
    /// 0 mod 5. IL-NER keeps its own train/dev split; the dev sentences whose key also occurs in train are
    /// dropped, and train is deduplicated (first copy kept).
    public struct Split: Sendable {
        /// Training sentences: HiNER's train part and IL-NER's train, deduplicated.
        public var train: [GoldSentence] = []
        /// HiNER's test part.
        public var hinerTest: [GoldSentence] = []
        /// IL-NER dev without the sentences also in train.
        public var ilTest: [GoldSentence] = []
        /// With `development`, the share of training sentences held out to tune on (HiNER key hash 1 mod 5,
        /// IL-NER train key hash 1 mod 10: the file is sorted by the types its sentences hold, so a block
        /// would not be representative); empty otherwise.
        public var hinerDevelopment: [GoldSentence] = []
        public var ilDevelopment: [GoldSentence] = []

        /// Reads both corpora from their folders (`validation.collapsed.conll`; `hindi-train.txt`,
        /// `hindi-dev.txt`).
        ///
        /// - Parameter development: hold out development sentences from training, for tuning.
        public init(hiner: String, ilner: String, development: Bool = false) throws {
            let hinerAll = try read(hiner + "/validation.collapsed.conll", scheme: .hiner)
            for sentence in hinerAll {
                let bucket = fnv1a64(key(sentence)) % 5
                if bucket == 0 {
                    hinerTest.append(sentence)
                } else if development && bucket == 1 {
                    hinerDevelopment.append(sentence)
                } else {
                    train.append(sentence)
                }
            }
            var seen = Set<String>()
            var ilTrain: [GoldSentence] = []
            for sentence in try read(ilner + "/hindi-train.txt", scheme: .ilner)
            where seen.insert(key(sentence)).inserted {
                ilTrain.append(sentence)
            }
            if development {
                ilDevelopment = ilTrain.filter { fnv1a64(key($0)) % 10 == 1 }
                ilTrain = ilTrain.filter { fnv1a64(key($0)) % 10 != 1 }
            }
            train += ilTrain
            for sentence in try read(ilner + "/hindi-dev.txt", scheme: .ilner) where !seen.contains(key(sentence)) {
                ilTest.append(sentence)
            }
        }
    }
}
