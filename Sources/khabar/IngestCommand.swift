import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
import KhabarStore

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read, clean and store articles.",
        discussion: """
            Reads folders of .txt files, JSON Lines files and standard input (-), cleans every article and
            stores it. Ingesting the same input again adds nothing. Inputs that cannot be read (empty,
            binary, not UTF-8, too large, not JSON, no "text") are reported one per line and skipped; the
            exit status is then 1, and everything else is still stored.

            Examples:
              khabar ingest Examples/news Examples/feed.jsonl
              cat article.txt | khabar ingest -
              khabar ingest --db /tmp/news.sqlite ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Largest article accepted, in MiB.")
    var maxArticleMb: Int = 32

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Only store and link; entities, quotes and dates are read by the next khabar entities or quotes.")
    var skipReading = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func run() async throws {
        let database = try store.open()
        let started = Date()
        var options = IngestOptions()
        options.maxArticleBytes = maxArticleMb << 20
        let pipeline = IngestPipeline(reader: InputReader(options: options))
        var bar = ProgressBar()
        let summary: IngestPipeline.Summary
        do {
            summary = try await pipeline.run(
                paths: paths,
                sink: { documents in
                    let result = try await database.add(documents)
                    return (result.added.count, result.existing.count)
                },
                onEvent: { event in
                    switch event {
                    case .rejected(let error):
                        bar.finish()
                        Terminal.error("rejected: \(error)")
                    case .progress(let bytes, let total, let documents):
                        bar.update(bytes: bytes, totalBytes: total, documents: documents)
                    }
                })
        } catch let error as StoreError {
            bar.finish()
            throw CommandFailure(error.description)
        }
        bar.finish()
        let links: StoreLinker.Summary
        var read = StoreReader.Summary()
        do {
            links = try await StoreLinker().linkPending(in: database)
            if !skipReading { read = try await StoreReader.standard.readPending(in: database) }
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        try await database.record(
            IngestRun(
                startedAt: started, finishedAt: Date(), inputs: paths, added: summary.added,
                unchanged: summary.unchanged,
                rejections: summary.rejected.map {
                    IngestRun.Rejection(input: $0.input, line: $0.line, code: $0.code.rawValue, message: $0.message)
                }))
        let total = try await database.count()
        report(summary, links: links, read: read, total: total)
        if !summary.rejected.isEmpty { throw ExitCode(1) }
    }

    func report(_ summary: IngestPipeline.Summary, links: StoreLinker.Summary, read: StoreReader.Summary, total: Int) {
        let rate = summary.seconds > 0 ? Double(summary.documents) / summary.seconds : 0
        if json {
            let object: [String: Any] = [
                "inputs": summary.inputs, "articles": summary.documents, "added": summary.added,
                "unchanged": summary.unchanged, "rejected": summary.rejected.count, "stored": total,
                "seconds": summary.seconds, "database": store.resolvedPath, "linked": links.documents,
                "duplicate_pairs": links.pairs, "passages": links.passages, "read": read.documents,
                "mentions": read.mentions, "quotes": read.quotes, "dates": read.dates,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                Terminal.print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        Terminal.error(
            """
            \(summary.documents) articles read from \(summary.inputs) inputs in \(String(format: "%.2f", summary.seconds)) s \
            (\(Int(rate)) articles/s): \(summary.added) added, \(summary.unchanged) already stored, \
            \(summary.rejected.count) rejected.
            \(links.documents) articles linked: \(links.pairs) duplicate pairs, \(links.passages) shared passages found \
            (khabar dups shows them).
            \(read.documents) articles read: \(read.mentions) entity mentions, \(read.quotes) quotes, \(read.dates) dates \
            (khabar entities and khabar quotes show them).
            \(total) articles in \(store.resolvedPath)
            """)
    }
}
