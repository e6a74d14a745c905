import Foundation
import KhabarText

/// A story's dated events in order: each resolved date its articles mention, with the sentence that
/// mentions it, and the days its articles were published.
///
/// The same event reported by several articles is one line with several sources: two mentions of the same
/// date merge when their sentences share enough words (``sameEvent``, word Jaccard over stemmed match keys
/// without stopwords). Durations, frequencies, times of day without a date and dates that could not be
/// resolved are left out.
public enum StoryTimeline {
    /// An article as the timeline reads it, in publication order.
    public struct Article: Sendable {
        public var id: String
        public var text: String
        /// Its publication day (ISO 8601, `yyyy-MM-dd`), if known.
        public var published: String?
        /// Its time expressions (offsets into `text`).
        public var dates: [DateRecord]

        public init(id: String, text: String, published: String?, dates: [DateRecord]) {
            self.id = id
            self.text = text
            self.published = published
            self.dates = dates
        }
    }

    /// Where a line of the timeline was read.
    public struct Source: Sendable, Equatable, Codable {
        public var document: String
        /// The words that name the date, as the article writes them.
        public var text: String
    }

    /// One line: an event on a date, or the articles published that day.
    public struct Entry: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Codable {
            /// A dated event an article reports.
            case event
            /// The day some of the story's articles were published.
            case published
        }

        public var kind: Kind
        /// The ISO 8601 date, month, year or date-time.
        public var date: String
        public var precision: TimeExpression.Precision
        /// The sentence of the first article that reports it (empty for publication days).
        public var sentence: String
        /// The articles that report it, first first.
        public var sources: [Source]
    }

    /// Two mentions of one date are one event at this word Jaccard of their sentences.
    static let sameEvent = 0.25
    /// Longer sentences are cut to this many scalars (a run-on sentence is not a timeline line).
    static let longest = 400

    /// The timeline of a story's articles (given in publication order).
    public static func build(_ articles: [Article]) -> [Entry] {
        struct Line {
            var entry: Entry
            var words: Set<UInt64>
            var order: Int
        }
        var lines: [Line] = []
        var published: [String: [Source]] = [:]
        var order = 0
        for article in articles {
            if let day = article.published {
                published[day, default: []].append(Source(document: article.id, text: day))
            }
            // A time of day with no date (`T06:00`) has no place on a timeline.
            let usable = article.dates.filter { record in
                guard let value = record.value, value.utf8.first.map({ (48...57).contains($0) }) == true,
                    record.kind == .date || record.kind == .time
                else { return false }
                return record.precision != .unresolved && record.precision != .duration
            }
            guard !usable.isEmpty else { continue }
            let analyzed = TextPipeline.analyze(article.text)
            for record in usable {
                guard let value = record.value,
                    let sentence = analyzed.sentences.first(where: { $0.start <= record.start && record.start < $0.end }
                    )
                else { continue }
                var words = Set<UInt64>()
                for k in sentence.tokens where analyzed.tokens[k].isWordLike {
                    let term = analyzed.terms[k]
                    if term != 0, !StoryInput.stopStems.contains(hash: term) { words.insert(term) }
                }
                let source = Source(document: article.id, text: record.text)
                if let same = lines.firstIndex(where: { line in
                    line.entry.date == value && jaccard(line.words, words) >= sameEvent
                }) {
                    if !lines[same].entry.sources.contains(where: { $0.document == article.id }) {
                        lines[same].entry.sources.append(source)
                    }
                    continue
                }
                var text = analyzed.canonical.string(sentence.start..<sentence.end)
                if text.unicodeScalars.count > longest {
                    text = text.scalarSlice(0..<longest) + "…"
                }
                let entry = Entry(
                    kind: .event, date: value, precision: record.precision, sentence: text, sources: [source])
                lines.append(Line(entry: entry, words: words, order: order))
                order += 1
            }
        }
        for (day, sources) in published {
            let entry = Entry(kind: .published, date: day, precision: .day, sentence: "", sources: sources)
            lines.append(Line(entry: entry, words: [], order: -1))
        }
        // ISO values sort by time (a week as its Monday); a month comes before its days. Publication days come
        // first on their day.
        return lines.sorted { a, b in
            (sortKey(a.entry.date), a.order) < (sortKey(b.entry.date), b.order)
        }.map(\.entry)
    }

    /// An ISO value as text that sorts by time: `2020-W15` becomes the date of that week's Monday followed by
    /// `W` (after a month, before the days that follow it); other values are themselves.
    static func sortKey(_ value: String) -> String {
        let parts = value.split(separator: "-")
        guard parts.count == 2, parts[1].first == "W", let year = Int(parts[0]), let week = Int(parts[1].dropFirst()),
            let january4 = PublicationDate(year: year, month: 1, day: 4)
        else { return value }
        // ISO week 1 is the week with 4 January in it.
        let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
        return monday.iso + "W"
    }

    static func jaccard(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
