import ArgumentParser
import Foundation
import KhabarPipeline
import KhabarStore

/// `khabar bench ingest`: the whole pipeline, end to end, into a fresh database.
struct IngestBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "End-to-end ingest into a fresh SQLite database: articles/s, stages and peak memory.",
        discussion: """
            Runs the whole pipeline (every stage, as khabar ingest does) over the inputs into a new database,
            --repeat times with a new database each time, and prints one JSON object: the best wall time and
            articles/s, the stage times and CPU of that run, peak memory and the database size. With
            --checkpoints it ingests the first N records of a JSON Lines file for each N instead (time per
            article as the store grows).

            Examples:
              .build/release/khabar bench ingest --input ../shared/data/hindi-news-2020/articles.jsonl --repeat 5
              .build/release/khabar bench ingest --input .build/bench/peers-work/replay-100000.jsonl \\
                  --checkpoints 10000,50000,100000
            """
    )

    @Option(help: "Files or folders to ingest.")
    var input: [String]

    @Option(help: "Runs, each into a new database; the fastest is reported.")
    var `repeat` = 1

    @Option(help: "Ingest the first N records of the (one) JSON Lines input, for each N, comma-separated.")
    var checkpoints: String?

    @OptionGroup var analysis: AnalysisOptions

    func run() async throws {
        let pipeline = try analysis.pipeline()
        var results: [[String: Any]] = []
        if let checkpoints {
            guard input.count == 1 else { throw ValidationError("--checkpoints takes one JSON Lines input") }
            for count in checkpoints.split(separator: ",").compactMap({ Int($0) }) {
                let head = NSTemporaryDirectory() + "khabar-bench-head-\(count).jsonl"
                try writeHead(of: input[0], lines: count, to: head)
                defer { try? FileManager.default.removeItem(atPath: head) }
                results.append(try await best(pipeline, paths: [head], runs: `repeat`))
            }
        } else {
            results.append(try await best(pipeline, paths: input, runs: `repeat`))
        }
        let output: Any = results.count == 1 ? results[0] : results
        let data = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }

    /// The fastest of `runs` runs, each into a new database.
    func best(_ pipeline: Pipeline, paths: [String], runs: Int) async throws -> [String: Any] {
        var fastest: (summary: PipelineSummary, bytes: Int)?
        var all: [Double] = []
        for _ in 0..<max(1, runs) {
            let path = NSTemporaryDirectory() + "khabar-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite"
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let store = try SQLiteStore(path: path)
            let summary = try await pipeline.run(paths: paths, into: store)
            let bytes = ["", "-wal"].reduce(0) {
                $0 + ((try? FileManager.default.attributesOfItem(atPath: path + $1)[.size] as? Int) ?? 0)
            }
            all.append(summary.seconds)
            if summary.seconds < fastest?.summary.seconds ?? .infinity { fastest = (summary, bytes) }
        }
        guard let (summary, bytes) = fastest else { return [:] }
        let t = summary.times
        return [
            "input": paths, "articles": summary.documents, "added": summary.added, "rejected": summary.rejected.count,
            "seconds": round3(summary.seconds), "all_seconds": all.map(round3),
            "articles_per_s": (Double(summary.documents) / max(summary.seconds, 1e-9)).rounded(),
            "ms_per_article": round3(summary.seconds * 1000 / Double(max(1, summary.documents))),
            "cpu_seconds": round3(summary.cpuSeconds),
            "mb_per_s": round3(Double(summary.bytes) / 1e6 / summary.seconds),
            "peak_rss_mb": (Double(peakResidentBytes()) / 1_048_576 * 10).rounded() / 10,
            "database_mb": (Double(bytes) / 1_048_576 * 10).rounded() / 10,
            "cores": ProcessInfo.processInfo.activeProcessorCount,
            "duplicates": summary.duplicates, "passages": summary.passages, "occurrences": summary.occurrences,
            "mentions": summary.mentions, "quotes": summary.quotes, "dates": summary.dates,
            "stages": [
                "read": round3(t.read), "analyze": round3(t.analyze), "analyze_work": round3(t.analyzeWork),
                "candidates": round3(t.candidates), "link": round3(t.link), "save": round3(t.save),
                "wait": round3(t.wait), "record": round3(t.record), "refresh": round3(t.refresh),
            ],
        ]
    }

    /// The first `lines` lines of a file, written to `path`.
    func writeHead(of source: String, lines: Int, to path: String) throws {
        guard let input = FileHandle(forReadingAtPath: source) else { throw CommandFailure("\(source): cannot read") }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else { throw CommandFailure("\(path): cannot write") }
        defer {
            try? input.close()
            try? output.close()
        }
        var written = 0
        var pending = Data()
        while written < lines, let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while written < lines, let newline = pending[start...].firstIndex(of: 0x0A) {
                written += 1
                start = newline + 1
            }
            output.write(pending[pending.startIndex..<start])
            pending = Data(pending[start...])
        }
    }
}

func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
