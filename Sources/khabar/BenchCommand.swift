import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
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
        subcommands: [TextBench.self, IngestBench.self]
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

struct IngestBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest throughput into a fresh SQLite database: articles/s and peak memory.",
        discussion: """
            Example:
              swift run -c release khabar bench ingest --input ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @Option(help: "Files or folders to ingest.")
    var input: [String]

    @Option(help: "The database to create (default: a new file in the temporary folder, deleted after).")
    var db: String?

    func run() async throws {
        let path = db ?? NSTemporaryDirectory() + "khabar-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        defer {
            if db == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let store = try SQLiteStore(path: path)
        let pipeline = IngestPipeline()
        let summary = try await pipeline.run(
            paths: input,
            sink: { documents in
                let result = try await store.add(documents)
                return (result.added.count, result.existing.count)
            })
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let result: [String: Any] = [
            "input": input, "articles": summary.documents, "added": summary.added,
            "rejected": summary.rejected.count, "seconds": summary.seconds,
            "articles_per_s": (Double(summary.documents) / max(summary.seconds, 1e-9)).rounded(),
            "mb_per_s": (Double(summary.bytes) / 1e6 / max(summary.seconds, 1e-9) * 100).rounded() / 100,
            "peak_rss_mb": (Double(peakResidentBytes()) / 1_048_576 * 10).rounded() / 10,
            "database_mb": (Double(fileBytes) / 1_048_576 * 10).rounded() / 10,
            "cores": ProcessInfo.processInfo.activeProcessorCount,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
