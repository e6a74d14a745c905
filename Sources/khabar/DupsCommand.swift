import ArgumentParser
import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore

struct DupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dups",
        abstract: "Show duplicate articles and the passages articles share.",
        discussion: """
            A group is an article and its copies: exact copies have the same cleaned text (as compared by
            match key: whitespace, ZWJ, nukta and quote styles do not count), near copies a Jaccard
            similarity of word 5-shingles of at least 0.8 with the earlier article they are listed against.
            Passages are stretches of at least 12 words several articles print (or one prints twice), exact
            or with a few words changed, each listed once with every article that has it, in the order they
            appeared; "first" names the article that published it first when the dates tell. Articles are
            linked when they are ingested.

            Examples:
              khabar dups
              khabar dups --passages 50
              khabar dups --json > dups.json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Show at most this many passages (most copies, then longest, first).")
    var passages = 20

    @Flag(help: "Print JSON: groups, duplicates and passages.")
    var json = false

    func validate() throws {
        guard passages >= 0 else { throw ValidationError("--passages must be 0 or more") }
    }

    func run() async throws {
        let database = try store.open(.existing)
        do {
            try await analysis.refresh(database)
            let duplicates = try await database.duplicates(documents: nil)
            let shared = try await database.passages(documents: nil, limit: passages)
            let groups = Self.groups(duplicates)
            if json {
                try printJSON(groups: groups, duplicates: duplicates, passages: shared)
                return
            }
            let ids = Set(duplicates.flatMap(\.documents) + shared.flatMap(\.documents))
            let documents = Dictionary(
                uniqueKeysWithValues: try await database.documents(ids: Array(ids)).map { ($0.id, $0) })
            Terminal.print(render(groups: groups, duplicates: duplicates, passages: shared, documents: documents))
        } catch let error as StoreError {
            throw error.failure
        }
    }

    /// The groups of copies: each group's first article, then its copies in the order they were stored.
    static func groups(_ duplicates: [DuplicateRecord]) -> [[String]] {
        var order: [String] = []
        var members: [String: [String]] = [:]
        for record in duplicates {
            if members[record.group] == nil {
                order.append(record.group)
                members[record.group] = [record.group]
            }
            members[record.group]?.append(record.copy)
        }
        return order.compactMap { members[$0] }
    }

    func label(_ id: String, _ documents: [String: Document]) -> String {
        guard let document = documents[id] else { return id }
        let date = document.published.map { String($0.iso.prefix(10)) } ?? "no date   "
        let outlet = document.outlet.map { "[\($0)] " } ?? ""
        return "\(id)  \(date)  \(outlet)\((document.title ?? document.source.display).prefix(70))"
    }

    func render(
        groups: [[String]], duplicates: [DuplicateRecord], passages: [PassageRecord], documents: [String: Document]
    ) -> String {
        var lines: [String] = []
        let byCopy = Dictionary(duplicates.map { ($0.copy, $0) }, uniquingKeysWith: { first, _ in first })
        lines.append("\(groups.count) groups of copies (\(duplicates.count) copies)")
        for (number, members) in groups.enumerated() {
            let kind = members.dropFirst().allSatisfy { byCopy[$0]?.kind == .exact } ? "exact" : "near"
            lines.append("  \(number + 1). \(kind), \(members.count) articles")
            for id in members {
                var note = "first"
                if let record = byCopy[id] {
                    note =
                        record.kind == .exact
                        ? "exact copy of \(record.original)"
                        : "near copy of \(record.original) (\(String(format: "%.2f", record.similarity)))"
                }
                lines.append("     \(label(id, documents))  — \(note)")
            }
        }
        lines.append("")
        lines.append("\(passages.count) shared passages, most copies first")
        for passage in passages {
            let distinct = Set(passage.documents).count
            let who =
                distinct == 1
                ? (passage.locations.contains { $0.removed == true }
                    ? "printed twice in \(passage.documents[0]) (the copy was removed)"
                    : "repeated inside \(passage.documents[0])")
                : "in \(distinct) articles: " + passage.documents.prefix(4).joined(separator: " → ")
                    + (distinct > 4 ? " → …" : "")
            let first = passage.first.map { ", first in \($0)" } ?? ""
            lines.append("  \(who): \(passage.kind.rawValue), \(passage.words) words\(first)")
            let text = passage.text.unicodeScalars
            lines.append(
                "    “\(String(String.UnicodeScalarView(text.prefix(160))))\(text.count > 160 ? "…" : "")”")
        }
        return lines.joined(separator: "\n")
    }

    func printJSON(groups: [[String]], duplicates: [DuplicateRecord], passages: [PassageRecord]) throws {
        struct Output: Encodable {
            var groups: [[String]]
            var duplicates: [DuplicateRecord]
            var passages: [PassageRecord]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        Terminal.print(
            String(
                decoding: try encoder.encode(Output(groups: groups, duplicates: duplicates, passages: passages)),
                as: UTF8.self))
    }
}
