import ArgumentParser
import Foundation
import KhabarCore
import KhabarText

/// `khabar bench analysis`: the whole per-document analysis of Hindi text on one core.
struct AnalysisBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Whole-analysis throughput on one core: cleaning, entities, quotes and dates.",
        discussion: """
            Prints one JSON object: MB/s (10^6 bytes of the raw UTF-8 input) for the whole per-document stage
            as the pipeline runs it (cleaning, the text analyzed once, fingerprint, passage keys, entities,
            quotes, dates), for cleaning alone and for annotation alone, best of --repeat runs, with mention,
            quote and date counts.

            Example:
              swift run -c release khabar bench analysis --input ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @Option(help: "A JSON Lines file or a folder of articles.")
    var input: String

    @Option(help: "Runs; the best is reported.")
    var `repeat`: Int = 3

    @OptionGroup var analysis: AnalysisOptions

    func run() async throws {
        let raws = try loadRaw(input)
        let bytes = raws.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double(bytes) / 1e6
        let analyzer = DocumentAnalyzer(annotator: Annotator(tagger: try analysis.tagger()))
        let cleaner = analyzer.cleaner
        let clock = ContinuousClock()
        var best: [String: Double] = [:]
        var counts = (mentions: 0, quotes: 0, dates: 0)
        func record(_ stage: String, _ duration: Duration) {
            let rate = megabytes / max(seconds(duration), 1e-9)
            best[stage] = max(best[stage] ?? 0, rate)
        }
        for _ in 0..<max(1, `repeat`) {
            // The whole per-document stage, as the pipeline runs it on each core.
            var start = clock.now
            var count = (mentions: 0, quotes: 0, dates: 0)
            for raw in raws {
                let analyzed = analyzer.analyze(raw)
                count.mentions += analyzed.annotations.mentions.count
                count.quotes += analyzed.annotations.quotes.count
                count.dates += analyzed.annotations.dates.count
            }
            record("whole", clock.now - start)
            counts = count
            // Cleaning alone, and annotation alone (of the cleaned, analyzed text).
            start = clock.now
            let cleaned = raws.map { cleaner.clean($0) }
            record("cleaning", clock.now - start)
            let texts = cleaned.map { TextPipeline.analyze(canonical: $0.scalars) }
            start = clock.now
            for (text, raw) in zip(texts, raws) {
                _ = analyzer.annotator.annotate(text, language: .hindi, published: raw.published)
            }
            record("annotation", clock.now - start)
        }
        let result: [String: Any] = [
            "articles": raws.count, "megabytes": (megabytes * 100).rounded() / 100, "mentions": counts.mentions,
            "quotes": counts.quotes, "dates": counts.dates,
            "mb_per_s": best.mapValues { ($0 * 10).rounded() / 10 },
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
