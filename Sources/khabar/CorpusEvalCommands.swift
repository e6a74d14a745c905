import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarPipeline
import KhabarStore

/// The corpus an evaluation reads, run through the whole pipeline into a store in memory: what a user
/// sees after `khabar ingest`.
struct EvaluatedCorpus: ParsableArguments {
    @Option(help: "The articles (a file or folder, as for ingest).")
    var corpus = "../shared/data/hindi-news-2020"

    @Option(help: "The gold file.")
    var gold: String

    @Option(help: "Score one split of the gold only: dev or held (default: both).")
    var split: String?

    @Option(help: "Print this many findings (errors) after the figures.")
    var errors = 0

    @Option(help: "Score this existing store instead of ingesting the corpus (e.g. one made by an older build).")
    var db: String?

    @OptionGroup var analysis: AnalysisOptions

    func validate() throws {
        if let split, !["dev", "held"].contains(split) { throw ValidationError("--split is dev or held") }
    }

    func ingest() async throws -> any Store {
        if let db { return try SQLiteStore(path: db, mode: .existing) }
        let store = try SQLiteStore()
        _ = try await analysis.pipeline().run(paths: [corpus], into: store)
        return store
    }

    /// A figure as printed: the ratio, then its parts.
    func ratio(_ a: Int, _ b: Int) -> String {
        b == 0 ? "-" : String(format: "%.3f (%d/%d)", Double(a) / Double(b), a, b)
    }

    func load<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: URL(fileURLWithPath: gold)))
        } catch {
            throw CommandFailure("\(gold): cannot read the gold: \(error)")
        }
    }
}

struct CorpusEntitiesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus-entities",
        abstract: "The entities of a whole corpus against a gold written by reading it.",
        discussion: """
            Ingests the corpus into a store in memory and scores what `khabar entities` lists: of the 100 most
            mentioned entities the gold judges, how many are right in type, display name and Latin form;
            confusable pairs merged; listed non-entities that surface as an entity's name; gold entities
            found with their type and every variant under one id.

            Example:
              khabar eval corpus-entities --gold Evaluation/gold/hindi-news-2020-entities.json --split dev
            """
    )

    @OptionGroup var options: EvaluatedCorpus

    @Option(help: "How many of the most mentioned entities to judge.")
    var top = 100

    func run() async throws {
        let gold = try options.load(CorpusEntityGold.self).only(options.split)
        let store = try await options.ingest()
        let listed = try await store.entitySummaries(type: nil, limit: 1_000_000).map {
            CorpusEntityEvaluation.Listed(entity: $0.entity, mentions: $0.mentions)
        }
        let score = CorpusEntityEvaluation(top: top).score(listed, gold: gold)
        print("corpus entities (\(options.split ?? "dev+held")), top \(top) listed:")
        let ratio = options.ratio
        print("  right (type, name, Latin) \(ratio(score.right, score.judged)); not in the gold: \(score.unjudged)")
        print(
            "  type \(ratio(score.rightType, score.judged))  name \(ratio(score.rightName, score.judged))"
                + "  Latin \(ratio(score.rightLatin, score.judged))")
        print("  confusable pairs merged: \(score.merged) of \(score.confusablePairs)")
        print("  non-entities surfacing: \(score.surfacing) of \(score.nonEntities)")
        print("  gold entities found, variants under one id: \(ratio(score.recalled, score.goldEntities))")
        for finding in score.findings.prefix(options.errors) { print("  - \(finding)") }
    }
}

struct QuotesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quotes and their speakers in real articles against a gold written by reading them.",
        discussion: """
            Ingests the corpus into a store in memory and compares the quotes stored for each gold article
            with the gold: recall, precision, and speaker accuracy on the matched quotes.

            Example:
              khabar eval quotes --gold Evaluation/gold/hindi-news-2020-quotes.json --split dev --errors 20
            """
    )

    @OptionGroup var options: EvaluatedCorpus

    func run() async throws {
        let gold = try options.load(QuoteGold.self).only(options.split)
        let store = try await options.ingest()
        var score = QuoteEvaluation.Score()
        let evaluation = QuoteEvaluation()
        for article in gold.articles {
            guard let id = try await store.ids(externalID: article.id, limit: 1).first,
                let document = try await store.document(id: id)
            else {
                throw CommandFailure("\(options.gold): article \(article.id) is not in \(options.corpus)")
            }
            let found = try await store.quotes(documents: [id])
            evaluation.score(article: article, text: document.text, found: found, into: &score)
        }
        print("quotes (\(options.split ?? "dev+held")), \(gold.articles.count) articles:")
        let ratio = options.ratio
        print("  recall \(ratio(score.matched, score.gold))  precision \(ratio(score.matched, score.found))")
        print(
            "  speaker accuracy \(ratio(score.rightSpeaker, score.matched));"
                + " gold quotes not in the cleaned text: \(score.unlocated)")
        for finding in score.findings.prefix(options.errors) { print("  - \(finding)") }
    }
}
