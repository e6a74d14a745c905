import ArgumentParser
import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore

struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List who said what in the stored articles.",
        discussion: """
            Direct quotes (in “ ”, " ", ‘ ’ or « » marks) and reported speech (X ने कहा कि …, X के अनुसार,
            X said that …), each with its speaker: the canonical entity when the speaker is a person or
            organisation the articles name (a pronoun such as उन्होंने is resolved to the person it stands
            for), else the phrase the article uses (सूत्रों, अधिकारियों). Quotes are read when articles are
            ingested.

            Examples:
              khabar quotes
              khabar quotes --speaker पुतिन
              khabar quotes --document 3f2a --json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Only this speaker's quotes (a name in any spelling or script, or an entity id).")
    var speaker: String?

    @Option(help: "Only the quotes of this article (id or unique prefix).")
    var document: String?

    @Option(help: "Show at most this many quotes.")
    var limit = 100

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        if let speaker { try EntityQuery.check(speaker) }
    }

    func run() async throws {
        let database = try store.open(.existing)
        do {
            try await analysis.refresh(database)
            var speakers: [String]?
            if let speaker {
                let matches = try await database.entities(named: speaker, limit: 20)
                guard !matches.isEmpty else {
                    throw CommandFailure("no entity named “\(speaker)” in \(store.resolvedPath)")
                }
                speakers = matches.map(\.id)
            }
            var documentID: String?
            if let document {
                documentID = try await ArticleID.resolve(document, in: database, path: store.resolvedPath)
            }
            let quotes = try await database.quotes(speakers: speakers, document: documentID, limit: limit)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(quotes))
                FileHandle.standardOutput.write(Data("\n".utf8))
                return
            }
            if quotes.isEmpty { Terminal.print("No quotes found.") }
            for quote in quotes {
                let who = quote.speakerName ?? (quote.speakerText.isEmpty ? "(speaker not named)" : quote.speakerText)
                let via = quote.pronoun.map { " (“\($0)”)" } ?? ""
                Terminal.print("\(quote.document)  \(who)\(via) [\(quote.kind.rawValue)]")
                Terminal.print("  \(AnalyzeCommand.excerpt(quote.text, limit: 240))")
            }
        } catch let error as StoreError {
            throw error.failure
        }
    }
}
