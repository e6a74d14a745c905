public import KhabarText

/// One text prepared for passage search: its word terms with where each word stands.
public struct PassageText: Sendable {
    /// The word terms (match keys), in order.
    public let terms: [UInt64]
    /// Scalar offset of each word's start and end in the text.
    public let starts: [Int32]
    public let ends: [Int32]
    /// The paragraph (line) each word is in.
    public let paragraphs: [Int32]
    /// Hashes of the sentences of at least `PassageFinder.sentenceWords` words: texts sharing one are
    /// aligned.
    public let sentenceKeys: [UInt64]
    /// The hash of every run of ``PassageFinder/seedWords`` words (computed once, where the text is
    /// analyzed, so alignments only compare them).
    public let seeds: [UInt64]

    /// Prepares a text (the cleaned text of a document): normalizes and analyzes it first.
    public init(_ text: String, sentenceWords: Int = PassageFinder.sentenceWords) {
        let analyzed = TextPipeline.analyze(canonical: Normalizer.canonicalScalars(text))
        self.init(analyzed, words: analyzed.wordTerms(), sentenceWords: sentenceWords)
    }

    /// Prepares an analyzed text whose word terms (``AnalyzedText/wordTerms()``) are given.
    public init(
        _ text: AnalyzedText, words: (terms: [UInt64], tokens: [Int]),
        sentenceWords: Int = PassageFinder.sentenceWords
    ) {
        let tokens = text.tokens
        let positions = words.tokens
        terms = words.terms
        starts = positions.map { Int32(tokens[$0].start) }
        ends = positions.map { Int32(tokens[$0].end) }
        var paragraph: Int32 = 0
        var paragraphs: [Int32] = []
        paragraphs.reserveCapacity(positions.count)
        var scalar = 0
        let scalars = text.canonical.scalars
        for position in positions {
            let start = tokens[position].start
            while scalar < start {
                if scalars[scalar] == "\n" { paragraph += 1 }
                scalar += 1
            }
            paragraphs.append(paragraph)
        }
        self.paragraphs = paragraphs
        seeds = PassageFinder.seedHashes(words.terms, seedWords: PassageFinder.defaultSeedWords)
        var keys: [UInt64] = []
        var word = 0
        for sentence in text.sentences {
            let first = word
            while word < positions.count && positions[word] < sentence.tokens.upperBound { word += 1 }
            guard word - first >= sentenceWords else { continue }
            var hash: UInt64 = 0x5E47_E4CE
            for term in terms[first..<word] { hash = StableHash.fold(hash ^ term, 0x9FB2_1C65_1E98_DF25) }
            keys.append(hash)
        }
        keys.sort()
        var unique: [UInt64] = []
        for key in keys where unique.last != key { unique.append(key) }
        sentenceKeys = unique
    }

    /// The number of words.
    public var count: Int { terms.count }
}

/// A passage two texts share (or one text repeats), with where it stands in each.
public struct SharedPassage: Sendable, Hashable {
    /// The first text's index and the passage's scalar range in it.
    public var first: Int
    public var firstRange: Range<Int>
    /// The second text's index and range (the same text for a repeat inside one article).
    public var second: Int
    public var secondRange: Range<Int>
    /// Exact (the words are the same) or near (a few words differ, like "RIA" and "आरआईए").
    public var kind: DuplicatePair.Kind
    /// Matched words over the longer side's words.
    public var similarity: Double
    /// Words matched.
    public var words: Int
}

/// Finds passages shared between texts: the same run of words, exact or with a few words changed.
///
/// Method: seed-and-extend on word terms. Every run of `seedWords` consecutive words of one text that also
/// occurs in the other seeds an exact match, extended both ways as far as the words agree. Runs of one
/// paragraph pair separated by at most `maximumGap` differing words on each side join into one near-exact
/// passage. Passages never cross a paragraph boundary of either text, and a passage must match at least
/// `minimumWords` words (a stock phrase is not a copied passage). Across a collection, only texts that
/// share at least one whole sentence of `sentenceWords` words are aligned.
///
/// Complexity: O(n + m + h) per aligned pair of n and m words with h seed hits; h is at most
/// `maximumSeedOccurrences` per word.
public struct PassageFinder: Sendable {
    /// Sentences this long or longer select texts to align.
    public static let sentenceWords = 8

    /// Words in a seed.
    public var seedWords = 6
    /// Words a passage must match (shorter shared runs are stock phrases: "ने कहा कि इस मामले में जांच की जा
    /// रही है").
    public var minimumWords = 12
    /// Differing words tolerated between two exact runs of one near-exact passage.
    public var maximumGap = 3
    /// The share of matched words a near-exact passage needs.
    public var minimumSimilarity = 0.8
    /// A seed that occurs more often than this in one text seeds nothing: it is a refrain (a chant, a
    /// table row, a stuck scraper), not a copied passage, and following every occurrence would make a
    /// pathological text quadratic.
    public var maximumSeedOccurrences = 32

