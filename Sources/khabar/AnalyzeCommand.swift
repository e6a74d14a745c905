import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
import KhabarStore

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run the whole pipeline over files and print one report.",
        discussion: """
            Works in memory unless --db is given (then the articles are stored too). With --json the report
            has the fields of ARCHITECTURE.md: documents (with what cleaning removed and why), duplicates,
            passages, stories, entities, quotes and dates. Inputs that cannot be read are reported on
            standard error and the exit status is 1.

            Examples:
              khabar analyze Examples/news
              khabar analyze --json Examples/news Examples/feed.jsonl > report.json
              khabar analyze --json --db /tmp/k.sqlite ../shared/samples/hindi-news
            """
    )

    @Option(name: .customLong("db"), help: "Also store the articles in this SQLite database.")
    var database: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Largest article accepted, in MiB.")
    var maxArticleMb: Int = 32

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func run() async throws {
        let store: SQLiteStore?
        do {
            store = try database.map { try SQLiteStore(path: $0) }
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        var options = IngestOptions()
        options.maxArticleBytes = maxArticleMb << 20
        let pipeline = IngestPipeline(reader: InputReader(options: options))
        var documents: [Document] = []
        let summary = try await pipeline.run(
            paths: paths,
            sink: { batch in
                documents.append(contentsOf: batch)
                guard let store else { return (batch.count, 0) }
                let result = try await store.add(batch)
                return (result.added.count, result.existing.count)
            },
            onEvent: { event in
                if case .rejected(let error) = event { Terminal.error("rejected: \(error)") }
            })
        if let store {
            _ = try await StoreLinker().linkPending(in: store)
            _ = try await StoreReader.standard.readPending(in: store)
        }
        var report = AnalysisReport(documents: documents, links: CorpusLinker().link(documents))
        let reader = Reader()
        // Two passes: names found in some documents are then looked for in all.
        let first = await pipeline.inParallel(documents) { reader.read($0) }
        let known = EntityDirectory(readings: first).knownNames()
        let readings = await pipeline.inParallel(documents) { reader.read($0, known: known) }
        report.addReadings(readings, documents: documents)
        if json {
            let data = try report.json()
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            Terminal.print(render(report))
        }
        if !summary.rejected.isEmpty { throw ExitCode(1) }
    }

    func render(_ report: AnalysisReport) -> String {
        var lines: [String] = []
        for document in report.documents {
            let title = document.title ?? "(no headline)"
            lines.append("\(document.id)  \(document.language)  \(document.published ?? "no date")  \(document.source)")
            lines.append("  \(title)")
            if let dateline = document.dateline {
                lines.append("  dateline: \(dateline.text)")
            }
            var reasons: [String: Int] = [:]
            for piece in document.removed { reasons[piece.reason.rawValue, default: 0] += 1 }
            let removed = reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            let paragraphs = document.text.split(separator: "\n").count
            lines.append("  \(paragraphs) paragraphs kept\(removed.isEmpty ? "" : "; removed: \(removed)")")
        }
        lines.append("\(report.documents.count) articles.")
        if !report.entities.isEmpty {
            lines.append("")
            lines.append("Entities (most mentioned first):")
            let ranked = report.entities.sorted { $0.mentions.count > $1.mentions.count }
            for entity in ranked.prefix(20) {
                let latin = entity.latin.map { $0 == entity.name ? "" : " (\($0))" } ?? ""
                let documents = Set(entity.mentions.map(\.document)).count
                lines.append(
                    "  \(entity.type.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entity.name)\(latin): "
                        + "\(entity.mentions.count) mentions in \(documents) articles")
            }
            if ranked.count > 20 { lines.append("  … and \(ranked.count - 20) more (khabar entities, or --json)") }
        }
        if !report.quotes.isEmpty {
            lines.append("")
            lines.append("Quotes:")
            let names = Dictionary(report.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for quote in report.quotes {
                let speaker =
                    quote.speaker.flatMap { names[$0] }
                    ?? (quote.speakerText.isEmpty ? "(speaker not named)" : quote.speakerText)
                lines.append("  \(quote.document)  \(speaker) [\(quote.kind)]: \(Self.excerpt(quote.text))")
            }
        }
        if !report.dates.isEmpty {
            lines.append("")
            let resolved = report.dates.filter { $0.value != nil }.count
            lines.append("\(report.dates.count) date expressions, \(resolved) resolved (see --json).")
        }
        return lines.joined(separator: "\n")
    }

    /// The first words of a long text.
    static func excerpt(_ text: String, limit: Int = 90) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        let scalars = flat.unicodeScalars
        guard scalars.count > limit else { return flat }
        return String(String.UnicodeScalarView(scalars.prefix(limit))) + "…"
    }
}
