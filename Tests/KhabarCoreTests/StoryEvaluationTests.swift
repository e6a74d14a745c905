import Foundation
import KhabarEvaluation
import Testing

@Suite("story evaluation: pairwise and B-cubed")
struct StoryEvaluationTests {
    @Test("figures worked by hand: a split story, a merged story and an article left out")
    func byHand() {
        let gold = ["a1": "S1", "a2": "S1", "a3": "S1", "b1": "S2", "b2": "S2", "c1": "S3"]
        let predicted = ["a1": "P1", "a2": "P1", "a3": "P2", "b1": "P2", "b2": "P2", "x": "P9"]
        let score = StoryEvaluation.score(predicted: predicted, gold: gold)
        // Pairs together in both: a1-a2, b1-b2 = 2; predicted pairs 1 + 3 = 4; gold pairs 3 + 1 = 4.
        #expect(score.pairwise.precision == 0.5)
        #expect(score.pairwise.recall == 0.5)
        #expect(score.pairwise.f1 == 0.5)
        // B-cubed precision (1 + 1 + 1/3 + 2/3 + 2/3 + 1) / 6; recall the same by symmetry of this case.
        #expect(abs(score.bcubed.precision - 14.0 / 18.0) < 1e-12)
        #expect(abs(score.bcubed.recall - 14.0 / 18.0) < 1e-12)
        #expect(score.unplaced == 1)
        #expect(score.articles == 6)
        #expect(score.goldStories == 3)
        #expect(score.predictedStories == 3)  // P1, P2, and c1 on its own; x is not labelled
    }

    @Test("one catch-all story has full recall and low precision; singletons the reverse")
    func extremes() {
        var gold: [String: String] = [:]
        for k in 0..<30 { gold["d\(k)"] = "S\(k % 3)" }
        let all = StoryEvaluation.score(predicted: gold.mapValues { _ in "one" }, gold: gold)
        #expect(all.pairwise.recall == 1)
        #expect(abs(all.pairwise.precision - 135.0 / 435.0) < 1e-12)
        #expect(abs(all.bcubed.precision - 1.0 / 3.0) < 1e-12)
        let alone = StoryEvaluation.score(
            predicted: Dictionary(uniqueKeysWithValues: gold.keys.map { ($0, $0) }), gold: gold)
        #expect(alone.pairwise.recall == 0)
        #expect(alone.pairwise.f1 == 0)
        #expect(alone.bcubed.precision == 1)
        #expect(StoryEvaluation.score(predicted: gold, gold: gold).pairwise.f1 == 1)
    }

    @Test("labels from JSON Lines and from a TSV with a header; halves by first appearance; bad files named")
    func labelFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-story-labels-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let jsonl = folder.appendingPathComponent("labels.jsonl")
        try Data("{\"id\": 7, \"story\": \"s\"}\n{\"id\": \"DJ-1\", \"story\": \"t\"}\n".utf8).write(to: jsonl)
        let fromJSON = try StoryEvaluation.labels(contentsOf: jsonl.path)
        #expect(fromJSON.map(\.id) == ["7", "DJ-1"])
        // A title that opens with a vowel sign right after the tab must not swallow the tab.
        let tsv = folder.appendingPathComponent("headlines.tsv")
        try Data("id\ttitle\tstory\n1\tिनया\tB\n2\tx\tA\n3\ty\tB\n4\tz\tC\n".utf8).write(to: tsv)
        let fromTSV = try StoryEvaluation.labels(contentsOf: tsv.path)
        #expect(fromTSV.map(\.story) == ["B", "A", "B", "C"])
        #expect(StoryEvaluation.halves(fromTSV) == ["B": 0, "A": 1, "C": 0])
        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\": 1, \"story\": \"s\"}\n{\"id\": 2}\n".utf8).write(to: bad)
        #expect(throws: StoryEvaluation.FormatError.self) { try StoryEvaluation.labels(contentsOf: bad.path) }
        do {
            _ = try StoryEvaluation.labels(contentsOf: bad.path)
        } catch {
            #expect(error.description.hasSuffix("bad.jsonl:2: not a JSON object with \"id\" and \"story\""))
        }
    }
}
