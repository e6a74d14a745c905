import Foundation

/// Scores a grouping of articles into stories against labelled stories: pairwise and B-cubed precision,
/// recall and F1.
///
/// - Pairwise: precision is the share of article pairs put in one story that the labels also put in one
///   story; recall the share of labelled same-story pairs that were put together. Counted from the
///   contingency table in O(n), not over the n² pairs.
/// - B-cubed (Bagga & Baldwin 1998; Amigó et al. 2009): for each article, the share of its predicted story
///   that shares its label (precision) and the share of its labelled story that was predicted with it
///   (recall), averaged over articles. Unlike pairwise figures it is not dominated by the largest stories.
///
/// Only labelled articles are scored; a labelled article the grouping left out counts as a story of its own.
public enum StoryEvaluation {
    /// Precision, recall and F1.
    public struct Figures: Sendable, Equatable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// Both scores, with the sizes they were counted on.
    public struct Score: Sendable, Equatable, Codable {
        public var pairwise: Figures
        public var bcubed: Figures
        /// Labelled articles scored.
        public var articles: Int
        /// Labelled stories, and predicted stories among the labelled articles.
        public var goldStories: Int
        public var predictedStories: Int
        /// Labelled articles the grouping did not place (scored as stories of their own).
        public var unplaced: Int
    }

    /// Scores `predicted` (article id → story id) against `gold` (article id → story id).
    public static func score(predicted: [String: String], gold: [String: String]) -> Score {
        // Contingency counts over labelled articles; an unplaced article is its own predicted story.
        var cell: [Pair: Int] = [:]
        var goldSize: [String: Int] = [:]
        var predictedSize: [String: Int] = [:]
        var unplaced = 0
        for (article, story) in gold {
            let predictedStory: String
            if let found = predicted[article] {
                predictedStory = "p:" + found
            } else {
                predictedStory = "unplaced:" + article
                unplaced += 1
            }
            cell[Pair(gold: story, predicted: predictedStory), default: 0] += 1
            goldSize[story, default: 0] += 1
            predictedSize[predictedStory, default: 0] += 1
        }
        func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        let together = cell.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSize.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSize.values.reduce(0) { $0 + pairs($1) }
        // No predicted pair is no wrong pair (precision 1); no labelled pair is nothing to miss (recall 1).
        let pairwise = Figures(
            precision: predictedPairs > 0 ? together / predictedPairs : 1,
            recall: goldPairs > 0 ? together / goldPairs : 1)
        // B-cubed: each of the n_ij articles of a cell has precision n_ij / |predicted| and recall n_ij / |gold|.
        var precision = 0.0
        var recall = 0.0
        for (key, n) in cell {
            let shared = Double(n)
            precision += shared * shared / Double(predictedSize[key.predicted] ?? n)
            recall += shared * shared / Double(goldSize[key.gold] ?? n)
        }
        let count = Double(max(1, gold.count))
        return Score(
            pairwise: pairwise, bcubed: Figures(precision: precision / count, recall: recall / count),
            articles: gold.count, goldStories: goldSize.count, predictedStories: predictedSize.count,
            unplaced: unplaced)
    }

    private struct Pair: Hashable {
        var gold: String
        var predicted: String
    }

    /// Why a file of story labels cannot be read.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Story labels from a file, in file order: JSON Lines of `{"id", "story"}`, or a TSV with a header line
    /// that has `id` and `story` columns (the UCI News Aggregator layout).
    ///
    /// - Throws: ``FormatError`` naming the file and line that cannot be read.
    public static func labels(contentsOf path: String) throws(FormatError) -> [(id: String, story: String)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(description: "\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(description: "\(path): not UTF-8")
        }
        // Lines and fields split on bytes (a combining sign after a tab would join it as a Character).
        let lines = text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).compactMap { String($0) }
        guard let first = lines.first else { throw FormatError(description: "\(path): empty") }
        var labels: [(id: String, story: String)] = []
        if first.utf8.first == UInt8(ascii: "{") {
            for (number, line) in zip(1..., lines) where !line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let id = Self.text(object["id"]), let story = Self.text(object["story"])
                else {
                    throw FormatError(description: "\(path):\(number): not a JSON object with \"id\" and \"story\"")
                }
                labels.append((id, story))
            }
            return labels
        }
        func fields(_ line: String) -> [String] {
            line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        let header = fields(first)
        guard let idColumn = header.firstIndex(of: "id"), let storyColumn = header.firstIndex(of: "story") else {
            throw FormatError(description: "\(path): neither JSON Lines nor a TSV with id and story columns")
        }
        for (number, line) in zip(2..., lines.dropFirst()) {
            let row = fields(line)
            guard row.count > max(idColumn, storyColumn) else {
                throw FormatError(description: "\(path):\(number): fewer columns than the header")
            }
            labels.append((row[idColumn], row[storyColumn]))
        }
        return labels
    }

    /// A labelled headline of the UCI News Aggregator layout.
    public struct Headline: Sendable {
        public var id: String
        public var title: String
        public var story: String
        /// Days since 1970 (from `timestamp_ms`), if given.
        public var day: Double?
    }

    /// The headlines of a TSV with `id`, `title` and `story` columns (and `timestamp_ms` when present).
    public static func headlines(contentsOf path: String) throws(FormatError) -> [Headline] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw FormatError(description: "\(path): cannot read the file as UTF-8") }
        let lines = text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).map {
            $0.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        guard let header = lines.first, let id = header.firstIndex(of: "id"),
            let title = header.firstIndex(of: "title"),
            let story = header.firstIndex(of: "story")
        else { throw FormatError(description: "\(path): not a TSV with id, title and story columns") }
        let time = header.firstIndex(of: "timestamp_ms")
        var headlines: [Headline] = []
        for (number, row) in zip(2..., lines.dropFirst()) {
            guard row.count > max(id, title, story) else {
                throw FormatError(description: "\(path):\(number): fewer columns than the header")
            }
            let day = time.flatMap { $0 < row.count ? Double(row[$0]) : nil }.map { $0 / 86_400_000 }
            headlines.append(Headline(id: row[id], title: row[title], story: row[story], day: day))
        }
        return headlines
    }

    /// Headlines in order of publication (those without a time last), ties by file order.
    public static func published(_ headlines: [Headline]) -> [Headline] {
        headlines.enumerated().sorted { a, b in
            (a.element.day ?? .infinity, a.offset) < (b.element.day ?? .infinity, b.offset)
        }.map(\.element)
    }

    /// Which half of the labelled stories an article's story is in: stories numbered in order of first
    /// appearance, even ones in the tuning half (0), odd ones in the scoring half (1). A baseline tunes on
    /// one half and is scored on the other; any script can compute the same halves.
    public static func halves(_ labels: [(id: String, story: String)]) -> [String: Int] {
        var number: [String: Int] = [:]
        for label in labels where number[label.story] == nil { number[label.story] = number.count }
        return number.mapValues { $0 % 2 }
    }

    /// A JSON string or number as text.
    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