    /// Creates a finder with the default settings.
    public init() {}

    /// The passages shared by two different texts.
    public func shared(_ a: PassageText, _ b: PassageText, first: Int = 0, second: Int = 1) -> [SharedPassage] {
        passages(runs(a, b, sameText: false), a, b, first, second)
    }

    /// The passages one text repeats (a later copy of an earlier run of words).
    public func repeated(in a: PassageText, index: Int = 0) -> [SharedPassage] {
        passages(runs(a, a, sameText: true), a, a, index, index)
    }

    /// Every shared passage among texts, aligning only those that share a sentence, except pairs the
    /// caller excludes (near-duplicates, which share everything).
    public func passages(among texts: [PassageText], excluding excluded: Set<Int64> = []) -> [SharedPassage] {
        var bySentence: [UInt64: [Int]] = [:]
        var pairs = Set<Int64>()
        for (index, text) in texts.enumerated() {
            for key in text.sentenceKeys {
                for other in bySentence[key, default: []] where other != index {
                    let pair = Int64(other) << 32 | Int64(index)
                    if !excluded.contains(pair) { pairs.insert(pair) }
                }
                bySentence[key, default: []].append(index)
            }
        }
        var result: [SharedPassage] = []
        for pair in pairs.sorted() {
            let a = Int(pair >> 32)
            let b = Int(pair & 0xFFFF_FFFF)
            result += shared(texts[a], texts[b], first: a, second: b)
        }
        for (index, text) in texts.enumerated() { result += repeated(in: text, index: index) }
        return result
    }

    // MARK: Alignment

    /// An exact run: `length` words from `a` in the first text and `b` in the second.
    struct Run {
        var a: Int
        var b: Int
        var length: Int
    }

    /// The seed length texts are prepared with.
    public static let defaultSeedWords = 6

    /// The hash of every run of `k` consecutive terms.
    static func seedHashes(_ terms: [UInt64], seedWords k: Int) -> [UInt64] {
        guard terms.count >= k else { return [] }
        return (0...(terms.count - k)).map { start in
            var hash: UInt64 = 0x51_7CC1_B727_220A
            for term in terms[start..<(start + k)] { hash = StableHash.fold(hash ^ term, 0x94D0_49BB_1331_11EB) }
            return hash
        }
    }

    /// The seed hashes of a prepared text, made again only when this finder's seed length differs.
    func seeds(of text: PassageText) -> [UInt64] {
        seedWords == Self.defaultSeedWords ? text.seeds : Self.seedHashes(text.terms, seedWords: seedWords)
    }

    func seedHash(_ terms: [UInt64], _ start: Int) -> UInt64 {
        var hash: UInt64 = 0x51_7CC1_B727_220A
        for term in terms[start..<(start + seedWords)] { hash = StableHash.fold(hash ^ term, 0x94D0_49BB_1331_11EB) }
        return hash
    }

