import Foundation
import KhabarCore
import Testing

@Suite("Passages in the shared samples", .enabled(if: Fixtures.samplesPresent))
struct SamplePassageTests {
    func documents() throws -> [Document] {
        try ["000", "001", "002", "003", "004"].map { prefix in
            let sample = try Fixtures.sample(prefix)
            return Analyzer().document(from: Fixtures.raw(sample.text, path: sample.name))
        }
    }

    @Test("001 and 002 share their three copied paragraphs, one with RIA written आरआईए; nothing else is shared")
    func syndicated() throws {
        let documents = try documents()
        let links = CorpusLinker().link(documents)
        #expect(links.pairs.isEmpty)  // a rewrite, not a near-duplicate
        let between = links.passages.filter { $0.first != $0.second }
        #expect(between.allSatisfy { $0.first == 1 && $0.second == 2 })
        #expect(between.map(\.kind) == [.exact, .near, .exact])
        let report = AnalysisReport(documents: documents, links: links)
        let texts = report.passages.filter { $0.documents[0] != $0.documents[1] }.map(\.text)
        // The four copied stretches (the RIA paragraph is two exact stretches around the changed word).
        for stretch in [
            "किम और पुतिन शिखर वार्ता के लिए कुमसुसान पैलेस पहुंचे", "रूसी मीडिया की रिपोर्ट के अनुसार, पुतिन ने कहा कि मॉस्को",
            "ने सम्मेलन की शुरुआत में पुतिन के हवाले से कहा", "पुतिन ने सितंबर में रूसी सुदूर पूर्व में एक शिखर सम्मेलन में",
        ] {
            #expect(texts.contains { $0.contains(stretch) }, "missing \(stretch)")
        }
        #expect(texts.contains { $0.contains("रूसी राज्य समाचार एजेंसी RIA ने सम्मेलन") })
    }

    @Test("the paragraph 000 prints twice is reported, and 004 repeats its opening paragraph's claim")
    func repeatsInside() throws {
        let documents = try documents()
        let report = AnalysisReport(documents: documents, links: CorpusLinker().link(documents))
        let inside = report.passages.filter { $0.documents[0] == $0.documents[1] }
        #expect(
            inside.contains {
                $0.documents[0] == documents[0].id && $0.text.hasPrefix("रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता")
            })
        #expect(inside.contains { $0.documents[0] == documents[4].id && $0.text.contains("दक्षिण कोरियाई अधिकारियों ने चिंता") })
    }
}
