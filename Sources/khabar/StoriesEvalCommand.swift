import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarText

struct StoriesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Stories against labelled stories: pairwise and B-cubed precision, recall and F1.",
        discussion: """
            Both files hold one label per article: JSON Lines of {"id", "story"}, or a TSV whose header has
            id and story columns (the UCI News Aggregator layout of ../shared/data/uci-news-stories). Only
            labelled articles are scored; one the grouping left out counts as a story of its own.

            Without --predicted, Khabar groups the gold's own headlines (a TSV with title and timestamp_ms
            columns) as they were published, with the story model it ships (StoryAssigner, StoryModel), and
            the time it took is printed.

            --half scores the stories of one half: stories numbered in order of first appearance in the gold,
            even ones are the tuning half, odd ones the scoring half (a baseline tunes on one, is scored on
            the other; Benchmarks/stories_baseline.py uses the same halves).

            Examples:
              khabar eval stories --gold ../shared/data/uci-news-stories/headlines.tsv --half score
              khabar eval stories --gold ../shared/data/uci-news-stories/headlines.tsv \\
                --predicted .build/bench/stories-baseline-score.jsonl --half score
            """
    )

    @Option(help: "The labelled stories (repeat for several files: their labels are read as one).")
    var gold: [String]

    @Option(help: "The stories to score (the same formats); without it Khabar groups the gold's headlines.")
    var predicted: String?

    @Option(
        help:
            "Articles (JSON Lines, as for ingest; repeat for several) whose ids the gold labels: Khabar ingests them all, as a user would, and the stories it stores are scored."
    )
    var corpus: [String] = []

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Model weights (comma-separated, as `khabar train stories` prints) instead of the shipped ones.")
    var weights: String?

    @Option(help: "Score one half of the gold's stories: tune or score (default: all).")
    var half: String?

    @Flag(help: "Leave publication dates out (as for articles without dates).")
    var undated = false

    @Option(help: "Write the stories Khabar made as JSON Lines of {id, story} to this file.")
    var write: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        if let half, !["tune", "score"].contains(half) { throw ValidationError("--half is tune or score") }
    }

    func run() async throws {
        let goldLabels: [(id: String, story: String)]
        let predictedLabels: [(id: String, story: String)]
        let halves: [String: Int]
        let wanted = half.map { $0 == "tune" ? 0 : 1 }
        var seconds = 0.0
        do {
            goldLabels = try gold.flatMap { try StoryEvaluation.labels(contentsOf: $0) }
            halves = StoryEvaluation.halves(goldLabels)
            if let predicted {
                predictedLabels = try StoryEvaluation.labels(contentsOf: predicted)
            } else if !corpus.isEmpty {
                let model = try model()
                let stored = try await StoryInputs.stored(
                    corpus: corpus, analysis: analysis, model: model, undated: undated ? model : .undated)
                seconds = stored.seconds
                predictedLabels = stored.stories.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
            } else {
                let ids = Set(goldLabels.filter { wanted == nil || halves[$0.story] == wanted }.map(\.id))
                let model = try model()
                var assigner = StoryAssigner(model: model, undated: model)
                let inputs = try StoryInputs.headlines(
                    try gold.flatMap { try StoryEvaluation.headlines(contentsOf: $0) }.filter { ids.contains($0.id) })
                let clock = ContinuousClock.now
                for input in inputs { assigner.assign(input) }
                let elapsed = ContinuousClock.now - clock
                seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                predictedLabels = assigner.stories.flatMap { story in story.articles.map { ($0, story.id) } }
            }
            if let write {
                let lines = predictedLabels.map { #"{"id": "\#($0.id)", "story": "\#($0.story)"}"# }
                _ = FileManager.default.createFile(
                    atPath: write, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
            }
        } catch let error as StoryEvaluation.FormatError {
            throw CommandFailure(error.description)
        }
        var scored: [String: String] = [:]
        for label in goldLabels where wanted == nil || halves[label.story] == wanted {
            scored[label.id] = label.story
        }
        let score = StoryEvaluation.score(
            predicted: Dictionary(predictedLabels.map { ($0.id, $0.story) }, uniquingKeysWith: { _, last in last }),
            gold: scored)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(score), as: UTF8.self))
            return
        }
        func line(_ name: String, _ figures: StoryEvaluation.Figures) -> String {
            String(
                format: "  %@  precision %.3f  recall %.3f  F1 %.3f", name, figures.precision, figures.recall,
                figures.f1)
        }
        print(
            "stories (\(half ?? "all")): \(score.articles) labelled articles in \(score.goldStories) stories, "
                + "\(score.predictedStories) predicted stories, \(score.unplaced) not placed")
        print(line("pairwise", score.pairwise))
        print(line("B-cubed ", score.bcubed))
        if predicted == nil {
            print(
                String(
                    format: corpus.isEmpty
                        ? "  grouped by khabar in %.3f s (%.0f labelled articles/s)"
                        : "  story stage of the ingest: %.3f s (%.0f labelled articles/s)", seconds,
                    Double(score.articles) / max(seconds, 1e-9)))
        }
    }

    private func model() throws -> StoryModel {
        let shipped: StoryModel = corpus.isEmpty ? .headlines : undated ? .undated : .standard
        guard let weights else { return shipped }
        let values = weights.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let count = shipped.weights.count
        guard values.count == count + 2 else {
            throw CommandFailure("--weights needs \(count + 2) numbers (weights, join and merge thresholds)")
        }
        return StoryModel(
            weights: Array(values.prefix(count)), threshold: values[count], mergeThreshold: values[count + 1])
    }
}
