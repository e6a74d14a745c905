import ArgumentParser
import Foundation
import KhabarEvaluation

struct StoriesEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Stories against labelled stories: pairwise and B-cubed precision, recall and F1.",
        discussion: """
            Both files hold one label per article: JSON Lines of {"id", "story"}, or a TSV whose header has
            id and story columns (the UCI News Aggregator layout of ../shared/data/uci-news-stories). Only
            labelled articles are scored; one the grouping left out counts as a story of its own.

            --half scores the stories of one half: stories numbered in order of first appearance in the gold,
            even ones are the tuning half, odd ones the scoring half (a baseline tunes on one, is scored on
            the other; Benchmarks/stories_baseline.py uses the same halves).

            Example:
              khabar eval stories --gold ../shared/data/uci-news-stories/headlines.tsv \\
                --predicted .build/bench/stories-baseline.jsonl --half score
            """
    )

    @Option(help: "The labelled stories.")
    var gold: String

    @Option(help: "The stories to score (the same formats).")
    var predicted: String

    @Option(help: "Score one half of the gold's stories: tune or score (default: all).")
    var half: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        if let half, !["tune", "score"].contains(half) { throw ValidationError("--half is tune or score") }
    }

    func run() async throws {
        let goldLabels: [(id: String, story: String)]
        let predictedLabels: [(id: String, story: String)]
        do {
            goldLabels = try StoryEvaluation.labels(contentsOf: gold)
            predictedLabels = try StoryEvaluation.labels(contentsOf: predicted)
        } catch {
            throw CommandFailure(error.description)
        }
        let halves = StoryEvaluation.halves(goldLabels)
        let wanted = half.map { $0 == "tune" ? 0 : 1 }
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
    }
}
