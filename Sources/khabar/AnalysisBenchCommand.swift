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
            Prints one JSON object: MB/s (10^6 bytes of the raw UTF-8 input) for cleaning, for reading the
            cleaned documents (entities, quotes, dates), for each reading stage alone, and for the whole,
            best of --repeat runs, with mention, quote and date counts.

            Example:
              swift run -c release khabar bench analysis --input ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @Option(help: "A JSON Lines file or a folder of articles.")
    var input: String

    @Option(help: "Runs; the best is reported.")
    var `repeat`: Int = 3

    func run() async throws {
        let raws = try loadRaw(input)
        let bytes = raws.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double(bytes) / 1e6
        let analyzer = Analyzer()
        let reader = Reader()
        if case .failure(let error) = EntityTagger.shipped { throw CommandFailure(error.description) }
        let clock = ContinuousClock()
        var best: [String: Double] = [:]
        var counts = (mentions: 0, quotes: 0, dates: 0)
        func record(_ stage: String, _ duration: Duration) {
            let rate = megabytes / max(seconds(duration), 1e-9)
            best[stage] = max(best[stage] ?? 0, rate)
        }
        for _ in 0..<max(1, `repeat`) {
            var start = clock.now
            let documents = raws.map { analyzer.document(from: $0) }
            let cleaning = clock.now - start
            record("cleaning", cleaning)
            start = clock.now
            var count = (mentions: 0, quotes: 0, dates: 0)
            for document in documents {
                let reading = reader.read(document)
                count.mentions += reading.mentions.count
                count.quotes += reading.quotes.count
                count.dates += reading.dates.count
            }
            let reading = clock.now - start
            record("reading", reading)
            record("whole", cleaning + reading)
            counts = count
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
