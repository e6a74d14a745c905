import Foundation
import KhabarCore

/// Locations of test fixtures: the repo's own Examples and the shared data beside the checkout.
enum Fixtures {
    /// The package root (this file is Tests/KhabarCoreTests/Fixtures.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// ../shared/samples/hindi-news, when the shared folder is beside the checkout.
    static let samples = root.deletingLastPathComponent().appendingPathComponent("shared/samples/hindi-news")

    /// ../shared/data/hindi-news-2020/articles.jsonl, when the shared folder is beside the checkout.
    static let corpusPath = root.deletingLastPathComponent().appendingPathComponent(
        "shared/data/hindi-news-2020/articles.jsonl"
    ).path

    static var samplesPresent: Bool { FileManager.default.fileExists(atPath: samples.path) }

    /// The text of the sample whose name starts with `prefix` ("000", "001", …).
    static func sample(_ prefix: String) throws -> (name: String, text: String) {
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return (name, try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8))
    }

    /// The annotator with the model that ships with Khabar (a missing or broken model stops the tests).
    static let annotator: Annotator = {
        do {
            return Annotator(tagger: try EntityTagger.bundled())
        } catch {
            fatalError("the bundled entity model does not load: \(error)")
        }
    }()

    /// The per-document stage with the shipped model.
    static let analyzer = DocumentAnalyzer(annotator: annotator)

    static func raw(_ text: String, title: String? = nil, path: String = "test.txt") -> RawDocument {
        RawDocument(source: Source(kind: .file, path: path, key: "file:\(path)"), text: text, title: title)
    }
}
