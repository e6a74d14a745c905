import ArgumentParser
import Foundation
import KhabarCore
import KhabarText

struct QuoteBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quote extraction throughput on text already through the text layer, one core.",
        discussion: """
            Prints one JSON object: MB/s (10^6 bytes of UTF-8 input) of the quote extractor alone (the text
            layer's canonical text, tokens, terms and sentences are made beforehand, as the analysis pipeline
            has them), best of --repeat runs, with the number of quotes. --show prints every quote instead, one
            JSON object a line, for reading by eye.

            Example:
              swift run -c release khabar bench quotes --input ../shared/data/hindi-news-2020/articles.jsonl
            """
    )

    @Option(help: "A JSON Lines file (its text fields) or a text file.")
    var input: String

    @Option(help: "Runs; the best is reported.")
    var `repeat`: Int = 5

    @Option(help: "Use at most this many documents.")
    var limit = Int.max

    @Flag(help: "Print the quotes found instead of timing.")
    var show = false

    func run() async throws {
        let texts = Array(try loadTexts(input).prefix(limit))
        let prepared = texts.map { text in
            let canonical = Normalizer.canonical(text)
            let tokens = Tokenizer.tokenize(canonical)
            return (
                canonical, tokens, Term.terms(of: canonical, tokens: tokens),
                SentenceSegmenter.segment(canonical, tokens: tokens)
            )
        }
        let extractor = QuoteExtractor()
        if show {
            for (number, (canonical, tokens, terms, sentences)) in prepared.enumerated() {
                for quote in extractor.extract(canonical, tokens: tokens, terms: terms, sentences: sentences) {
                    let line: [String: Any] = [
                        "document": number, "kind": quote.kind.rawValue, "open": quote.isOpen,
                        "speaker": quote.speakerRange.map { canonical.string($0) } ?? NSNull(),
                        "antecedent": quote.antecedentRange.map { canonical.string($0) } ?? NSNull(),
                        "cue": quote.cue.map { canonical.string($0) } ?? NSNull(),
                        "text": canonical.string(quote.range), "start": quote.range.lowerBound,
                    ]
                    let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
                    Terminal.print(String(decoding: data, as: UTF8.self))
                }
            }
            return
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let clock = ContinuousClock()
        var best = 0.0
        var quotes = 0
        for _ in 0..<max(1, `repeat`) {
            let start = clock.now
            var found = 0
            for (canonical, tokens, terms, sentences) in prepared {
                found += extractor.extract(canonical, tokens: tokens, terms: terms, sentences: sentences).count
            }
            best = max(best, Double(bytes) / 1e6 / max(seconds(clock.now - start), 1e-9))
            quotes = found
        }
        let result: [String: Any] = [
            "input": input, "documents": texts.count, "megabytes": Double(bytes) / 1e6, "threads": 1,
            "quotes": quotes, "mb_per_s": (best * 100).rounded() / 100,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }
}
