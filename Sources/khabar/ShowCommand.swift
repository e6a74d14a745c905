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
            ID may be the article id shown by `khabar list`, any unambiguous prefix of it, or the id a JSON
            Lines record gave the article.

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

    @Argument(help: "The article id, a prefix of it, or its JSON Lines id.")
    var id: String

    func run() async throws {
        let database = try store.open(.existing)
        do {
            let chosen = try await ArticleID.resolve(id, in: database, path: store.resolvedPath)
            guard let document = try await database.document(id: chosen) else {
                throw CommandFailure("article \(chosen) vanished while reading")
            }
            try await show(document, dates: database.dates(documents: [document.id]))
        } catch let error as StoreError {
            throw error.failure
        }
    }

    func show(_ document: Document, dates: [DateRecord]) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            Terminal.print(String(decoding: try encoder.encode(document), as: UTF8.self))
            return
        }
        var text = render(document)
        if !original {
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

/// Finding the article a user means.
enum ArticleID {
    /// The stored id `given` names: the id itself, an unambiguous prefix of ids, or a JSON Lines record id.
    static func resolve(_ given: String, in store: any Store, path: String) async throws -> String {
        let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw CommandFailure("the article id is empty") }
        let matches = try await store.ids(withPrefix: trimmed, limit: 6)
        if matches.contains(trimmed) { return trimmed }
        let external = try await store.ids(externalID: trimmed, limit: 6)
        if external.count == 1 { return external[0] }
        if matches.count == 1 && external.isEmpty { return matches[0] }
        let all = Array(Set(matches + external)).sorted()
        guard all.isEmpty else {
            throw CommandFailure("\(trimmed) matches several articles: \(all.prefix(5).joined(separator: ", "))…")
        }
        throw CommandFailure("no article with an id starting \(trimmed) in \(path)")
    }
}
