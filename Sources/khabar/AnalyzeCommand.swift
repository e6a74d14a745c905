import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
import KhabarPipeline
import KhabarStore
import KhabarText

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

    @Option(
        name: .customLong("db"),
        help: "Also store the articles in this SQLite database ($KHABAR_DB when set to a file).")
    var database: String?

    @OptionGroup var analysis: AnalysisOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func run() async throws {
        let pipeline = try analysis.pipeline()
        let path = database ?? ProcessInfo.processInfo.environment["KHABAR_DB"].flatMap { $0.isEmpty ? nil : $0 }
        let store: any Store
        do {
            store = try path.map { try SQLiteStore(path: $0) } ?? SQLiteStore()
        } catch let error as StoreError {
            throw error.failure
        }
        let summary: PipelineSummary
        let report: AnalysisReport
        do {
            summary = try await pipeline.run(paths: paths, into: store, keepIDs: true) { event in
                switch event {
                case .rejected(let error): Terminal.error("rejected: \(error)")
                case .warning(let warning): Terminal.error("warning: \(warning)")
                case .progress, .relinked: break
                }
            }
            report = try await AnalysisReport.stored(documents: summary.ids, in: store)
        } catch let error as StoreError {
            throw error.failure
        }
        if json {
            FileHandle.standardOutput.write(try report.json())
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            Terminal.print(render(report))
        }
        if !summary.rejected.isEmpty { throw ExitCode(summary.documents == 0 ? 2 : 1) }
    }

    func render(_ report: AnalysisReport) -> String {
        var lines: [String] = []
        for document in report.documents {
            let title = document.title ?? "(no headline)"
            lines.append(
                "\(document.id)  \(document.language.rawValue)  \(document.published?.iso ?? "no date")  "
                    + document.source.display)
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
            for item in ranked.prefix(20) {
                let entity = item.entity
                let latin = entity.latin == entity.name ? "" : " (\(entity.latin))"
                let documents = Set(item.mentions.map(\.document)).count
                lines.append(
                    "  \(entity.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entity.name)\(latin): "
                        + "\(item.mentions.count) mentions in \(documents) articles")
            }
            if ranked.count > 20 { lines.append("  … and \(ranked.count - 20) more (khabar entities, or --json)") }
        }
        if !report.quotes.isEmpty {
            lines.append("")
            lines.append("Quotes:")
            for quote in report.quotes {
                let speaker =
                    quote.speakerName ?? (quote.speakerText.isEmpty ? "(speaker not named)" : quote.speakerText)
                lines.append("  \(quote.document)  \(speaker) [\(quote.kind.rawValue)]: \(Self.excerpt(quote.text))")
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
