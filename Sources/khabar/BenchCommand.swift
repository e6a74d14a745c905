import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
import KhabarPipeline
import KhabarStore
import KhabarText

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Khabar's own speed (build with -c release).",
        discussion: """
            Benchmarks/run compares these figures with the Python peers on the same data in the same run.

            Examples:
              swift run -c release khabar bench text --input ../shared/data/hindi-news-2020/articles.jsonl
              swift run -c release khabar bench ingest --input ../shared/data/hindi-news-2020/articles.jsonl
            """,
        subcommands: [
            TextBench.self, IngestBench.self, MinHashBench.self, DedupBench.self, AnalysisBench.self, DatesBench.self,
            QuoteBench.self, StoriesBench.self, SearchBench.self,
        ]
    )
}

/// Reads the `text` field of every line of a JSON Lines file (or the whole of a text file).
func loadTexts(_ path: String) throws -> [String] {
    let reader = InputReader()
    let (inputs, errors) = reader.plan([path])
    if let error = errors.first { throw CommandFailure(error.description) }
    var texts: [String] = []
    for input in inputs {
        let cursor = reader.open(input)
        while let event = try cursor.next() {
            if case .document(let raw) = event { texts.append(raw.text) }
        }
    }
    return texts
}

/// Peak resident memory of this process, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
}

/// Resident memory of this process now, in bytes (from /proc/self/statm; 0 where there is none).
func currentResidentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

