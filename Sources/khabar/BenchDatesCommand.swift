import ArgumentParser
import Foundation
import KhabarCore
import KhabarText

struct DatesBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Time-expression throughput, one core: the extractor alone and with the text layer it needs.",
        discussion: """
            Prints one JSON object: MB/s (10^6 bytes of UTF-8 input), best of --repeat runs, for the
            extractor on text already normalized, tokenized and keyed ("extract"), for the keys ("terms"), and
            for the whole chain from raw text ("chain"), with the number of expressions found.

            Example:
              swift run -c release khabar bench dates --input ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @Option(help: "A JSON Lines file (its text fields) or a text file.")
    var input: String

    @Option(help: "Runs; the best is reported.")
    var `repeat`: Int = 5

    func run() async throws {
        let texts = try loadTexts(input)
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
        let published = PublicationDate(year: 2020, month: 6, day: 1)
        let extractor = DateExtractor()
        let canonical = texts.map(Normalizer.canonical)
        let tokens = canonical.map(Tokenizer.tokenize)
        var terms: [[Term]] = []
        var best = [String: Double]()
        var expressions = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, `repeat`) {
            var start = clock.now
            terms = zip(canonical, tokens).map { Term.terms(of: $0, tokens: $1) }
            record("terms", clock.now - start)
            start = clock.now
            var found = 0
            for k in texts.indices {
                found += extractor.extract(canonical[k], tokens: tokens[k], terms: terms[k], published: published).count
            }
            record("extract", clock.now - start)
            expressions = found
            start = clock.now
            for text in texts { _ = extractor.extract(from: text, published: published) }
            record("chain", clock.now - start)
        }

        func record(_ stage: String, _ duration: Duration) {
            let rate = megabytes / max(seconds(duration), 1e-9)
            best[stage] = max(best[stage] ?? 0, rate)
        }

        let result: [String: Any] = [
            "input": input, "documents": texts.count, "megabytes": megabytes, "threads": 1,
            "expressions": expressions, "mb_per_s": best.mapValues { ($0 * 100).rounded() / 100 },
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
