import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarText
import Testing

/// Builds texts of random Hindi-ish words for dedup tests.
struct TextMaker {
    var generator = SpellingVariants.Generator(seed: 7)
    let vocabulary = [
        "सरकार", "ने", "कहा", "कि", "बाढ़", "से", "लोग", "प्रभावित", "हुए", "राहत", "शिविर", "में", "भोजन", "दिया", "गया",
        "पटना", "जिले", "के", "गांव", "पानी", "नदी", "खतरे", "निशान", "ऊपर", "मंत्री", "दौरा", "किया", "अधिकारी",
        "नाव", "दवा", "बच्चे", "स्कूल", "बंद", "रहेंगे", "मौसम", "विभाग", "बारिश", "चेतावनी", "जारी", "हिंदी",
    ]

    mutating func text(words: Int) -> [String] {
        (0..<words).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &generator)] }
    }

    mutating func perturbed(_ words: [String], rate: Double) -> [String] {
        words.compactMap { Double.random(in: 0..<1, using: &generator) < rate ? nil : $0 }
    }
}

@Suite("Duplicates")
struct DedupTests {
    @Test("shingles: exact Jaccard, and spelling variants do not change them")
    func shingles() {
        let terms = (0..<10).map { UInt64($0 + 100) }
        var changed = terms
        changed[9] = 999
        let a = ShingleSet(terms: terms, size: 5)
        let b = ShingleSet(terms: changed, size: 5)
        #expect(a.count == 6)
        #expect(a.jaccard(b) == 5.0 / 7.0)
        #expect(ShingleSet(terms: [1, 2], size: 5).count == 1)
        #expect(ShingleSet(terms: [], size: 5).isEmpty)

        let original = "यह जानकारी हिंदी में दी गई है और जिले के अधिकारियों से सम्पर्क किए गए। \"बाजार\" बंद रहे।"
        var generator = SpellingVariants.Generator(seed: 1)
        let variant = SpellingVariants.rewrite(original, generator: &generator)
        #expect(variant != original)
        let detector = DuplicateDetector()
        #expect(detector.fingerprint(original).shingles == detector.fingerprint(variant).shingles)
        #expect(MatchKey.of(original) == MatchKey.of(variant))
    }

    @Test("MinHash estimates track exact Jaccard, for both schemes", arguments: MinHasher.Scheme.allCases)
    func estimates(scheme: MinHasher.Scheme) {
        var maker = TextMaker()
        let hasher = MinHasher(count: 128, scheme: scheme)
        var error = 0.0
        let trials = 60
        for trial in 0..<trials {
            let base = maker.text(words: 300)
            let copy = maker.perturbed(base, rate: Double(trial % 6) * 0.04)
            let a = ShingleSet(terms: base.map { Term($0).hash }, size: 5)
            let b = ShingleSet(terms: copy.map { Term($0).hash }, size: 5)
            guard let sa = hasher.signature(of: a), let sb = hasher.signature(of: b) else {
                Issue.record("no signature")
                return
            }
            error += abs(sa.estimatedJaccard(sb) - a.jaccard(b))
        }
        #expect(error / Double(trials) < 0.05)
    }

    @Test("banding for a threshold keeps pairs at the threshold")
    func banding() {
        let lsh = LSHParameters.forThreshold(0.8, slots: 128)
        #expect(lsh.bands == 25 && lsh.rows == 5)
        #expect(lsh.candidateProbability(0.8) >= 0.999)
        #expect(lsh.candidateProbability(0.3) < 0.2)
    }

