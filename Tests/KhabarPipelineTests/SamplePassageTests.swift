import Foundation
import KhabarCore
import KhabarPipeline
import Testing

/// Copies and shared passages in the shared samples, through the pipeline (texts read at test time).
@Suite("Passages in the shared samples", .enabled(if: Support.samplesPresent))
struct SamplePassageTests {
    @Test("001 and 002 share copied paragraphs, one with a word changed (RIA / आरआईए); no other pair shares any")
    func syndicated() async throws {
        let report = try await Support.analyze(try Support.samples())
        let ids = report.documents.map(\.id)
        #expect(report.duplicates.isEmpty)  // a rewrite, not a near-duplicate
        let between = report.passages.filter { Set($0.documents).count > 1 }
        #expect(between.count >= 3)
        #expect(between.allSatisfy { Set($0.documents) == [ids[1], ids[2]] })
        #expect(between.contains { $0.kind == .near } && between.contains { $0.kind == .exact })
        // Every occurrence is the passage's words, in the document it names.
        let texts = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.id, $0.text) })
        for passage in between {
            #expect(passage.words >= 12)
            for occurrence in passage.locations {
                let text = try #require(texts[occurrence.document])
                let copy = text.scalarSlice(occurrence.range)
                if occurrence.kind == .exact { #expect(copy == passage.text) }
                #expect(!copy.isEmpty)
            }
        }
        // The changed word: one copy names the agency in Latin letters, the other in Devanagari.
        #expect(between.contains { passage in passage.kind == .near && passage.text.contains("RIA") })
    }

    @Test("the paragraph 000 prints twice is reported, and 004 repeats a stretch of its opening paragraph")
    func repeatsInside() async throws {
        let report = try await Support.analyze(try Support.samples())
        let ids = report.documents.map(\.id)
        let inside = report.passages.filter { Set($0.documents).count == 1 }
        #expect(inside.contains { $0.documents[0] == ids[0] && $0.locations.contains { $0.removed == true } })
        #expect(inside.contains { $0.documents[0] == ids[4] && !$0.locations.contains { $0.removed == true } })
    }
}
