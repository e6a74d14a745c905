import ArgumentParser
import Foundation
import KhabarCore
import KhabarStore

struct DupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dups",
        abstract: "Show duplicate articles and the passages articles share.",
        discussion: """
            Groups are connected sets of duplicate pairs: exact duplicates have the same cleaned text (as
            compared by match key: whitespace, ZWJ, nukta and quote styles do not count), near-duplicates a
            Jaccard similarity of word 5-shingles of at least 0.8. Passages are stretches of at least 12
            words two articles share (or one repeats), exact or with a few words changed; "first" names the
            article published earlier when both have dates. Articles are linked when they are ingested.

            Examples:
              khabar dups
              khabar dups --passages 50
              khabar dups --json > dups.json
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Show at most this many passages (longest first).")
    var passages = 20

    @Flag(help: "Print JSON: groups, pairs and passages.")
    var json = false

    func run() async throws {
        let database = try store.open()
        do {
            _ = try await StoreLinker().linkPending(in: database)
            let pairs = try await database.duplicatePairs()
            let shared = try await database.sharedPassages(limit: max(0, passages))
            let ids = Set(pairs.flatMap { [$0.first, $0.second] } + shared.flatMap { [$0.first, $0.second] })
            let documents = Dictionary(
                uniqueKeysWithValues: try await database.documents(ids: Array(ids)).map { ($0.id, $0) })
            let groups = Self.groups(pairs)
            if json {
                try printJSON(groups: groups, pairs: pairs, passages: shared, documents: documents)
            } else {
                Terminal.print(render(groups: groups, pairs: pairs, passages: shared, documents: documents))
            }
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }

    /// Connected components of the pairs, members in the order they were first seen.
    static func groups(_ pairs: [StoredPair]) -> [[String]] {
        var order: [String] = []
        var index: [String: Int] = [:]
        for pair in pairs {
            for id in [pair.first, pair.second] where index[id] == nil {
                index[id] = order.count
                order.append(id)
            }
        }
        let links = pairs.compactMap { pair -> DuplicatePair? in
            guard let a = index[pair.first], let b = index[pair.second] else { return nil }
            return DuplicatePair(a, b, kind: pair.kind, similarity: pair.similarity)
        }
        return DuplicateDetector.groups(links, count: order.count).map { $0.map { order[$0] } }
    }

    func label(_ id: String, _ documents: [String: Document]) -> String {
        guard let document = documents[id] else { return id }
        let date = document.published.map { String($0.iso.prefix(10)) } ?? "no date   "
        let outlet = document.outlet.map { "[\($0)] " } ?? ""
        return "\(id)  \(date)  \(outlet)\((document.title ?? document.source.display).prefix(70))"
    }

    func render(
        groups: [[String]], pairs: [StoredPair], passages: [StoredPassage], documents: [String: Document]
    ) -> String {
        var lines: [String] = []
        let exact = Set(pairs.filter { $0.kind == .exact }.flatMap { [$0.first, $0.second] })
        lines.append("\(groups.count) groups of duplicate articles (\(pairs.count) pairs)")
        for (number, members) in groups.enumerated() {
            let kind = members.allSatisfy(exact.contains) ? "exact" : "near"
            lines.append("  \(number + 1). \(kind), \(members.count) articles")
            for id in members { lines.append("     \(label(id, documents))") }
        }
        lines.append("")
        lines.append("\(passages.count) shared passages, longest first")
        for passage in passages {
            let who =
                passage.secondRemoved
                ? "printed twice in \(passage.first) (the copy was removed)"
                : passage.first == passage.second
                    ? "repeated inside \(passage.first)" : "\(passage.first) ↔ \(passage.second)"
            let first = passage.earliest.map { ", first in \($0)" } ?? ""
            lines.append("  \(who): \(passage.kind.rawValue), \(passage.words) words\(first)")
            lines.append("    “\(passage.text.prefix(160))\(passage.text.count > 160 ? "…" : "")”")
        }
        return lines.joined(separator: "\n")
    }

    func printJSON(
        groups: [[String]], pairs: [StoredPair], passages: [StoredPassage], documents: [String: Document]
    ) throws {
        struct Output: Encodable {
            var groups: [[String]]
            var duplicates: [Pair]
            var passages: [StoredPassage]
        }
        struct Pair: Encodable {
            var documents: [String]
            var kind: String
            var similarity: Double
        }
        let output = Output(
            groups: groups,
            duplicates: pairs.map {
                Pair(documents: [$0.first, $0.second], kind: $0.kind.rawValue, similarity: $0.similarity)
            },
            passages: passages)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        Terminal.print(String(decoding: try encoder.encode(output), as: UTF8.self))
    }
}
