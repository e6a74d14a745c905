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
            Reads articles (JSON Lines, as for ingest) in chunks; each chunk's words are read on every core
            (what the pipeline's analysis stage does once per article), then its articles are assigned one by
            one, as a stream arrives. Prints one JSON line per checkpoint: articles so far, stories, the
            assignment rate of the last stretch and overall, and peak memory. Entities are not read here
            (the replay would need the whole annotation), so the inverted index works from words alone.

            Example:
              khabar bench stories --input .build/bench/peers-work/replay-100000.jsonl --checkpoints 10000,50000,100000
            """
    )

    @Option(help: "Articles (JSON Lines).")
    var input: String

    @Option(help: "Article counts at which to report (comma-separated); the last one ends the run.")
    var checkpoints = "10000,50000,100000"

    func run() async throws {
        let marks = checkpoints.split(separator: ",").compactMap { Int($0) }.sorted()
        guard let last = marks.last else { throw CommandFailure("--checkpoints needs article counts") }
        let reader = InputReader()
        let (inputs, errors) = reader.plan([input])
        if let error = errors.first { throw CommandFailure(error.description) }
        var assigner = StoryAssigner()
        var done = 0
        var assigning = Duration.zero
        var reading = Duration.zero
        var stretch = (articles: 0, time: Duration.zero)
        var pending: [RawDocument] = []
        var nextMark = 0
        func flush() {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            let clock = ContinuousClock.now
            let built = Built(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { k in
                let raw = batch[k]
                let day = raw.published.map { Double($0.dayNumber) }
                built.set(k, StoryInput(id: "\(raw.source.key)#\(k)", title: raw.title, text: raw.text, day: day))
            }
            reading += ContinuousClock.now - clock
            for input in built.values {
                let start = ContinuousClock.now
                assigner.assign(input)
                let spent = ContinuousClock.now - start
                assigning += spent
                stretch.articles += 1
                stretch.time += spent
                done += 1
                if nextMark < marks.count, done == marks[nextMark] {
                    report(assigner, done: done, assigning: assigning, reading: reading, stretch: stretch)
                    stretch = (0, .zero)
                    nextMark += 1
                }
            }
        }
        outer: for planned in inputs {
            let cursor = reader.open(planned)
            while let event = try cursor.next() {
                guard case .document(let raw) = event else { continue }
                pending.append(raw)
                if pending.count == 4_096 || done + pending.count == last { flush() }
                if done >= last { break outer }
            }
        }
        if !pending.isEmpty { flush() }
    }

    private func report(
        _ assigner: StoryAssigner, done: Int, assigning: Duration, reading: Duration,
        stretch: (articles: Int, time: Duration)
    ) {
        let stories = assigner.stories.filter { !$0.articles.isEmpty }.count
        let line: [String: Any] = [
            "articles": done, "stories": stories, "merges": assigner.merges.count,
            "assign_per_s": Double(done) / max(seconds(assigning), 1e-9),
            "assign_per_s_last_stretch": Double(stretch.articles) / max(seconds(stretch.time), 1e-9),
            "words_per_s_all_cores": Double(done) / max(seconds(reading), 1e-9),
            "peak_rss_mb": peakResidentBytes() / 1_048_576,
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
