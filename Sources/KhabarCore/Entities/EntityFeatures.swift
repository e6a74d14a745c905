public import KhabarText

/// The features the entity tagger reads for each token: the word and its neighbours, suffixes and
/// prefixes of the match key, the token's shape, and cue classes from the gazetteers (HINDI.md).
///
/// Every feature is a 64-bit hash of (template, value), so the model is a sparse table from hash to one
/// weight per tag. The same code computes the features at training and at run time, which keeps the two
/// in step; ``version`` names the template set and a model trained on another set is refused.
///
/// Complexity: O(n) in the sentence's scalars; one scratch buffer serves every token.
public struct EntityFeatures: Sendable {
    /// The number of features per token.
    public static let count = 33
    /// Names the template set; bump it whenever a template changes.
    public static let version: UInt32 = 6

    /// What the templates read of one token.
    package struct Facts {
        package var word: UInt64 = 0
        var stem: UInt64 = 0
        var suffix1: UInt64 = 0
        var suffix2: UInt64 = 0
        var suffix3: UInt64 = 0
        var suffix4: UInt64 = 0
        var prefix2: UInt64 = 0
        var prefix3: UInt64 = 0
        var shape: UInt64 = 0
        var cue: UInt64 = 0
        var place: UInt64 = 0
        var name: UInt64 = 0
        var isPostposition = false
        var isTitle = false
        var known: UInt64 = 0
    }

    /// Cue classes, one per token, by priority.
    enum Cue: UInt64 {
        case none = 0
        case title, honorific, organizationHead, placeHead, demonym, acronym, placeName, placeNameInside
    }

    /// Reusable buffers, so tagging a document allocates once.
    public struct Workspace: Sendable {
        package var facts: [Facts] = []
        var scratch: [Unicode.Scalar] = []
        var wordTerms: [Term] = []
        var words: [UInt64] = []
        /// Creates empty buffers.
        public init() {}
    }

    private let places: Places
    /// Person-name words by term hash: bit 0 a given name, bit 1 a surname, bit 2 a middle name.
    let personNames: TermTable<UInt8>
    /// The words the model knows (seen in training), by term hash; others read as one unknown word.
    /// Nil: every word is known (training).
    let vocabulary: TermSet?
    /// Entity names known from training.
    let gazetteer: EntityGazetteer

    /// The value of the word features of an unknown word.
    static let unknownWord: UInt64 = 0x554E_4B4E_4F57_4E

    /// Feature extraction over the place gazetteer, a list of person-name words and the model's vocabulary.
    public init(
        places: Places = .shared,
        personNames: [UInt64: UInt8] = [:],
        vocabulary: Set<UInt64>? = nil,
        gazetteer: EntityGazetteer = EntityGazetteer()
    ) {
        self.places = places
        self.personNames = TermTable(personNames.map { ($0.key, $0.value) })
        self.vocabulary = vocabulary.map { TermSet($0) }
        self.gazetteer = gazetteer
    }

    /// The cue class of every cue word, the highest-priority class winning.
    static let cueWords: TermTable<UInt8> = {
        var table = TermTable<UInt8>(capacity: 1024)
        let ordered: [(TermSet, Cue)] = [
            (EntityCues.demonyms, .demonym), (EntityCues.placeHeads, .placeHead),
            (EntityCues.organizationHeads, .organizationHead), (EntityCues.honorifics, .honorific),
            (EntityCues.personTitles, .title),
        ]
        for (set, cue) in ordered {
            for hash in set.hashes { table[hash] = UInt8(cue.rawValue) }
        }
        return table
    }()

    /// The word term hashes of a sentence's tokens (what the gazetteer is built from).
    public func words(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, tokens: ArraySlice<Token>) -> [UInt64] {
        var workspace = Workspace()
        fillFacts(scalars, tokens: tokens, workspace: &workspace)
        return workspace.words
    }

    /// Case markers and conjunctions that end a name on its right (`पुतिन ने`, `दिल्ली में`).
    static let postpositions: TermSet = [
        "ने", "का", "की", "के", "को", "में", "से", "पर", "और", "तक", "द्वारा", "जी", ",", "।", "(", "कहा", "कहते",
        "कहती", "कहना", "बोले", "बोलीं", "बताया", "साहब",
    ]