struct TextBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Text layer throughput: normalize + tokenize + segment + stem, one core.",
        discussion: """
            Prints one JSON object: MB/s (10^6 bytes of UTF-8 input) for each stage and for the chain, best of
            --repeat runs, with token and sentence counts. The work runs on one thread; Benchmarks/run also
            pins the process to one CPU with taskset, as the peers' harness pins itself.

            Example:
              swift run -c release khabar bench text --input ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @Option(help: "A JSON Lines file (its text fields) or a text file.")
    var input: String

    @Option(help: "Runs; the best is reported.")
    var `repeat`: Int = 5

    func run() async throws {
        let texts = try loadTexts(input)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1e6
        var best = [String: Double]()
        var tokens = 0
        var sentences = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, `repeat`) {
            // The chain, as a user calls it.
            var start = clock.now
            var tokenCount = 0
            var sentenceCount = 0
            for text in texts {
                let analyzed = TextPipeline.analyze(text)
                tokenCount += analyzed.tokens.count
                sentenceCount += analyzed.sentences.count
            }
            record("pipeline", clock.now - start)
            tokens = tokenCount
            sentences = sentenceCount
            // Stage by stage.
            start = clock.now
            let canonical = texts.map(Normalizer.canonical)
            record("normalize", clock.now - start)
            start = clock.now
            let tokenLists = canonical.map(Tokenizer.tokenize)
            record("tokenize", clock.now - start)
            start = clock.now
            var segmented = 0
            for (text, list) in zip(canonical, tokenLists) {
                segmented += SentenceSegmenter.segment(text, tokens: list).count
            }
            record("segment", clock.now - start)
            start = clock.now
            var terms = 0
            for (text, list) in zip(canonical, tokenLists) {
                terms += TextPipeline.termHashes(text, tokens: list, stem: true).count
            }
            record("stem", clock.now - start)
            precondition(segmented == sentenceCount && terms == tokenCount, "stages disagree with the chain")
        }

        func record(_ stage: String, _ duration: Duration) {
            let rate = megabytes / max(seconds(duration), 1e-9)
            best[stage] = max(best[stage] ?? 0, rate)
        }

        let result: [String: Any] = [
            "input": input, "documents": texts.count, "megabytes": megabytes, "threads": 1,
            "tokens": tokens, "sentences": sentences,
            "mb_per_s": best.mapValues { ($0 * 100).rounded() / 100 },
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}

struct MinHashBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhash",
        abstract: "MinHash signature throughput (128 slots, word 5-shingles), one thread.",
        discussion: """
            Measures, on the same texts the peers' harness uses: signatures from raw text (normalize,
            tokenize, key words, shingle, sign), signatures from precomputed shingle hashes, for the
            one-permutation and the classic scheme, and the full fingerprint (signature and the sorted
            shingle set kept for exact verification). Prints one JSON object of docs/s, best of --repeat.

            Example:
              taskset -c 0 .build/release/khabar bench minhash --input /tmp/peers-work/replay-100000.jsonl
            """
    )

    @Option(help: "A JSON Lines file (its text fields).")
    var input: String

    @Option(help: "Use at most this many documents.")
    var limit = Int.max

    @Option(help: "Runs; the best is reported.")
    var `repeat` = 2

    func run() async throws {
        let texts = Array(try loadTexts(input).prefix(limit))
        let clock = ContinuousClock()
        var best: [String: Double] = [:]
        func measure(_ name: String, _ body: () -> Int) {
            for _ in 0..<max(1, `repeat`) {
                let started = clock.now
                let done = body()
                let rate = Double(done) / max(seconds(clock.now - started), 1e-9)
                best[name] = max(best[name] ?? 0, rate.rounded())
            }
        }
        let k = 5
        var checksum: UInt64 = 0
        for scheme in MinHasher.Scheme.allCases {
            let hasher = MinHasher(count: 128, scheme: scheme)
            measure("\(scheme.rawValue).from_text") {
                for text in texts {
                    let shingles = ShingleSet.shingleHashes(terms: WordTerms.of(text), size: k)
                    checksum &+= UInt64(hasher.signature(ofHashes: shingles)?.values[0] ?? 0)
                }
                return texts.count
            }
        }
        let precomputed = texts.map { ShingleSet.shingleHashes(terms: WordTerms.of($0), size: k) }
        for scheme in MinHasher.Scheme.allCases {
            let hasher = MinHasher(count: 128, scheme: scheme)
            measure("\(scheme.rawValue).from_shingles") {
                for shingles in precomputed {
                    checksum &+= UInt64(hasher.signature(ofHashes: shingles)?.values[0] ?? 0)
                }
                return precomputed.count
            }
        }
        let detector = DuplicateDetector()
        measure("fingerprint.from_text") {
            for text in texts { checksum &+= UInt64(detector.fingerprint(text).shingles.count) }
            return texts.count
        }
        let result: [String: Any] = [
            "input": input, "documents": texts.count, "slots": 128, "shingle_words": k, "threads": 1,
            "docs_per_s": best, "checksum": String(checksum, radix: 16),
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}

struct DedupBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "End-to-end duplicate grouping of a large JSON Lines corpus, in memory.",
        discussion: """
            Streams the input: parses each record, cleans it (unless --raw), fingerprints it on every core,
            and adds it to the streaming deduplicator (LSH candidates, exact Jaccard against the kept members
            of each candidate group). Prints a JSON line at each checkpoint: documents, seconds, docs/s, peak
            RSS, bytes of the LSH index and of kept shingle sets, and groups found.

            Example:
              .build/release/khabar bench dedup --input /tmp/peers-work/replay-1000000.jsonl \\
                  --checkpoints 100000,200000,500000,1000000
            """
    )

    @Option(help: "A JSON Lines file.")
    var input: String

    @Option(help: "Document counts at which to report, comma-separated.")
    var checkpoints = "100000,200000,500000,1000000"

    @Flag(help: "Fingerprint the raw text instead of the cleaned text.")
    var raw = false

    @Option(help: "Documents fingerprinted in parallel per batch.")
    var batch = 4096

    func run() async throws {
        let marks = Set(checkpoints.split(separator: ",").compactMap { Int($0) })
        let last = marks.max() ?? .max
        let reader = InputReader()
        let (inputs, errors) = reader.plan([input])
        if let error = errors.first { throw CommandFailure(error.description) }
        let detector = DuplicateDetector()
        var deduplicator = StreamingDeduplicator(options: detector.options, expectedTexts: min(last, 1_000_000))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let cleaner = Cleaner()
        let raw = self.raw
        let clock = ContinuousClock()
        let started = clock.now
        var pending: [IngestEvent] = []
        var done = 0

        func flush() async {
            let items = pending
            pending.removeAll(keepingCapacity: true)
            // Decoding, cleaning and fingerprinting run on every core; grouping is sequential.
            let results = await Parallel.map(items, tasks: cores) { event -> (String?, Fingerprint)? in
                var decoded = event
                if case .pending(let record) = event { decoded = record.decode(with: reader) }
                guard case .document(let document) = decoded else { return nil }
                let text = raw ? document.text : cleaner.clean(document).text
                let hash = text.isEmpty ? nil : MatchKey.hash128(canonical: Normalizer.canonical(text).scalars[...])
                return (hash, detector.fingerprint(text))
            }
            for (hash, fingerprint) in results.compactMap({ $0 }) {
                _ = deduplicator.add(contentHash: hash, fingerprint: fingerprint)
                done += 1
                if marks.contains(done) { report() }
            }
        }

        func report() {
            var groups = Set<Int32>()
            var duplicates = 0
            for id in 0..<Int32(deduplicator.count) {
                let root = deduplicator.group(of: id)
                if root != id {
                    duplicates += 1
                    groups.insert(root)
                }
            }
            let elapsed = seconds(clock.now - started)
            let line: [String: Any] = [
                "documents": done, "seconds": (elapsed * 100).rounded() / 100,
                "docs_per_s": (Double(done) / elapsed).rounded(),
                "peak_rss_mb": (Double(peakResidentBytes()) / 1_048_576).rounded(),
                "lsh_index_mb": (Double(deduplicator.indexBytes) / 1_048_576).rounded(),
                "kept_shingles_mb": (Double(deduplicator.keptBytes) / 1_048_576).rounded(),
                "groups": groups.count, "documents_in_groups_beyond_first": duplicates,
                "verifications": deduplicator.verifications, "candidates_seen": deduplicator.candidatesSeen,
                "cores": cores, "cleaned": !raw,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
                Terminal.print(String(decoding: data, as: UTF8.self))
            }
        }

        reading: for input in inputs {
            let cursor = reader.open(input)
            while let event = try cursor.next(decodingRecords: false) {
                if case .rejected = event { continue }
                pending.append(event)
                if pending.count >= batch { await flush() }
                if done + pending.count >= last { break reading }
            }
        }
        await flush()
        if !marks.contains(done) { report() }
    }
}
