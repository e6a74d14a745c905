import ArgumentParser
import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore

struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places and organisations of the stored articles.",
        discussion: """
            Each entity is one person, place or organisation however the articles write it: spelling
            variants (मास्को/मॉस्को), titles (राष्ट्रपति पुतिन), short forms (किम after किम जोंग उन) and scripts
            (Putin/पुतिन) are one entity; different people who share a name (किम यो जोंग) are not. Entities
            are read when articles are ingested (or now, for articles ingested with --skip-reading). Give a
            name or an id to see one entity's mentions.

            Examples:
              khabar entities
              khabar entities --type person --limit 50
              khabar entities पुतिन
              khabar entities --json > entities.json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Only entities of this type: person, place or organization.")
    var type: String?

    @Option(help: "Show at most this many entities (or mentions of one entity).")
    var limit = 30

    @Flag(help: "Print JSON.")
    var json = false

    @Argument(help: "An entity's name (any spelling, either script) or id.")
    var name: String?

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        if let name { try EntityQuery.check(name) }
    }

    func run() async throws {
        var wanted: EntityType?
        if let type {
            guard let parsed = EntityType(rawValue: type), parsed != .other else {
                throw ValidationError("--type must be person, place or organization, not “\(type)”")
            }
            wanted = parsed
        }
        let database = try store.open(.existing)
        do {
            try await analysis.refresh(database)
            if let name {
                try await show(name, in: database)
                return
            }
            let summaries = try await database.entitySummaries(type: wanted, limit: max(0, limit))
            if json {
                try printJSON(summaries.map { EntityJSON($0, mentions: nil) })
                return
            }
            if summaries.isEmpty {
                Terminal.print("No entities\(wanted.map { " of type \($0.rawValue)" } ?? "") in \(store.resolvedPath).")
                return
            }
            for summary in summaries {
                let entity = summary.entity
                let latin = entity.latin == entity.name ? "" : " (\(entity.latin))"
                Terminal.print(
                    "\(entity.id)  \(entity.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                        + "\(entity.name)\(latin): \(summary.mentions) mentions in \(summary.documents) articles")
            }
        } catch let error as StoreError {
            throw error.failure
        }
    }

    /// One entity with its mentions.
    func show(_ query: String, in database: any Store) async throws {
        let matches = try await database.entities(named: query, limit: 20)
        guard !matches.isEmpty else { throw CommandFailure("no entity named “\(query)” in \(store.resolvedPath)") }
        var shown: [EntityJSON] = []
        for entity in matches {
            let mentions = try await database.mentions(entity: entity.id, limit: max(0, limit))
            let documents = Set(mentions.map(\.document)).count
            shown.append(
                EntityJSON(
                    EntitySummary(entity: entity, mentions: mentions.count, documents: documents), mentions: mentions))
        }
        if json {
            try printJSON(shown)
            return
        }
        for (entity, item) in zip(matches, shown) {
            Terminal.print("\(entity.id)  \(entity.type.rawValue)  \(entity.name) (\(entity.latin))")
            let names = Set(item.mentions?.map(\.text) ?? []).sorted()
            Terminal.print("  written as: \(names.joined(separator: ", "))")
            for mention in item.mentions ?? [] {
                Terminal.print("  \(mention.document)  \(mention.start)–\(mention.end)  \(mention.text)")
            }
        }
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// An entity as JSON.
    struct EntityJSON: Encodable {
        var id: String
        var name: String
        var latin: String
        var english: String?
        var type: String
        var mentionCount: Int
        var documents: Int
        var aliases: [String]
        var mentions: [MentionRecord]?

        init(_ summary: EntitySummary, mentions: [MentionRecord]?) {
            let entity = summary.entity
            id = entity.id
            name = entity.name
            latin = entity.latin
            english = entity.english
            type = entity.type.rawValue
            mentionCount = summary.mentions
            documents = summary.documents
            aliases = entity.aliases.sorted()
            self.mentions = mentions
        }
    }
}

/// The names users look entities up by.
enum EntityQuery {
    /// The longest name accepted: no entity's name is longer, and a lookup stays cheap.
    static let maximumLength = 200

    /// Refuses an empty or overlong name.
    static func check(_ name: String) throws {
        let length = name.unicodeScalars.count
        guard length <= maximumLength else {
            throw ValidationError("a name is at most \(maximumLength) characters; this one has \(length)")
        }
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the name is empty")
        }
    }
}
