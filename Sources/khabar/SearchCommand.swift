import ArgumentParser
import Foundation
import KhabarCore
import KhabarStore
import KhabarText

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the stored articles: Hindi-correct BM25, any script, grouped by story.",
        discussion: """
            Words match in any spelling the match keys merge (मॉस्को = मास्को, हिंदी = हिन्दी); "quoted
            phrases" must match word for word; -word and -"a phrase" exclude. A word or phrase that names a
            known entity also matches the entity's other names, in either script: Putin finds पुतिन, "kim
            jong un" finds किम जोंग उन (and not किम यो जोंग).

            --over-time counts the matching articles per day and their share of all articles that day, for
            all outlets and per outlet (--csv for a table).

            The index is the one ingest keeps in the store (a segment per ingest, merged when there are many).

            Examples:
              khabar search पुतिन
              khabar search 'Putin "North Korea" -Ukraine' --from 2024-06-01 --json
              khabar search लॉकडाउन --outlet "Amar Ujala" --over-time --csv
              khabar search मेट्रो --entity Lucknow
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The query.")
    var query: String

    @Option(help: "At most this many results.")
    var limit = 10

    @Option(help: "Skip this many results first.")
    var offset = 0

    @Option(help: "Only articles published on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles published on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only articles of this outlet.")
    var outlet: String?

    @Option(help: "Only articles in this language (hi or en).")
    var language: String?

    @Option(help: "Only articles of this story.")
    var story: String?

    @Option(help: "Only articles that mention this entity (any of its names, in either script, or its id).")
    var entity: String?

    @Flag(help: "Count matching articles per day (and their share of the day's articles), overall and per outlet.")
    var overTime = false

    @Flag(help: "With --over-time: print CSV.")
    var csv = false

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard (1...1_000).contains(limit) else { throw ValidationError("--limit must be 1 to 1000, not \(limit)") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more, not \(offset)") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Self.day(value) == nil {
                throw ValidationError("\(name) must be a day as YYYY-MM-DD, not \(value)")
            }
        }
        if let language, !["hi", "en"].contains(language) {
            throw ValidationError("--language is hi or en, not \(language)")
        }
    }

    static func day(_ text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = PublicationDate(year: parts[0], month: parts[1], day: parts[2]) else {
            return nil
        }
        return date.dayNumber
    }

    func run() async throws {
        let database = try store.open(.existing)
        do {
            // The index ingest keeps; one made here from the stored articles when it is missing or unreadable
            // (a store from before search, or an article ingest did not reach).
            var index = SearchIndex(segments: try await database.searchSegments()) ?? SearchIndex()
            if index.count < (try await database.count()) {
                Terminal.error("indexing the stored articles for search (khabar ingest keeps the index up to date)")
                index = SearchIndex()
                let total = try await database.count()
                for document in try await database.documents(after: 0, limit: total) { index.add(document) }
            }
            let names = try await SearchNames(store: database).expansion(query, store: database)
            let parsed = SearchQuery(query, expand: { names[$0] ?? [] })
            guard !parsed.isEmpty else { throw CommandFailure("the query \"\(query)\" has no words to search for") }
            var allowed: Set<String>? = nil
            if let story {
                guard let found = try await database.story(id: story) else {
                    throw CommandFailure("no story \(story) in \(store.resolvedPath)")
                }
                allowed = Set(found.documents)
            }
            if let entity {
                var found = try await database.entities(named: entity, limit: 1)
                if found.isEmpty { found = try await SearchNames(store: database).soundsLike(entity) }
                guard let named = found.first else {
                    throw CommandFailure("no entity named \(entity) in \(store.resolvedPath)")
                }
                let mentioning = Set(try await database.mentions(entity: named.id, limit: .max).map(\.document))
                allowed = allowed.map { $0.intersection(mentioning) } ?? mentioning
            }
            let (fromDay, toDay) = (from.flatMap(Self.day), to.flatMap(Self.day))
            let entries = index.entries
            let filter: (Int32) -> Bool = { k in
                let entry = entries[Int(k)]
                if let allowed, !allowed.contains(entry.id) { return false }
                if let outlet, entry.outlet != outlet { return false }
                if let language, entry.language != language { return false }
                if fromDay != nil || toDay != nil {
                    guard let day = entry.day else { return false }
                    if let fromDay, day < fromDay { return false }
                    if let toDay, day > toDay { return false }
                }
                return true
            }
            if overTime {
                let hits = index.search(parsed, limit: max(1, index.count), filter: filter).hits
                try printOverTime(hits.map { entries[Int($0.document)] }, all: entries)
                return
            }
            let found = index.search(parsed, limit: offset + limit, countAll: true, filter: filter)
            let pageHits = Array(found.hits.dropFirst(offset))
            let loaded = Dictionary(
                try await database.documents(ids: pageHits.map { entries[Int($0.document)].id }).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
            let page = pageHits.compactMap { hit in loaded[entries[Int(hit.document)].id].map { ($0, hit.score) } }
            let stories = try await database.stories(ofDocuments: page.map(\.0.id))
            let results = page.map { document, score in
                SearchResult(
                    document: document.id, source: document.source.display, title: document.title,
                    story: stories[document.id], published: document.published?.iso, score: Double(score),
                    snippet: SearchSnippet(text: document.text, query: parsed))
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
                let body = SearchResponse(total: found.total ?? results.count, results: results)
                Terminal.print(String(decoding: try encoder.encode(body), as: UTF8.self))
                return
            }
            Terminal.print(SearchRendering.text(results))
            Terminal.error("\(results.count) of \(found.total ?? results.count) matching articles shown")
        } catch let error as StoreError {
            throw error.failure
        }
    }

    /// Matching articles per day, and their share of the day's articles, overall and per outlet.
    func printOverTime(_ matches: [SearchIndex.Entry], all: [SearchIndex.Entry]) throws {
        struct Count { var matches = 0, articles = 0 }
        var counts: [String: [String: Count]] = [:]
        func add(_ entry: SearchIndex.Entry, matched: Bool) {
            guard let number = entry.day else { return }
            let day = PublicationDate.fromDayNumber(number).iso
            for outlet in ["all", entry.outlet ?? "unknown"] {
                if matched {
                    counts[day, default: [:]][outlet, default: Count()].matches += 1
                } else {
                    counts[day, default: [:]][outlet, default: Count()].articles += 1
                }
            }
        }
        for entry in all { add(entry, matched: false) }
        for entry in matches { add(entry, matched: true) }
        var rows: [(day: String, outlet: String, matches: Int, articles: Int, share: Double)] = []
        for day in counts.keys.sorted() {
            for (outlet, count) in counts[day, default: [:]].sorted(by: { $0.key < $1.key }) {
                let share = count.articles > 0 ? Double(count.matches) / Double(count.articles) : 0
                rows.append((day, outlet, count.matches, count.articles, share))
            }
        }
        if csv {
            Terminal.print("day,outlet,matches,articles,share")
            for row in rows {
                let outlet = "\"" + row.outlet.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                Terminal.print(
                    "\(row.day),\(outlet),\(row.matches),\(row.articles),\(String(format: "%.4f", row.share))")
            }
            return
        }
        if json {
            let objects = rows.map {
                ["day": $0.day, "outlet": $0.outlet, "matches": $0.matches, "articles": $0.articles, "share": $0.share]
                    as [String: Any]
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            Terminal.print(String(decoding: data, as: UTF8.self))
            return
        }
        for row in rows where row.outlet == "all" {
            let bar = String(repeating: "▇", count: Int((row.share * 40).rounded()))
            Terminal.print(
                "\(row.day)  \(String(row.matches).leftPadded(5)) / \(String(row.articles).leftPadded(5))  \(bar)")
        }
    }
}

/// One result, as `khabar search --json` prints it (and the API will serve it).
struct SearchResult: Encodable {
    var document: String
    var source: String
    var title: String?
    var story: String?
    var published: String?
    var score: Double
    var snippet: SearchSnippet

    enum CodingKeys: String, CodingKey {
        case document, source, title, story, published, score, snippet, highlights
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(story, forKey: .story)
        try container.encode(published, forKey: .published)
        try container.encode(score, forKey: .score)
        try container.encode(snippet.text, forKey: .snippet)
        try container.encode(snippet.highlights.map { [$0.lowerBound, $0.upperBound] }, forKey: .highlights)
    }
}

struct SearchResponse: Encodable {
    var total: Int
    var results: [SearchResult]
}

/// `khabar search` as text: results grouped by story, matched words in «».
enum SearchRendering {
    static func text(_ results: [SearchResult]) -> String {
        var order: [String] = []
        var groups: [String: [SearchResult]] = [:]
        for result in results {
            let key = result.story ?? "article \(result.document)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(result)
        }
        var lines: [String] = []
        for key in order {
            let group = groups[key] ?? []
            lines.append(key.hasPrefix("article ") ? "" : "story \(key.prefix(16))")
            for result in group {
                let date = result.published.map { String($0.prefix(10)) } ?? "undated   "
                lines.append(
                    "  \(result.document.prefix(16))  \(date)  \(String(format: "%.2f", result.score))  "
                        + "\(result.title ?? result.source)")
                lines.append("      \(marked(result.snippet))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func marked(_ snippet: SearchSnippet) -> String {
        var scalars = Array(snippet.text.unicodeScalars)
        for range in snippet.highlights.reversed() where range.upperBound <= scalars.count {
            scalars.insert("»", at: range.upperBound)
            scalars.insert("«", at: range.lowerBound)
        }
        var text = String(String.UnicodeScalarView(scalars))
        text = text.replacingOccurrences(of: "\n", with: " ")
        return text
    }
}
