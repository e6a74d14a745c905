import Foundation
import KhabarCore
import KhabarPipeline
import KhabarStore
import Testing

/// Hostile text for entities across a corpus: no runaway time, no giant merged entity.
@Suite("entities under stress")
struct EntityStressTests {
    /// A made-up first name per number: two syllables of Devanagari.
    static func firstName(_ n: Int) -> String {
        let syllables = ["रा", "मो", "सु", "दी", "के", "वि", "अ", "प्र", "नी", "ज", "ह", "ग", "ल", "श", "त", "म"]
        return syllables[n % 16] + syllables[(n / 16) % 16] + syllables[(n / 256) % 16] + "न"
    }

    @Test("1,000 people sharing a surname stay 1,000 people; a word repeated 5,000 times, glued and Latin names pass")
    func sharedSurname() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-stress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        func add(_ id: String, _ text: String) throws {
            let object = ["id": id, "text": text]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        for n in 0..<1000 {
            let name = Self.firstName(n)
            try add(
                "p\(n)",
                "मुख्यमंत्री \(name) शर्मा ने बुधवार को पटना में बैठक की। शर्मा ने कहा कि जिले में \(n + 3) नए अस्पताल बनेंगे। "
                    + "बैठक में अधिकारी मौजूद रहे।")
        }
        try add("repeat", Array(repeating: "मोदी", count: 5000).joined(separator: " "))
        try add("glued", "प्रधानमंत्री नरेंद्र मोदीने कहा कि स्वास्थ्य मंत्रालयनयी दिल्ली में बैठक हुई। मोदीजी पटनामें थे।")
        try add("latin", "Prime Minister Narendra Modi met Vladimir Putin in Moscow. Modi said talks went well.")
        try add("mixed", "नरेंद्र मोदी (Narendra Modi) ने Putin से बात की। Modi ने कहा कि रिश्ते मजबूत हैं।")
        let path = folder.appendingPathComponent("stress.jsonl").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let store = try SQLiteStore()
        let clock = ContinuousClock()
        let started = clock.now
        let summary = try await Support.pipeline(batchSize: 512).run(paths: [path], into: store)
        #expect(clock.now - started < .seconds(120))
        #expect(summary.added == lines.count)
        let people = try await store.entitySummaries(type: .person, limit: 100_000)
        // No entity gathers the full names of several people.
        let merged = people.filter { summary in
            summary.entity.keys.filter {
                $0.hasPrefix("person|") && $0.contains(" ") && $0.unicodeScalars.contains { $0.value >= 0x0900 }
                    && !$0.hasPrefix("person|~")
            }.count > 2
        }
        #expect(merged.isEmpty, "\(merged.prefix(3).map(\.entity.name))")
        let sharmas = people.filter { $0.entity.name.hasSuffix(" शर्मा") }
        #expect(sharmas.count > 500, "\(sharmas.count) people named … शर्मा")
        #expect(people.allSatisfy { $0.mentions < 2500 || $0.entity.name.contains("मोदी") })
    }
}
