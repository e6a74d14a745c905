import ArgumentParser
import Foundation
import KhabarCore
import KhabarIngest
import KhabarPipeline
import KhabarStore

/// `--db PATH`: which database a command uses.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "The SQLite database (default: $KHABAR_DB, else ~/.khabar/khabar.sqlite).")
    var path: String?

    /// The database path to use: --db, else $KHABAR_DB, else the default.
    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["KHABAR_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? SQLiteStore.defaultPath
    }

    /// Opens the store: `.create` for commands that write, `.existing` for commands that only read (they
    /// never create a database or its folder).
    func open(_ mode: SQLiteStore.OpenMode) throws -> any Store {
        do {
            return try SQLiteStore(path: resolvedPath, mode: mode)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}

/// `--entity-model PATH`: which entity model the analysis uses.
struct AnalysisOptions: ParsableArguments {
    @Option(
        name: .customLong("entity-model"),
        help: "An entity model file (default: $KHABAR_ENTITY_MODEL, else the model that ships with Khabar).")
    var entityModel: String?

    @Option(help: "Largest article accepted, in MiB.")
    var maxArticleMb: Int = 32

    @Option(help: "The most articles stored and linked per transaction (the first batches are smaller).")
    var batchSize: Int = 2048

    @Option(help: "Articles analyzed at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help: """
            Names the corpus lends to articles read after it: none (every article read on its own: the same             entities in any order or after any crash), short-forms (a person named only by a surname), all.
            """)
    var lending: Lending = .shortForms

    enum Lending: String, ExpressibleByArgument, CaseIterable {
        case none
        case shortForms = "short-forms"
        case all
    }

    func validate() throws {
        guard maxArticleMb > 0 else { throw ValidationError("--max-article-mb must be at least 1") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The entity tagger: the model named here or in the environment, else the bundled one. A model that
    /// cannot be read stops the command.
    func tagger() throws -> EntityTagger {
        let chosen =
            entityModel
            ?? ProcessInfo.processInfo.environment["KHABAR_ENTITY_MODEL"].flatMap {
                $0.isEmpty ? nil : $0
            }
        do {
            if let chosen { return try EntityTagger(contentsOf: chosen) }
            return try EntityTagger.bundled()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The pipeline with these settings.
    func pipeline() throws -> Pipeline {
        var options = IngestOptions()
        options.maxArticleBytes = maxArticleMb << 20
        var pipeline = Pipeline(
            reader: InputReader(options: options),
            analyzer: DocumentAnalyzer(annotator: Annotator(tagger: try tagger())), batchSize: batchSize,
            parallelism: jobs)
        switch lending {
        case .none: pipeline.lending = .none
        case .shortForms: pipeline.lending = .shortForms
        case .all: pipeline.lending = .all
        }
        return pipeline
    }
}

extension AnalysisOptions {
    /// Links the stored articles that are not linked with the current settings (a new model or new rules
    /// since they were ingested), telling the user when there are any.
    func refresh(_ store: any Store) async throws {
        let linked = try await pipeline().refresh(store) { event in
            if case .relinked(let documents) = event, documents % 1000 < 256 {
                Terminal.error("linking stored articles again (the analysis settings changed): \(documents)")
            }
        }
        if linked > 0 { Terminal.error("linked \(linked) stored articles again") }
    }
}

/// A failure the CLI reports as one line on standard error, exiting with status 2 (nothing could be done).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension StoreError {
    /// The error as the command line reports it.
    var failure: CommandFailure { CommandFailure(description) }
}
