import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvaluation

struct DatesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Time-expression spans against ILTIMEX gold: strict and relaxed F1, kinds.",
        discussion: """
            Reads JSON Lines of {"id", "text", "timex": [{"start", "end", "type"}]} with Unicode-scalar
            offsets (ILTIMEX 2012: types D, P, F, T), extracts time expressions from each text and scores
            them: strict (exact start and end), relaxed (overlap, one to one), type accuracy on strict
            matches, and strict span-and-type scores per type. The documents are split into dev and test
            halves by a stable hash of their id; without --split all three are reported. --errors N lists
            N errors of the chosen split (dev by default), to develop rules on dev only.

            Example:
              khabar eval dates --docs ../shared/data/iltimex/docs.jsonl --split dev --errors 50
            """
    )

    @Option(help: "The gold documents (JSON Lines).")
    var docs: String

    @Option(help: "Report one split only: dev, test or all.")
    var split: String?

    @Option(help: "How many errors to list (of --split, dev by default).")
    var errors = 0

    func run() async throws {
        let documents = try load(docs)
        let extractor = DateExtractor()
        let predicted = documents.map { TimexEvaluation.predictions($0.text, extractor: extractor) }
        var result: [String: Any] = ["documents": documents.count]
        var only: TimexEvaluation.Split?
        if let split {
            guard let chosen = TimexEvaluation.Split(rawValue: split) else {
                throw CommandFailure("--split: expected dev, test or all, got \(split)")
            }
            only = chosen
        }
        let splits: [TimexEvaluation.Split] = only.map { [$0] } ?? [.dev, .test, .all]
        let errorSplit = only ?? .dev
        for part in splits {
            let chosen = documents.indices.filter {
                part == .all || TimexEvaluation.split(of: documents[$0].id) == part
            }
            let report = TimexEvaluation.evaluate(
                chosen.map { documents[$0] }, predicted: chosen.map { predicted[$0] },
                errors: part == errorSplit ? errors : 0)
            result[part.rawValue] = summary(report)
            if part == errorSplit && errors > 0 {
                result["errors"] = report.errors.map { "\($0.document) \($0.what) \($0.span)  …\($0.context)…" }
            }
        }
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        Terminal.print(String(decoding: data, as: UTF8.self))
    }

    func summary(_ report: TimexEvaluation.Report) -> [String: Any] {
        func scores(_ score: PrecisionRecall) -> [String: Any] {
            [
                "precision": round4(score.precision), "recall": round4(score.recall), "f1": round4(score.f1),
                "predicted": score.predicted, "gold": score.gold, "correct": score.correct,
            ]
        }
        return [
            "documents": report.documents, "strict": scores(report.strict), "relaxed": scores(report.relaxed),
            "type_accuracy": round4(report.typeAccuracy),
            "per_type": report.perType.mapValues(scores),
        ]
    }

    func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    struct GoldLine: Decodable {
        struct Timex: Decodable {
            var start: Int
            var end: Int
            var type: String
        }
        var id: String
        var text: String
        var timex: [Timex]
    }

    func load(_ path: String) throws -> [TimexEvaluation.Document] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): cannot read: \(error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        var documents: [TimexEvaluation.Document] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            let gold: GoldLine
            do {
                gold = try decoder.decode(GoldLine.self, from: Data(line))
            } catch {
                throw CommandFailure("\(path):\(number + 1): not a gold line: \(error)")
            }
            let spans = gold.timex.map {
                TimexEvaluation.Span(start: $0.start, end: $0.end, kind: TimeExpression.Kind(letter: $0.type) ?? .date)
            }
            documents.append(TimexEvaluation.Document(id: gold.id, text: gold.text, gold: spans))
        }
        return documents
    }
}
