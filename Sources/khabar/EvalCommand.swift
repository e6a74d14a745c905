import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarIngest
import KhabarText

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Khabar's stages against gold data.",
        discussion: """
            Benchmarks/run runs these on ../shared data and puts the figures beside the peers'.

            Examples:
              khabar eval dedup --sample /tmp/peers-dedup-gold-sample.jsonl --gold /tmp/peers-dedup-gold.json
              khabar eval names --pairs ../shared/data/names-en-hi/pairs.tsv
              khabar eval entities
              khabar eval dates --docs ../shared/data/iltimex/docs.jsonl --split dev --errors 50
            """,
        subcommands: [
            DedupEval.self, NamesEval.self, EntitiesEval.self, DatesEval.self, CorpusEntitiesEval.self, QuotesEval.self,
            TransliterationEval.self, StoriesEval.self, SearchNamesEval.self,
        ]
    )
}

struct DedupEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Near-duplicate precision and recall against exact Jaccard on the same shingles.",
        discussion: """
            Reads a sample of articles (JSON Lines with "id" and "text"), cleans them, and adds copies of
            the first --variants articles rewritten with Hindi spelling variants (nukta, chandrabindu, nasal
            conjuncts, ये/ए, ZWJ, curly quotes), half of them also with 1% of their words dropped. The gold
            is the exact Jaccard of every pair of shingle sets that share a shingle (brute force); Khabar's
            pairs are scored against it at thresholds 0.5 to 0.9. With --gold (the peers' harness file) the
            pairs at 0.8 are also scored against the peers' gold on whitespace shingles of the raw text.

            Example:
              khabar eval dedup --sample /tmp/peers-dedup-gold-sample.jsonl --gold /tmp/peers-dedup-gold.json
            """
    )

    @Option(help: "The sample: JSON Lines with id and text.")
    var sample: String

    @Option(help: "The peers' gold file (optional).")
    var gold: String?

    @Option(help: "Spelling-variant copies to add.")
    var variants = 1000

    @Flag(help: "Compare the raw texts instead of the cleaned ones.")
    var raw = false

    func run() async throws {
        let raws = try loadRaw(sample)
        let cleaner = Cleaner()
        var ids = raws.map { $0.source.externalID ?? $0.source.display }
        var texts = raws.map { raw ? $0.text : cleaner.clean($0).text }
        var generator = SpellingVariants.Generator(seed: 2020)
        var variantOf: [Int: Int] = [:]
        for index in 0..<min(variants, raws.count) {
            var text = SpellingVariants.rewrite(raws[index].text, generator: &generator)
            if index % 2 == 1 {
                text = text.split(separator: " ", omittingEmptySubsequences: false)
                    .filter { _ in Int.random(in: 0..<100, using: &generator) != 0 }.joined(separator: " ")
            }
            var copy = raws[index]
            copy.text = text
            variantOf[texts.count] = index
            texts.append(raw ? copy.text : cleaner.clean(copy).text)
            ids.append("variant-\(ids[index])")
        }
        let hashes = texts.map { $0.isEmpty ? nil : MatchKey.hash128(canonical: Normalizer.canonical($0).scalars[...]) }
        let points = DedupEvaluation().evaluate(
            texts: texts, contentHashes: hashes, thresholds: [0.5, 0.6, 0.7, 0.8, 0.9])

        // The spelling-variant copies without dropped words must be exact duplicates of their originals.
        let detector = DuplicateDetector()
        let pairs = detector.pairs(contentHashes: hashes, fingerprints: texts.map(detector.fingerprint))
        let exact = Set(pairs.filter { $0.kind == .exact }.map { PrecisionRecall.key($0.first, $0.second) })
        let near = Set(pairs.map { PrecisionRecall.key($0.first, $0.second) })
        let pureVariants = variantOf.filter { $0.value % 2 == 0 }
        let droppedVariants = variantOf.filter { $0.value % 2 == 1 }
        var result: [String: Any] = [
            "documents": texts.count, "sample": raws.count, "variants": variantOf.count, "cleaned": !raw,
            "curve": points.map { point -> [String: Any] in
                [
                    "threshold": point.threshold, "lsh": "\(point.bands)x\(point.rows)", "gold": point.goldPairs,
                    "predicted": point.predictedPairs, "correct": point.correctPairs,
                    "precision": round4(point.precision), "recall": round4(point.recall), "f1": round4(point.f1),
                    "seconds": round4(point.seconds),
                ]
            },
            "spelling_variants_found_as_exact": pureVariants.filter {
                exact.contains(PrecisionRecall.key($0.key, $0.value))
            }
            .count,
            "spelling_variants_pure": pureVariants.count,
            "spelling_variants_with_drops_found": droppedVariants.filter {
                near.contains(PrecisionRecall.key($0.key, $0.value))
            }.count,
            "spelling_variants_with_drops": droppedVariants.count,
        ]
        if let gold {
            result["against_peers_gold"] = try peersGold(gold, ids: ids, pairs: pairs)
        }
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }

    func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// Khabar's pairs at 0.8 among the sample (variants left out) scored against the peers' gold.
    func peersGold(_ path: String, ids: [String], pairs: [DuplicatePair]) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        guard let file = object as? [String: Any], let goldPairs = file["pairs"] as? [[Any]] else {
            throw CommandFailure("\(path): not a peers gold file (no \"pairs\")")
        }
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let gold = Set(
            goldPairs.compactMap { row -> Int64? in
                guard let a = row.first as? String, let b = row.dropFirst().first as? String,
                    let i = position[a], let j = position[b]
                else { return nil }
                return PrecisionRecall.key(i, j)
            })
        let sample = ids.filter { !$0.hasPrefix("variant-") }.count
        let predicted = Set(pairs.filter { $0.second < sample }.map { PrecisionRecall.key($0.first, $0.second) })
        let score = PrecisionRecall(predicted: predicted, gold: gold)
        return [
            "note":
                "peers' gold: whitespace 5-shingles of the raw text; Khabar: match-key word 5-shingles of the cleaned text",
            "gold": score.gold, "predicted": score.predicted, "precision": round4(score.precision),
            "recall": round4(score.recall), "f1": round4(score.f1),
        ]
    }
}

