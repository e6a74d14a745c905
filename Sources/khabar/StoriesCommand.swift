import ArgumentParser
import Foundation
import KhabarStore

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories of the stored articles.",
        discussion: """
            Ingest places every article in a story: the event it reports, with the other articles on the same
            event (a copy joins its original's story). One line per story, largest then latest first: id,
            articles, first and last day, languages, outlets and headline. `khabar story ID` shows one.

            Examples:
              khabar stories
              khabar stories --min-articles 3 --limit 20
              khabar stories --json | jq '.[].headline'
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Only stories with at least this many articles.")
    var minArticles = 1

    @Option(help: "At most this many stories.")
    var limit = 50

    @Option(help: "Skip this many stories first.")
    var offset = 0

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more, not \(offset)") }
        guard minArticles >= 1 else { throw ValidationError("--min-articles must be 1 or more, not \(minArticles)") }
    }

    func run() async throws {
        let database = try store.open(.existing)
        let rows: [StorySummaryRow]
        let placed: Int
        do {
            rows = try await database.storySummaries(minimumArticles: minArticles, offset: offset, limit: limit)
            placed = try await database.storiedCount()
        } catch let error as StoreError {
            throw error.failure
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            Terminal.print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        for row in rows {
            let span = [row.first, row.last].compactMap { $0 }.map { String($0.prefix(10)) }
            let days = span.isEmpty ? "undated".padding(toLength: 21, withPad: " ", startingAt: 0) : Self.span(span)
            let outlets = row.outlets.isEmpty ? "" : "[\(row.outlets.joined(separator: ", "))] "
            Terminal.print(
                "\(row.id.prefix(16).padding(toLength: 16, withPad: " ", startingAt: 0))  "
                    + "\(String(row.articles).leftPadded(4))  \(days)  \(row.languages.joined(separator: "+"))  "
                    + "\(outlets)\((row.headline ?? "—").prefix(90))")
        }
        Terminal.error("\(rows.count) stories shown; \(placed) articles are in stories in \(store.resolvedPath)")
    }

    /// `first – last`, or one day.
    static func span(_ days: [String]) -> String {
        days.first == days.last ? "\(days[0])           " : "\(days[0]) – \(days[1].suffix(5))     "
    }
}
