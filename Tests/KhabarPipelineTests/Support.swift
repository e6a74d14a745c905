import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore

/// Running the pipeline in tests: the shipped model, the repo's Examples and the shared samples.
enum Support {
    /// The package root (this file is Tests/KhabarPipelineTests/Support.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The demo corpus: a folder of text articles and a JSON Lines feed.
    static let examples = [
        root.appendingPathComponent("Examples/news").path, root.appendingPathComponent("Examples/feed.jsonl").path,
    ]

    /// ../shared/samples/hindi-news, when the shared folder is beside the checkout.
    static let samplesFolder = root.deletingLastPathComponent().appendingPathComponent("shared/samples/hindi-news")

    static var samplesPresent: Bool { FileManager.default.fileExists(atPath: samplesFolder.path) }

    /// The five sample files, in name order.
    static func samples() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: samplesFolder.path).filter { $0.hasSuffix(".txt") }
            .sorted().map { samplesFolder.appendingPathComponent($0).path }
    }

    /// The per-document stage with the shipped model.
    static let analyzer: DocumentAnalyzer = {
        do {
            return DocumentAnalyzer(annotator: Annotator(tagger: try EntityTagger.bundled()))
        } catch {
            fatalError("the bundled entity model does not load: \(error)")
        }
    }()

    /// The pipeline as the commands run it, with a batch size of `batchSize`.
    static func pipeline(batchSize: Int = 256, linker: CorpusLinker? = nil) -> Pipeline {
        Pipeline(analyzer: analyzer, linker: linker, batchSize: batchSize)
    }

    /// The report `khabar analyze` makes of `paths`, in memory.
    static func analyze(_ paths: [String], batchSize: Int = 256) async throws -> AnalysisReport {
        let store = try SQLiteStore()
        let summary = try await pipeline(batchSize: batchSize).run(paths: paths, into: store, keepIDs: true)
        return try await AnalysisReport.stored(documents: summary.ids, in: store)
    }

    /// A new database file in the temporary folder, and a function that deletes it.
    static func temporaryDatabase() -> (path: String, remove: () -> Void) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "khabar-test-\(UUID().uuidString).sqlite"
        )
        .path
        return (
            path, { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        )
    }
}

extension AnalysisReport {
    /// The entity whose display name is `name`.
    func entity(named name: String) -> EntityEntry? {
        entities.first { $0.entity.name == name }
    }
}