    /// Writes the ``count`` features of every token of `tokens` (one sentence) into `features`, replacing
    /// its contents: token `i`'s features are `features[i * count ..< (i + 1) * count]`.
    ///
    /// - Parameter unknown: words to read as unknown besides those outside the vocabulary (training hides
    ///   rare words this way, so the model learns what an unseen name looks like).
    public func extract(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        tokens: ArraySlice<Token>,
        into features: inout [UInt64],
        workspace: inout Workspace,
        unknown: Set<UInt64> = []
    ) {
        let n = tokens.count
        fillFacts(scalars, tokens: tokens, workspace: &workspace)
        if vocabulary != nil || !unknown.isEmpty {
            for k in workspace.facts.indices {
                let word = workspace.facts[k].word
                if unknown.contains(word) || vocabulary.map({ !$0.contains(hash: word) }) == true {
                    workspace.facts[k].word = Self.unknownWord
                    workspace.facts[k].stem = Self.unknownWord
                }
            }
        }
        features.removeAll(keepingCapacity: true)
        features.reserveCapacity(n * Self.count)
        let facts = workspace.facts
        let start = Facts(word: 0x5354_4152_54, shape: 0x5354_4152_54, cue: 0x5354)
        let end = Facts(word: 0x454E_44, shape: 0x454E_44, cue: 0x454E)
        @inline(__always) func at(_ i: Int) -> Facts { i < 0 ? start : (i >= n ? end : facts[i]) }
        for i in 0..<n {
            let t = facts[i]
            let p1 = at(i - 1)
            let p2 = at(i - 2)
            let n1 = at(i + 1)
            let n2 = at(i + 2)
            features.append(Self.feature(0, 1))
            features.append(Self.feature(1, t.word))
            features.append(Self.feature(2, p1.word))
            features.append(Self.feature(3, n1.word))
            features.append(Self.feature(4, p2.word))
            features.append(Self.feature(5, n2.word))
            features.append(Self.feature(6, StableHash.fold(p1.word, t.word ^ 0x9E37)))
            features.append(Self.feature(7, StableHash.fold(t.word, n1.word ^ 0x9E37)))
            features.append(Self.feature(8, StableHash.fold(n1.word, n2.word ^ 0x9E37)))
            features.append(Self.feature(9, StableHash.fold(p2.word, p1.word ^ 0x9E37)))
            features.append(Self.feature(10, t.suffix1))
            features.append(Self.feature(11, t.suffix2))
            features.append(Self.feature(12, t.suffix3))
            features.append(Self.feature(13, t.suffix4))
            features.append(Self.feature(14, t.prefix2))
            features.append(Self.feature(15, t.prefix3))
            features.append(Self.feature(16, t.shape))
            features.append(Self.feature(17, p1.shape &* 1_000_003 ^ t.shape &* 1009 ^ n1.shape))
            features.append(Self.feature(18, t.cue))
            features.append(Self.feature(19, p1.cue))
            features.append(Self.feature(20, n1.cue))
            features.append(Self.feature(21, t.stem))
            features.append(Self.feature(22, t.place))
            features.append(Self.feature(23, n2.cue))
            features.append(Self.feature(24, StableHash.fold(t.suffix3, n1.word ^ 0x51)))
            features.append(Self.feature(25, StableHash.fold(p1.word, t.suffix2 ^ 0x52)))
            features.append(Self.feature(26, StableHash.fold(p1.cue &* 31 ^ t.cue, n1.cue ^ 0x53)))
            features.append(Self.feature(27, t.name))
            features.append(Self.feature(28, p1.name &* 64 ^ t.name &* 8 ^ n1.name))
            var right: UInt64 = 0
            for d in 1...4 where i + d < n && facts[i + d].isPostposition {
                right = StableHash.fold(facts[i + d].word, UInt64(d))
                break
            }
            features.append(Self.feature(29, right))
            var left: UInt64 = 0
            for d in 1...3 where i - d >= 0 && facts[i - d].isTitle {
                left = UInt64(d)
                break
            }
            features.append(Self.feature(30, left))
            features.append(Self.feature(31, t.known))
            features.append(Self.feature(32, p1.known &* 64 ^ t.known &* 8 ^ n1.known))
        }
    }