    @Test("exact, near and unrelated texts; empty and one-word texts are never near-duplicates")
    func detection() {
        var maker = TextMaker()
        let base = maker.text(words: 400)
        var generator = SpellingVariants.Generator(seed: 3)
        let texts = [
            base.joined(separator: " "),  // 0
            SpellingVariants.rewrite(base.joined(separator: " "), generator: &generator),  // 1: exact (same key)
            maker.perturbed(base, rate: 0.01).joined(separator: " "),  // 2: near
            maker.text(words: 400).joined(separator: " "),  // 3: unrelated
            "",  // 4: empty
            "",  // 5: empty
            "राहत",  // 6: one word
            "बाढ़",  // 7: another word
        ]
        let detector = DuplicateDetector()
        let hashes = texts.map { $0.isEmpty ? nil : MatchKey.hash128(canonical: Normalizer.canonical($0).scalars[...]) }
        let pairs = detector.pairs(contentHashes: hashes, fingerprints: texts.map(detector.fingerprint))
        let found = Dictionary(uniqueKeysWithValues: pairs.map { (PrecisionRecall.key($0.first, $0.second), $0) })
        #expect(found[PrecisionRecall.key(0, 1)]?.kind == .exact)
        #expect(found[PrecisionRecall.key(0, 2)]?.kind == .near)
        #expect(found[PrecisionRecall.key(1, 2)]?.kind == .near)
        #expect(pairs.count == 3, "\(pairs)")
        #expect(DuplicateDetector.groups(pairs, count: texts.count) == [[0, 1, 2]])
    }

    @Test("the streaming deduplicator groups like the pairwise detector")
    func streaming() {
        var maker = TextMaker()
        var texts: [String] = []
        for _ in 0..<20 {
            let base = maker.text(words: 300)
            for _ in 0..<5 { texts.append(maker.perturbed(base, rate: 0.01).joined(separator: " ")) }
        }
        for _ in 0..<20 { texts.append(maker.text(words: 300).joined(separator: " ")) }
        let detector = DuplicateDetector()
        let fingerprints = texts.map(detector.fingerprint)
        let hashes = texts.map { MatchKey.hash128(canonical: Normalizer.canonical($0).scalars[...]) as String? }
        let pairs = detector.pairs(contentHashes: hashes, fingerprints: fingerprints)
        let groups = DuplicateDetector.groups(pairs, count: texts.count)
        var streaming = StreamingDeduplicator(expectedTexts: texts.count)
        let assigned = zip(hashes, fingerprints).map { streaming.add(contentHash: $0, fingerprint: $1) }
        var streamed: [Int32: [Int]] = [:]
        for (index, group) in assigned.enumerated() { streamed[streaming.group(of: group), default: []].append(index) }
        let streamGroups = streamed.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        #expect(groups.count == 20)
        #expect(streamGroups == groups)
    }
}

@Suite("Shared passages")
struct PassageTests {
    let words =
        ("राज्य सरकार ने आज घोषणा की कि बाढ़ से प्रभावित सभी परिवारों को अगले सप्ताह तक राहत राशि दे दी जाएगी और "
            + "इसके लिए जिलाधिकारियों को निर्देश भेज दिए गए हैं")

    @Test("a paragraph copied with one word changed is one near-exact passage; a copy is exact")
    func nearExact() {
        let a = PassageText("पहला अलग अनुच्छेद यहां है।\n\(words)। RIA ने यह जानकारी दी।\nअंत।")
        let b = PassageText("दूसरे लेख की शुरुआत।\n\(words)। आरआईए ने यह जानकारी दी।\nकुछ और।")
        let passages = PassageFinder().shared(a, b)
        #expect(passages.count == 1)
        #expect(passages.first?.kind == .near)
        #expect((passages.first?.words ?? 0) >= 28)
        let exact = PassageFinder().shared(a, PassageText("\(words)।"))
        #expect(exact.map(\.kind) == [.exact])
    }

    @Test("a short stock phrase is not a passage; unrelated texts share none")
    func stockPhrases() {
        let a = PassageText("उन्होंने कहा कि इस मामले में जांच की जा रही है और जल्द कार्रवाई होगी।")
        let b = PassageText("पुलिस ने कहा कि इस मामले में जांच की जा रही है। अभी कोई गिरफ्तारी नहीं हुई।")
        #expect(PassageFinder().shared(a, b).isEmpty)
    }

    @Test("a passage repeated inside one text is found once, not against itself")
    func repeatedInside() {
        let text = PassageText("\(words)।\nबीच में कुछ और लिखा है।\nअंत में फिर: \(words)।")
        let repeats = PassageFinder().repeated(in: text)
        #expect(repeats.count == 1)
        if let passage = repeats.first { #expect(passage.firstRange.upperBound <= passage.secondRange.lowerBound) }
    }
}
