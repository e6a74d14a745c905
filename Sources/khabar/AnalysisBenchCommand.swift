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
        let model = try analysis.tagger().model
        let cleaner = Cleaner()
        let clock = ContinuousClock()
        var best: [String: Double] = [:]
        var counts = (mentions: 0, quotes: 0, dates: 0)
        func record(_ stage: String, _ duration: Duration) {
            let rate = megabytes / max(seconds(duration), 1e-9)
            best[stage] = max(best[stage] ?? 0, rate)
        }
        for _ in 0..<max(1, `repeat`) {
            // A new tagger each run and each stage, so no run finds sentences tagged by the one before.
            let analyzer = DocumentAnalyzer(annotator: Annotator(tagger: EntityTagger(model: model)))
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
            start = clock.now
            let texts = cleaned.map { TextPipeline.analyze(canonical: $0.scalars) }
            record("text", clock.now - start)
            let fresh = Annotator(tagger: EntityTagger(model: model))
            start = clock.now
            for (text, raw) in zip(texts, raws) {
                _ = fresh.annotate(text, language: .hindi, published: raw.published)
            }
            record("annotation", clock.now - start)
            // Annotation stage by stage: the tagger, the other recognizer layers, coreference, quotes, dates.
            let annotator = Annotator(tagger: EntityTagger(model: model))
            start = clock.now
            let tagged = texts.map { annotator.tag($0, language: .hindi) }
            record("annotation.tagger", clock.now - start)
            let terms = texts.map { $0.terms.map(Term.init(hash:)) }
            start = clock.now
            var mentions = zip(texts, zip(tagged, terms)).map { text, extra in
                annotator.recognizer.mentions(
                    text.canonical, tokens: text.tokens, terms: extra.1, sentences: text.sentences, tagged: extra.0)
            }
            record("annotation.layers", clock.now - start)
            start = clock.now
            for k in texts.indices {
                _ = annotator.coreference.resolve(
                    &mentions[k], in: texts[k].canonical, tokens: texts[k].tokens, terms: terms[k])
            }
            record("annotation.coreference", clock.now - start)
            start = clock.now
            for k in texts.indices {
                let speakers = mentions[k].map {
                    QuoteExtractor.Mention(range: $0.range, type: $0.type, entity: $0.entity >= 0 ? $0.entity : nil)
                }
                _ = annotator.quotes.extract(
                    texts[k].canonical, tokens: texts[k].tokens, terms: terms[k], sentences: texts[k].sentences,
                    mentions: speakers)
            }
            record("annotation.quotes", clock.now - start)
            start = clock.now
            for k in texts.indices {
                _ = annotator.dates.extract(
                    texts[k].canonical, tokens: texts[k].tokens, terms: terms[k], published: raws[k].published)
            }
            record("annotation.dates", clock.now - start)
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