    /// The hash of template `template` with value `value`.
    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        StableHash.mix(value, seed: template &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019)
    }

    private func fillFacts(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        tokens: ArraySlice<Token>,
        workspace: inout Workspace
    ) {
        workspace.facts.removeAll(keepingCapacity: true)
        workspace.wordTerms.removeAll(keepingCapacity: true)
        workspace.words.removeAll(keepingCapacity: true)
        let longest = tokens.reduce(0) { max($0, $1.end - $1.start) }
        if workspace.scratch.count < longest { workspace.scratch = Array(repeating: " ", count: longest) }
        workspace.scratch.withUnsafeMutableBufferPointer { scratch in
            guard let base = scratch.baseAddress else { return }
            for (k, token) in tokens.enumerated() {
                let source = UnsafeBufferPointer(rebasing: scalars[token.start..<token.end])
                let length = MatchKey.write(source, into: base)
                let key = UnsafeBufferPointer(start: base, count: length)
                var facts = Facts()
                facts.word = StableHash.hash(key)
                let term = Term(hash: facts.word)
                workspace.wordTerms.append(term)
                workspace.words.append(facts.word)
                facts.isPostposition = Self.postpositions.contains(term)
                facts.name = UInt64(personNames[facts.word] ?? 0)
                facts.shape = Self.shape(token, source: source, first: k == 0)
                if token.kind == .word {
                    facts.suffix1 = Self.affix(key, length: 1, suffix: true)
                    facts.suffix2 = Self.affix(key, length: 2, suffix: true)
                    facts.suffix3 = Self.affix(key, length: 3, suffix: true)
                    facts.suffix4 = Self.affix(key, length: 4, suffix: true)
                    facts.prefix2 = Self.affix(key, length: 2, suffix: false)
                    facts.prefix3 = Self.affix(key, length: 3, suffix: false)
                    let stemmed = Stemmer.stem(base, count: length)
                    facts.stem = StableHash.hash(UnsafeBufferPointer(start: base, count: stemmed), seed: 0x57)
                    facts.cue = Self.cue(term, key: key).rawValue
                    facts.isTitle = facts.cue == Cue.title.rawValue
                } else {
                    facts.suffix1 = facts.word
                }
                workspace.facts.append(facts)
            }
        }
        markPlaces(tokens: tokens, workspace: &workspace)
        if gazetteer.count > 0 {
            for (k, mark) in gazetteer.mark(workspace.words).enumerated() { workspace.facts[k].known = UInt64(mark) }
        }
    }

    /// Marks gazetteer place names, longest first, as cue classes and place-kind features.
    private func markPlaces(tokens: ArraySlice<Token>, workspace: inout Workspace) {
        let terms = workspace.wordTerms
        let n = terms.count
        var i = 0
        while i < n {
            guard places.startsName(terms[i]) else {
                i += 1
                continue
            }
            var matched = 0
            var kind: Places.Kind?
            var length = min(places.longestName, n - i)
            while length >= 1 {
                let slice = terms[i..<(i + length)]
                if let entry = places.lookup(terms: slice) {
                    matched = length
                    kind = entry.kind
                    break
                }
                length -= 1
            }
            guard matched > 0, let kind else {
                i += 1
                continue
            }
            let kindValue: UInt64 = kind == .country ? 1 : (kind == .state ? 2 : 3)
            for k in i..<(i + matched) {
                workspace.facts[k].cue = (k == i ? Cue.placeName : Cue.placeNameInside).rawValue
                workspace.facts[k].place = kindValue << 1 | (k == i ? 0 : 1)
            }
            i += matched
        }
    }

    /// The cue class of a word: title, honorific, organisation head, place head, demonym (in that priority),
    /// or an acronym written in letter names.
    static func cue(_ term: Term, key: UnsafeBufferPointer<Unicode.Scalar>) -> Cue {
        if let found = cueWords[term.hash], let cue = Cue(rawValue: UInt64(found)) { return cue }
        if key.first.map({ Devanagari.contains($0.value) }) == true, EntityCues.isAcronym(key) { return .acronym }
        return .none
    }

    /// A hash of the last or first `length` scalars of a key; a key no longer than `length` hashes whole,
    /// marked as whole.
    @inline(__always)
    static func affix(_ key: UnsafeBufferPointer<Unicode.Scalar>, length: Int, suffix: Bool) -> UInt64 {
        if key.count <= length { return StableHash.hash(key, seed: 0xA11 &+ UInt64(length)) }
        let part =
            suffix
            ? UnsafeBufferPointer(rebasing: key[(key.count - length)...])
            : UnsafeBufferPointer(rebasing: key[..<length])
        return StableHash.hash(part, seed: (suffix ? 0x5F0 : 0x9F0) &+ UInt64(length))
    }

    /// The token's shape: kind, script, Latin capitals, length, digits, abbreviation dot, sentence start.
    static func shape(_ token: Token, source: UnsafeBufferPointer<Unicode.Scalar>, first: Bool) -> UInt64 {
        var value = UInt64(token.kind.rawValue)
        let script: UInt64 =
            token.flags.contains(.devanagari)
            ? 1 : (token.flags.contains(.latin) ? 2 : (token.flags.contains(.otherScript) ? 3 : 0))
        value |= script << 3
        if token.flags.contains(.latin), let firstScalar = source.first {
            let upperFirst = firstScalar.value &- 0x41 < 26
            var allUpper = source.count > 1
            for scalar in source where scalar.value &- 0x61 < 26 {
                allUpper = false
                break
            }
            value |= (allUpper ? 2 : (upperFirst ? 1 : 0)) << 5
        }
        let length = source.count
        let bucket: UInt64 =
            length <= 1 ? 0 : (length <= 2 ? 1 : (length <= 3 ? 2 : (length <= 5 ? 3 : (length <= 8 ? 4 : 5))))
        value |= bucket << 7
        if token.flags.contains(.abbreviation) { value |= 1 << 10 }
        // Nukta, ॉ and ॅ mark borrowed words, names among them (ज़रदारी, ऑस्टिन, बॉब).
        for scalar in source
        where scalar.value == 0x093C || scalar.value == 0x0949 || scalar.value == 0x0945
            || (scalar.value &- 0x0958 < 8) || scalar.value == 0x0911
        {
            value |= 1 << 12
            break
        }
        if first { value |= 1 << 11 }
        return value
    }
}