/// Every raw document of the inputs (rejections are reported and skipped).
func loadRaw(_ path: String) throws -> [RawDocument] {
    let reader = InputReader()
    let (inputs, errors) = reader.plan([path])
    if let error = errors.first { throw CommandFailure(error.description) }
    var documents: [RawDocument] = []
    for input in inputs {
        let cursor = reader.open(input)
        while let event = try cursor.next() {
            switch event {
            case .document(let raw): documents.append(raw)
            case .rejected(let error): Terminal.error("rejected: \(error)")
            case .pending: break  // next() decodes every record
            }
        }
    }
    return documents
}

struct NamesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Cross-script names: is the right English name ranked first among 300 candidates?",
        discussion: """
            Reads a TSV of English<TAB>Devanagari<TAB>kind pairs (a header line first). For every pair of a
            kind, the English names of 299 other pairs of the same kind, drawn with a fixed seed, compete
            with the right one; a tie counts as a miss. Prints the share ranked first per kind.

            Example:
              khabar eval names --pairs ../shared/data/names-en-hi/pairs.tsv
            """
    )

    @Option(help: "The TSV file of name pairs.")
    var pairs: String

    @Option(help: "Candidates per name, the right one included.")
    var candidates = 300

    func run() async throws {
        var byKind: [String: [(english: String, hindi: String)]] = [:]
        for pair in try NamePairs.load(pairs) { byKind[pair.kind, default: []].append((pair.english, pair.hindi)) }
        var result: [String: Any] = ["candidates": candidates]
        for (kind, list) in byKind.sorted(by: { $0.key < $1.key }) {
            let score = NameMatchEvaluation.evaluate(list, candidates: candidates)
            result[kind] = [
                "names": score.names, "ranked_first": score.rankedFirst, "tied_first": score.tiedFirst,
                "accuracy_strict": (score.accuracy * 10_000).rounded() / 10_000,
                "accuracy_expected": (score.expectedAccuracy * 10_000).rounded() / 10_000,
                "some_misses": Array(score.misses.prefix(20)),
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
