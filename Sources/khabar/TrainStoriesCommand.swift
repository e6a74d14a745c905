import ArgumentParser
import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarText

struct TrainStories: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Fit the story model (whether an article joins a story) to labelled headlines.",
        discussion: """
            Replays the tuning half of the labelled stories (stories numbered by first appearance, even ones;
            `khabar eval stories --half score` scores the other half) in order of publication: each headline's
            signals against every candidate story become an example, labelled by whether the candidate is its
            story. Prints the weights as the Swift literal of StoryModel.standard.

            Example:
              khabar train stories --gold ../shared/data/uci-news-stories/headlines.tsv
            """
    )

    @Option(
        help:
            "Labelled stories: headlines (TSV with id, title, story and timestamp_ms columns), or JSON Lines of {id, story} with --corpus."
    )
    var gold: [String] = ["../shared/data/uci-news-stories/headlines.tsv"]

    @Option(help: "Articles (JSON Lines, as for ingest) whose ids the gold labels.")
    var corpus: String?

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "L2 penalty on the weights (more for few labelled stories).")
    var l2 = 1e-4

    @Option(help: "Passes of gradient descent.")
    var iterations = 2_000

    @Flag(help: "Leave publication dates out: fit the model for articles without dates (StoryModel.undated).")
    var undated = false

    func run() async throws {
        let labels: [(id: String, story: String)]
        do {
            labels = try gold.flatMap { try StoryEvaluation.labels(contentsOf: $0) }
        } catch let error as StoryEvaluation.FormatError {
            throw CommandFailure(error.description)
        }
        let halves = StoryEvaluation.halves(labels)
        let storyOf = Dictionary(labels.map { ($0.id, $0.story) }, uniquingKeysWith: { a, _ in a })
        let ids = Set(labels.filter { halves[$0.story] == 0 }.map(\.id))
        var inputs: [StoryInput]
        var background: [StoryInput] = []
        do {
            if let corpus {
                (inputs, background) = try await StoryInputs.articles(corpus: corpus, labelled: ids, analysis: analysis)
            } else {
                inputs = try StoryInputs.headlines(
                    try gold.flatMap { try StoryEvaluation.headlines(contentsOf: $0) }.filter { ids.contains($0.id) })
            }
        } catch let error as StoryEvaluation.FormatError {
            throw CommandFailure(error.description)
        }
        if undated {
            inputs = inputs.map(\.undated)
            background = background.map(\.undated)
        }
        let tuning = inputs.compactMap { input in storyOf[input.id].map { (input: input, story: $0) } }
        let examples = StoryAssigner.examples(tuning, background: background)
        let positives = examples.filter(\.same).count
        Terminal.error("\(tuning.count) articles, \(examples.count) examples (\(positives) same story)")
        var model = StoryModel.train(examples, iterations: iterations, l2: l2)
        // The thresholds: those whose stories on the tuning half score the best pairwise F1 (joining first,
        // then merging).
        let gold = Dictionary(tuning.map { ($0.input.id, $0.story) }, uniquingKeysWith: { a, _ in a })
        func f1(_ model: StoryModel) -> Double {
            var assigner = StoryAssigner(model: model, undated: undated ? model : .undated)
            for input in background { assigner.observe(input) }
            // Articles: the whole corpus in order, as ingest places it (unlabelled articles may join labelled
            // stories, as they do for a user); headlines: the labelled ones.
            if background.isEmpty {
                for (input, _) in tuning { assigner.assign(input) }
            } else {
                for input in background { assigner.assign(input, observed: true) }
            }
            var predicted: [String: String] = [:]
            for story in assigner.stories { for article in story.articles { predicted[article] = story.id } }
            return StoryEvaluation.score(predicted: predicted, gold: gold).pairwise.f1
        }
        var best = (join: 0.5, merge: 2.0, f1: -1.0)
        for merge in [2.0] + (3..<14).map({ Double($0) * 0.05 }) {
            for join in (1..<40).map({ Double($0) * 0.025 }) {
                model.threshold = join
                model.mergeThreshold = merge
                let score = f1(model)
                if score > best.f1 { best = (join, merge, score) }
            }
        }
        model.threshold = best.join
        model.mergeThreshold = best.merge
        let bestMerge = best
        Terminal.error(
            String(
                format: "join at %.3f, merge at %.2f: pairwise F1 %.3f on the tuning half", model.threshold,
                model.mergeThreshold, bestMerge.f1))
        print(
            (model.weights + [model.threshold, model.mergeThreshold]).map { String(format: "%.4f", $0) }.joined(
                separator: ", "))
    }
}
