import ArgumentParser
import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore
import KhabarText

struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show one story: summary, timeline, entities, quotes by speaker, and what each article added.",
        discussion: """
            ID is a story id from `khabar stories` (or a prefix of it; the id of a story merged into another
            shows that one), or the id of an article in the story.

            The summary is made of the articles' own sentences, each marked with its article; the timeline
            lists the dated events the articles report (one line per event, with every article that reports
            it) and the days they were published; under each article are the sentences no earlier article of
            the story had.

            Examples:
              khabar story 3f2a9c
              khabar story --json 3f2a9c | jq '.timeline'
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(
        help:
            "Print the story as JSON: the `stories` entry of `khabar analyze --json` with its entities, quotes and articles."
    )
    var json = false

    @Argument(help: "The story id, a prefix of it, or the id of one of its articles.")
    var id: String

    /// What `--json` prints.
    struct View: Encodable {
        var story: AnalysisReport.StoryEntry
        var articles: [Article]
        var entities: [Entity]
        var quotes: [QuoteRecord]

        struct Article: Encodable {
            var id: String
            var title: String?
            var outlet: String?
            var published: String?
            var language: String
            /// The article it copies, when it is a copy.
            var copyOf: String?
        }

        struct Entity: Encodable {
            var id: String
            var name: String
            var english: String?
            var type: String
            var mentions: Int
            var articles: Int
        }
    }

    func run() async throws {
        let database = try store.open(.existing)
        let view: View
        do {
            let story = try await Self.resolve(id, in: database, path: store.resolvedPath)
            let report = try await AnalysisReport.stored(documents: story.documents, in: database)
            guard let entry = report.stories.first(where: { $0.id == story.id }) ?? report.stories.first else {
                throw CommandFailure("story \(story.id) has no stored articles")
            }
            view = Self.view(entry, report)
        } catch let error as StoreError {
            throw error.failure
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            Terminal.print(String(decoding: try encoder.encode(view), as: UTF8.self))
            return
        }
        Terminal.print(StoryRendering.text(view))
    }

    /// The story `given` names: a story id, its prefix, a merged story's old id, or an article of it.
    static func resolve(_ given: String, in store: any Store, path: String) async throws -> (
        id: String, documents: [String]
    ) {
        let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw CommandFailure("the story id is empty") }
        if let story = try await store.story(id: trimmed) { return story }
        let matches = try await store.storyIDs(withPrefix: trimmed, limit: 6)
        if matches.count == 1, let story = try await store.story(id: matches[0]) { return story }
        if matches.count > 1 {
            throw CommandFailure("\(trimmed) matches several stories: \(matches.prefix(5).joined(separator: ", "))…")
        }
        // An article's id names its story.
        if let article = try? await ArticleID.resolve(trimmed, in: store, path: path),
            let story = try await store.stories(ofDocuments: [article])[article],
            let found = try await store.story(id: story)
        {
            return found
        }
        throw CommandFailure("no story or article with an id starting \(trimmed) in \(path)")
    }

    static func view(_ entry: AnalysisReport.StoryEntry, _ report: AnalysisReport) -> View {
        let byID = Dictionary(report.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = entry.updates.map(\.document)
        let articles = order.compactMap { id in
            byID[id].map {
                View.Article(
                    id: id, title: $0.title, outlet: $0.outlet, published: $0.published?.iso,
                    language: $0.language.rawValue, copyOf: entry.copies[id])
            }
        }
        let entities = report.entities.map { entry in
            View.Entity(
                id: entry.entity.id, name: entry.entity.name, english: entry.entity.english,
                type: entry.entity.type.rawValue, mentions: entry.mentions.count,
                articles: Set(entry.mentions.map(\.document)).count)
        }.sorted { ($0.articles, $0.mentions) > ($1.articles, $1.mentions) }
        return View(story: entry, articles: articles, entities: entities, quotes: report.quotes)
    }
}
