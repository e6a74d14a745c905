import ArgumentParser
import Dispatch
import Foundation
import KhabarCore
import KhabarIngest

struct StoriesBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Story assignment speed over a stream of articles, and how it holds as stories pile up.",
        discussion: """
            Reads the articles (JSON Lines, as for ingest) and their words on every core (what the pipeline's
            analysis stage does once per article), then assigns them one by one, as a stream arrives, closing
            stories two windows behind the newest as ingest does. With --shift-days the input is replayed
            with later dates until the last checkpoint (a million articles from a thousand). Prints one JSON
            line per checkpoint: articles so far, stories (and those still open), the assignment rate of the
            last stretch and overall, peak memory and the saved state's size per story. Entities are not read here
            (the replay would need the whole annotation), so the inverted index works from words alone.

            Example:
              khabar bench stories --input .build/bench/peers-work/replay-100000.jsonl --checkpoints 10000,50000,100000
              khabar bench stories --input ../shared/data/hindi-news-2020/articles.jsonl --shift-days 100 \\
                --checkpoints 100000,250000,500000,1000000
            """
    )

    @Option(help: "Articles (JSON Lines).")
    var input: String

    @Option(help: "Article counts at which to report (comma-separated); the last one ends the run.")
    var checkpoints = "10000,50000,100000"

    @Option(
        help:
            "When the input runs out, replay it with every date this many days later (and new ids), so each pass is a new stretch of time with stories of its own; 0 stops at the end of the input."
    )
    var shiftDays = 0

    func run() async throws {
        let marks = checkpoints.split(separator: ",").compactMap { Int($0) }.sorted()
        guard let last = marks.last else { throw CommandFailure("--checkpoints needs article counts") }
        let reader = InputReader()
        let (inputs, errors) = reader.plan([input])
        if let error = errors.first { throw CommandFailure(error.description) }
        // The articles' words, read once on every core (what the pipeline's analysis stage does).
        var raws: [RawDocument] = []
        outer: for planned in inputs {
            let cursor = reader.open(planned)
            while let event = try cursor.next() {
                guard case .document(let raw) = event else { continue }
                raws.append(raw)
                if raws.count == last { break outer }
            }
        }
        guard !raws.isEmpty else { throw CommandFailure("\(input) holds no articles") }
        let clock = ContinuousClock.now
        let built = Built(count: raws.count)
        let batch = raws
        DispatchQueue.concurrentPerform(iterations: batch.count) { k in
            let raw = batch[k]
            let day = raw.published.map { Double($0.dayNumber) }
            built.set(k, StoryInput(id: "\(raw.source.key)#\(k)", title: raw.title, text: raw.text, day: day))
        }
        let read = built.values
        let reading = ContinuousClock.now - clock
        let total = shiftDays > 0 ? last : min(last, read.count)
        var assigner = StoryAssigner()
        var assigning = Duration.zero
        var stretch = (articles: 0, time: Duration.zero)
        var nextMark = 0
        for k in 0..<total {
            let pass = k / read.count
            var article = read[k % read.count]
            if pass > 0 {
                article.id += "/\(pass)"
                article.day = article.day.map { $0 + Double(pass * shiftDays) }
            }
            let start = ContinuousClock.now
            assigner.assign(article)
            // As the pipeline does after each step: stories two windows behind the newest are closed.
            if (k + 1) % 4_096 == 0 {
                assigner.close(before: assigner.newestDay.map { $0 - 2 * StoryAssigner.windowDays })
            }
            let spent = ContinuousClock.now - start
            assigning += spent
            stretch.articles += 1
            stretch.time += spent
            if nextMark < marks.count, k + 1 == marks[nextMark] {
                report(
                    assigner, done: k + 1, assigning: assigning, reading: reading, read: read.count, stretch: stretch)
                stretch = (0, .zero)
                nextMark += 1
            }
        }
    }

    private func report(
        _ assigner: StoryAssigner, done: Int, assigning: Duration, reading: Duration, read: Int,
        stretch: (articles: Int, time: Duration)
    ) {
        let stories = assigner.stories.filter { $0.mergedInto == nil && $0.size > 0 }
        let open = stories.count { !$0.closed }
        let state = assigner.state().count
        let line: [String: Any] = [
            "articles": done, "stories": stories.count, "open_stories": open, "merges": assigner.merges.count,
            "assign_per_s": Double(done) / max(seconds(assigning), 1e-9),
            "assign_per_s_last_stretch": Double(stretch.articles) / max(seconds(stretch.time), 1e-9),
            "words_per_s_all_cores": Double(read) / max(seconds(reading), 1e-9),
            "peak_rss_mb": peakResidentBytes() / 1_048_576, "state_mb": Double(state) / 1_048_576,
            "state_bytes_per_story": stories.isEmpty ? 0 : state / stories.count,
        ]
        if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
            print(String(decoding: data, as: UTF8.self))
        }
    }
}

/// Results filled from many threads, one slot each.
private final class Built: @unchecked Sendable {
    private var slots: [StoryInput?]
    init(count: Int) { slots = [StoryInput?](repeating: nil, count: count) }
    func set(_ k: Int, _ value: StoryInput) { slots[k] = value }  // each k written by one thread only
    var values: [StoryInput] { slots.compactMap { $0 } }
}