    /// Maximal exact runs of at least `seedWords` words, each split where a paragraph of either text ends.
    func runs(_ a: PassageText, _ b: PassageText, sameText: Bool) -> [Run] {
        let k = seedWords
        guard a.count >= k && b.count >= k else { return [] }
        let aSeeds = seeds(of: a)
        let seeds = SeedTable(seeds(of: b))
        var coveredUntil: [Int: Int] = [:]  // diagonal → end of the last run found on it
        var runs: [Run] = []
        var hits: [Int32] = []
        for i in 0...(a.count - k) {
            seeds.positions(of: aSeeds[i], into: &hits)
            guard !hits.isEmpty, hits.count <= maximumSeedOccurrences else { continue }
            for hit in hits {
                let j = Int(hit)
                let diagonal = j - i
                if sameText && diagonal <= 0 { continue }
                if let end = coveredUntil[diagonal], i < end { continue }
                guard a.terms[i..<(i + k)].elementsEqual(b.terms[j..<(j + k)]) else { continue }
                var start = i
                while start > 0 && start + diagonal > 0 && a.terms[start - 1] == b.terms[start - 1 + diagonal] {
                    start -= 1
                }
                var end = i + k
                while end < a.count && end + diagonal < b.count && a.terms[end] == b.terms[end + diagonal] { end += 1 }
                if sameText { end = min(end, start + diagonal) }  // a repeat may not overlap itself
                coveredUntil[diagonal] = end
                runs += split(Run(a: start, b: start + diagonal, length: end - start), a, b)
            }
        }
        return runs.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// A run cut where a paragraph of either text changes.
    func split(_ run: Run, _ a: PassageText, _ b: PassageText) -> [Run] {
        var pieces: [Run] = []
        var start = 0
        for offset in 1..<max(run.length, 1) {
            let changes =
                a.paragraphs[run.a + offset] != a.paragraphs[run.a + offset - 1]
                || b.paragraphs[run.b + offset] != b.paragraphs[run.b + offset - 1]
            if changes {
                pieces.append(Run(a: run.a + start, b: run.b + start, length: offset - start))
                start = offset
            }
        }
        pieces.append(Run(a: run.a + start, b: run.b + start, length: run.length - start))
        return pieces
    }

    /// A chain extended across a small gap at either end, when a few more words of the same paragraphs
    /// agree beyond it (a changed word near a sentence end leaves too few words for a seed).
    func extended(_ chain: [Run], _ a: PassageText, _ b: PassageText) -> [Run] {
        guard var head = chain.first, var tail = chain.last else { return chain }
        var runs = chain
        let paragraphA = a.paragraphs[head.a]
        let paragraphB = b.paragraphs[head.b]
        func same(_ i: Int, _ j: Int) -> Bool {
            i >= 0 && j >= 0 && i < a.count && j < b.count && a.paragraphs[i] == paragraphA
                && b.paragraphs[j] == paragraphB && a.terms[i] == b.terms[j]
        }
        // After the end: skip up to maximumGap words on each side, then take the longest agreement.
        var best: Run?
        for skipA in 0...maximumGap {
            for skipB in 0...maximumGap where skipA + skipB > 0 {
                let i = tail.a + tail.length + skipA
                let j = tail.b + tail.length + skipB
                var length = 0
                while same(i + length, j + length) { length += 1 }
                if length >= 2 && length > (best?.length ?? 0) { best = Run(a: i, b: j, length: length) }
            }
        }
        if let best {
            runs.append(best)
            tail = best
        }
        // Before the start, the same way backwards.
        var before: Run?
        for skipA in 0...maximumGap {
            for skipB in 0...maximumGap where skipA + skipB > 0 {
                let i = head.a - 1 - skipA
                let j = head.b - 1 - skipB
                var length = 0
                while same(i - length, j - length) { length += 1 }
                if length >= 2 && length > (before?.length ?? 0) {
                    before = Run(a: i - length + 1, b: j - length + 1, length: length)
                }
            }
        }
        if let before {
            runs.insert(before, at: 0)
            head = before
        }
        return runs
    }

    /// Runs of one paragraph pair chained across small gaps, kept when long and similar enough.
    func passages(_ runs: [Run], _ a: PassageText, _ b: PassageText, _ first: Int, _ second: Int) -> [SharedPassage] {
        var chains: [[Run]] = []
        for run in runs {
            // Join the latest chain this run continues (a short stray match may sit between two runs of
            // one passage in the order of the first text).
            let continued = chains.indices.reversed().prefix(16).first { index in
                guard let last = chains[index].last else { return false }
                return a.paragraphs[run.a] == a.paragraphs[last.a] && b.paragraphs[run.b] == b.paragraphs[last.b]
                    && run.a >= last.a + last.length && run.a - (last.a + last.length) <= maximumGap
                    && run.b >= last.b + last.length && run.b - (last.b + last.length) <= maximumGap
            }
            if let continued {
                chains[continued].append(run)
            } else {
                chains.append([run])
            }
        }
        return chains.compactMap { found -> SharedPassage? in
            let chain = extended(found, a, b)
            guard let head = chain.first, let tail = chain.last else { return nil }
            let matched = chain.reduce(0) { $0 + $1.length }
            let spanA = tail.a + tail.length - head.a
            let spanB = tail.b + tail.length - head.b
            let similarity = Double(matched) / Double(max(spanA, spanB))
            guard matched >= minimumWords, similarity >= minimumSimilarity else { return nil }
            return SharedPassage(
                first: first, firstRange: Int(a.starts[head.a])..<Int(a.ends[tail.a + tail.length - 1]),
                second: second, secondRange: Int(b.starts[head.b])..<Int(b.ends[tail.b + tail.length - 1]),
                kind: chain.count == 1 ? .exact : .near, similarity: similarity, words: matched)
        }
    }
}

/// The places of every seed (run of `seedWords` word terms) of a text: an open-addressing table of seed
/// hashes whose entries chain the positions, so building it allocates three flat arrays and no array per
/// seed.
struct SeedTable {
    private var keys: [UInt64]
    private var heads: [Int32]
    private var next: [Int32]
    private let mask: Int

    init(_ hashes: [UInt64]) {
        let count = hashes.count
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        heads = [Int32](repeating: -1, count: capacity)
        next = [Int32](repeating: -1, count: count)
        // Inserted from the end, so each chain lists positions in increasing order.
        for j in stride(from: count - 1, through: 0, by: -1) {
            let key = hashes[j] | 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            next[j] = heads[slot]
            heads[slot] = Int32(j)
        }
    }

    /// The positions of a seed, in increasing order, written into `positions`.
    func positions(of hash: UInt64, into positions: inout [Int32]) {
        positions.removeAll(keepingCapacity: true)
        let key = hash | 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                var entry = heads[slot]
                while entry >= 0 {
                    positions.append(entry)
                    entry = next[Int(entry)]
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
