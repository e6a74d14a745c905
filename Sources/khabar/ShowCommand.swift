import ArgumentParser
import Foundation
import KhabarCore
import KhabarStore
import KhabarText

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one stored article: its cleaned text and everything removed from it.",
        discussion: """
            ID may be any unambiguous prefix of the article id shown by `khabar list`.

            Examples:
              khabar show 3f2a9c
              khabar show --json 3f2a9c
              khabar show --original 3f2a9c
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the article as JSON.")
    var json = false

    @Flag(help: "Print the text exactly as it was read instead of the cleaned text.")
    var original = false

    @Argument(help: "The article id or a prefix of it.")
    var id: String

    func run() async throws {
        let database = try store.open()
        let matches = try await database.ids(withPrefix: id, limit: 6)
        guard !matches.isEmpty else { throw CommandFailure("no article with an id starting \(id)") }
        guard matches.count == 1 || matches.contains(id) else {
            throw CommandFailure("\(id) matches several articles: \(matches.prefix(5).joined(separator: ", "))…")
        }
        let chosen = matches.contains(id) ? id : matches[0]
        guard let document = try await database.document(id: chosen) else {
            throw CommandFailure("article \(chosen) vanished while reading")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            Terminal.print(String(decoding: try encoder.encode(document), as: UTF8.self))
            return
        }
        var text = render(document)
        if !original {
            let dates = try await database.dates(document: document.id)
            if !dates.isEmpty {
                text += "\n\ndates (\(dates.count)):"
                for date in dates {
                    let value = date.value ?? (date.relative ? "unresolved: no publication date" : "unresolved")
                    text += "\n  \(date.text) → \(value) [\(date.kind.rawValue), \(date.precision.rawValue)]"
                }
            }
        }
        Terminal.print(text)
    }

    func render(_ document: Document) -> String {
        var lines: [String] = []
        lines.append("id:        \(document.id)")
        lines.append("source:    \(document.source.display)")
        if let outlet = document.outlet { lines.append("outlet:    \(outlet)") }
        if let url = document.url { lines.append("url:       \(url)") }
        lines.append("title:     \(document.title ?? "—")\(document.titleFromText ? "  (from the first line)" : "")")
        lines.append("published: \(document.published?.iso ?? "—")")
        lines.append("language:  \(document.language.rawValue)")
        if let dateline = document.dateline {
            let agency = dateline.agency.map { ", agency \($0)" } ?? ""
            lines.append("dateline:  \(dateline.place ?? "—")\(agency)")
        }
        lines.append("")
        lines.append(original ? document.original : document.text)
        if !document.removed.isEmpty && !original {
            lines.append("")
            lines.append("removed (\(document.removed.count)):")
            for piece in document.removed {
                let detail = piece.detail.map { " — \($0)" } ?? ""
                lines.append("  [\(piece.reason.rawValue)]\(detail)")
                lines.append("    \(piece.text.replacingOccurrences(of: "\n", with: "\n    "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
