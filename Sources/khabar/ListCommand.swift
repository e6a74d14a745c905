import ArgumentParser
import Foundation
import KhabarStore

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored articles.",
        discussion: """
            One line per article, in the order they were ingested: id, date, language, characters of
            cleaned text, pieces removed, outlet and title (or source).

            Examples:
              khabar list
              khabar list --limit 20 --offset 40
              khabar list --json | jq '.[].title'
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "At most this many articles.")
    var limit: Int = 100

    @Option(help: "Skip this many articles first.")
    var offset: Int = 0

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more, not \(offset)") }
    }

    func run() async throws {
        let database = try store.open(.existing)
        let summaries: [DocumentSummary]
        let total: Int
        do {
            summaries = try await database.summaries(offset: offset, limit: limit)
            total = try await database.count()
        } catch let error as StoreError {
            throw error.failure
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            Terminal.print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
            return
        }
        for summary in summaries {
            let date = summary.published.map { String($0.prefix(10)) } ?? "          "
            let label = summary.title ?? summary.source
            let outlet = summary.outlet.map { "[\($0)] " } ?? ""
            Terminal.print(
                "\(summary.id)  \(date)  \(summary.language.padding(toLength: 5, withPad: " ", startingAt: 0))"
                    + "\(String(summary.characters).leftPadded(7))  −\(String(summary.removed).leftPadded(2))  "
                    + "\(outlet)\(label.prefix(90))")
        }
        Terminal.error("\(summaries.count) of \(total) articles in \(store.resolvedPath)")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
