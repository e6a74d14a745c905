import ArgumentParser
import Foundation
import KhabarCore

struct TransliterationEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transliteration",
        abstract: "Latin forms of Devanagari names against the English spelling of the same names.",
        discussion: """
            Reads a TSV of English<TAB>Devanagari<TAB>kind pairs (a header line first) and spells each
            Devanagari name in Latin letters as `khabar entities` does for a name no gazetteer knows. A word is
            right when it equals the English word (letter case ignored); a name when every word is.

            Example:
              khabar eval transliteration --pairs ../shared/data/names-en-hi/pairs.tsv --errors 30
            """
    )

    @Option(help: "The TSV file of name pairs.")
    var pairs: String

    @Option(help: "Print this many wrong names.")
    var errors = 0

    func run() async throws {
        var names: [String: (right: Int, all: Int)] = [:]
        var words: [String: (right: Int, all: Int)] = [:]
        var wrong: [String] = []
        for pair in try NamePairs.load(pairs) {
            let expected = pair.english.lowercased().split(separator: " ")
            let latin = CanonicalEntity.transliteration(pair.hindi).lowercased().split(separator: " ")
            let kind = pair.kind
            let same = expected == latin
            names[kind, default: (0, 0)].all += 1
            if same {
                names[kind, default: (0, 0)].right += 1
            } else if wrong.count < errors {
                wrong.append("\(pair.hindi) → \(latin.joined(separator: " ")), not \(pair.english)")
            }
            if expected.count == latin.count {
                for (a, b) in zip(expected, latin) {
                    words[kind, default: (0, 0)].all += 1
                    if a == b { words[kind, default: (0, 0)].right += 1 }
                }
            }
        }
        for kind in names.keys.sorted() {
            let name = names[kind] ?? (0, 0)
            let word = words[kind] ?? (0, 0)
            print(
                String(
                    format: "%-10@ %5d names: exact %.3f; words exact %.3f", kind, name.all,
                    Double(name.right) / Double(max(1, name.all)), Double(word.right) / Double(max(1, word.all))))
        }
        for line in wrong { print("  - \(line)") }
    }
}

/// English ↔ Devanagari name pairs: a TSV of English<TAB>Devanagari<TAB>kind with a header line.
enum NamePairs {
    static func load(_ path: String) throws -> [(english: String, hindi: String, kind: String)] {
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw CommandFailure("\(path): cannot read: \(error.localizedDescription)")
        }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count >= 3 ? (fields[0], fields[1], fields[2]) : nil
        }
    }
}
