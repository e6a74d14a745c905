import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
import KhabarPipeline
import KhabarStore

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read, clean, analyze, store and link articles.",
        discussion: """
            Reads folders of .txt files, JSON Lines files and standard input (-), and runs every stage on
            each new article: cleaning, entities, quotes and dates, duplicates and shared passages, canonical
            entities. Ingesting the same input again adds nothing. Inputs that cannot be read (empty,
            binary, not UTF-8, too large, not JSON, no "text") are reported one per line and skipped; the
            exit status is then 1, and everything else is still stored. The last line gives the whole
            command's speed; --verbose adds the time of each stage.

            Examples:
              khabar ingest Examples/news Examples/feed.jsonl
              cat article.txt | khabar ingest -
              khabar ingest --verbose --db /tmp/news.sqlite ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var analysis: AnalysisOptions

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Also print how long each stage took.")
    var verbose = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let pipeline = try analysis.pipeline()
        let database = try store.open(.create)
        var bar = ProgressBar()
        let summary: PipelineSummary
        do {
            summary = try await pipeline.run(paths: paths, into: database) { event in
                switch event {
                case .rejected(let error):
                    bar.finish()
                    Terminal.error("rejected: \(error)")
                case .warning(let warning):
                    bar.finish()
                    Terminal.error("warning: \(warning)")
                case .progress(let bytes, let total, let documents):
                    bar.update(bytes: bytes, totalBytes: total, documents: documents)
                case .relinked(let documents):
                    bar.finish()
                    Terminal.error("linking stored articles again (the analysis settings changed): \(documents)")
                }
            }
        } catch let error as StoreError {
            bar.finish()
            throw error.failure
        }
        bar.finish()
        let total = try await database.count()
        let wall = seconds(clock.now - started)
        report(summary, total: total, wall: wall)
        if !summary.rejected.isEmpty { throw ExitCode(summary.documents == 0 ? 2 : 1) }
    }

    func report(_ summary: PipelineSummary, total: Int, wall: Double) {
        let rate = wall > 0 ? Double(summary.documents) / wall : 0
        if json {
            let times = summary.times
            var object: [String: Any] = [
                "inputs": summary.inputs, "articles": summary.documents, "analyzed": summary.analyzed,
                "added": summary.added,
                "unchanged": summary.unchanged, "rejected": summary.rejected.count, "warnings": summary.warnings,
                "stored": total, "seconds": wall, "articles_per_second": rate, "cpu_seconds": summary.cpuSeconds,
                "database": store.resolvedPath, "duplicates": summary.duplicates, "passages": summary.passages,
                "passage_occurrences": summary.occurrences, "mentions": summary.mentions, "quotes": summary.quotes,
                "dates": summary.dates, "entities": summary.entities, "relinked": summary.relinked,
                "storied": summary.storied, "searchable": summary.searchable,
            ]
            object["stages"] = [
                "refresh": times.refresh, "read": times.read, "analyze": times.analyze,
                "analyze_work": times.analyzeWork, "second_look": times.secondLook, "candidates": times.candidates,
                "link": times.link,
                "save": times.save, "commit": times.commit, "wait": times.wait, "record": times.record,
                "stories": times.stories,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                Terminal.print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        var lines = [
            "\(summary.documents) articles from \(summary.inputs) inputs: \(summary.added) added, "
                + "\(summary.unchanged) already stored, \(summary.rejected.count) rejected.",
            "Found \(summary.duplicates) copies of earlier articles, \(summary.passages) new shared passages "
                + "(\(summary.occurrences) more copies of earlier ones), \(summary.mentions) entity mentions, "
                + "\(summary.quotes) quotes, \(summary.dates) dates (khabar dups, entities, quotes show them); "
                + "\(summary.storied) articles placed in stories (khabar stories) and \(summary.searchable) made "
                + "searchable (khabar search).",
            "\(total) articles in \(store.resolvedPath)",
            "\(String(format: "%.2f", wall)) s in all: \(Int(rate.rounded())) articles/s end to end "
                + "(\(String(format: "%.2f", summary.cpuSeconds)) s of CPU).",
        ]
        if verbose {
            let t = summary.times
            func f(_ value: Double) -> String { String(format: "%6.3f s", value) }
            lines += [
                "stages (analysis overlaps the storing and linking of the batch before):",
                "  relink stored  \(f(t.refresh))",
                "  read inputs    \(f(t.read))",
                "  clean+analyze  \(f(t.analyze)) wall, \(f(t.analyzeWork)) of work on \(ProcessInfo.processInfo.activeProcessorCount) cores",
                "  second look    \(f(t.secondLook)) (\(summary.secondLooks) articles annotated again)",
                "  load for link  \(f(t.candidates))",
                "  link           \(f(t.link))",
                "  store          \(f(t.save))",
                "  commit         \(f(t.commit))",
                "  waited on link \(f(t.wait))",
                "  stories        \(f(t.stories))",
                "  search index   \(f(t.search))",
                "  record run     \(f(t.record))",
            ]
        }
        Terminal.error(lines.joined(separator: "\n"))
    }
}
