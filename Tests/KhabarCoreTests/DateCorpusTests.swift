import Foundation
import KhabarCore
import KhabarEvaluation
import KhabarText
import Testing

extension Fixtures {
    /// ../shared/data/iltimex/docs.jsonl, when the shared folder is beside the checkout.
    static let iltimex = root.deletingLastPathComponent().appendingPathComponent("shared/data/iltimex/docs.jsonl")

    static var iltimexPresent: Bool { FileManager.default.fileExists(atPath: iltimex.path) }
}

@Suite("Time expressions: corpus and scale")
struct DateCorpusTests {
    struct GoldLine: Decodable {
        struct Timex: Decodable {
            var start: Int
            var end: Int
            var type: String
        }
        var id: String
        var text: String
        var timex: [Timex]
    }

    @Test("ILTIMEX: strict span F1 at least 0.9 on each half", .enabled(if: Fixtures.iltimexPresent))
    func iltimex() throws {
        let data = try Data(contentsOf: Fixtures.iltimex)
        let documents = try data.split(separator: UInt8(ascii: "\n")).map { line in
            let gold = try JSONDecoder().decode(GoldLine.self, from: Data(line))
            return TimexEvaluation.Document(
                id: gold.id, text: gold.text,
                gold: gold.timex.map {
                    TimexEvaluation.Span(
                        start: $0.start, end: $0.end, kind: TimeExpression.Kind(letter: $0.type) ?? .date)
                })
        }
        #expect(documents.count == 300)
        for split in [TimexEvaluation.Split.dev, .test] {
            let chosen = documents.filter { TimexEvaluation.split(of: $0.id) == split }
            let report = TimexEvaluation.evaluate(
                chosen, predicted: chosen.map { TimexEvaluation.predictions($0.text) })
            #expect(report.strict.f1 >= 0.9, "\(split): \(report.strict)")
            #expect(report.relaxed.f1 >= report.strict.f1)
            #expect(report.typeAccuracy >= 0.85)
        }
        #expect(TimexEvaluation.split(of: "C-16") == TimexEvaluation.split(of: "C-45"))
        #expect(TimexEvaluation.split(of: "C-16") == TimexEvaluation.split(of: "C-245"))
    }

    @Test(
        "cleaned documents are canonical: normalizing their text again changes nothing",
        .enabled(if: Fixtures.samplesPresent))
    func cleanedTextIsCanonical() throws {
        let analyzer = Fixtures.analyzer
        for prefix in ["000", "001", "002", "003", "004"] {
            let sample = try Fixtures.sample(prefix)
            let document = analyzer.analyze(Fixtures.raw(sample.text, path: sample.name)).document
            #expect(Normalizer.canonical(document.text).scalars == Array(document.text.unicodeScalars), "\(prefix)")
            let found = DateExtractor().extract(document)
            let scalars = Array(document.text.unicodeScalars)
            #expect(found.allSatisfy { $0.range.upperBound <= scalars.count })
        }
    }

    @Test("scoring: strict needs both ends, relaxed pairs overlaps one to one")
    func scoring() {
        let document = TimexEvaluation.Document(
            id: "x", text: String(repeating: "क ", count: 40),
            gold: [.init(start: 0, end: 4, kind: .date), .init(start: 10, end: 14, kind: .period)])
        let report = TimexEvaluation.evaluate(
            [document],
            predicted: [[.init(start: 0, end: 4, kind: .period), .init(start: 11, end: 14, kind: .period)]],
            errors: 10)
        #expect(report.strict.correct == 1)
        #expect(report.relaxed.correct == 2)
        #expect(report.typeCorrect == 0)
        #expect(report.perType["P"]?.predicted == 2)
        #expect(report.errors.map(\.what).sorted() == ["missed", "spurious", "type"])
    }

    /// `copies` copies of a phrase with no sentence end, as canonical text, tokens and terms (built by
    /// repeating the phrase's own, so the test times the extractor rather than the text layer).
    func repeated(_ phrase: String, copies: Int) -> (CanonicalText, [Token], [Term]) {
        let canonical = Normalizer.canonical(phrase)
        let tokens = Tokenizer.tokenize(canonical)
        let terms = Term.terms(of: canonical, tokens: tokens)
        let width = canonical.count
        var allTokens: [Token] = []
        var scalars: [Unicode.Scalar] = []
        var allTerms: [Term] = []
        allTokens.reserveCapacity(tokens.count * copies)
        scalars.reserveCapacity(width * copies)
        allTerms.reserveCapacity(terms.count * copies)
        var shifted = tokens
        for _ in 0..<copies {
            allTokens.append(contentsOf: shifted)
            scalars.append(contentsOf: canonical.scalars)
            allTerms.append(contentsOf: terms)
            for k in shifted.indices {
                shifted[k].start += width
                shifted[k].end += width
            }
        }
        let text = CanonicalText(scalars: scalars, sourceOffsets: [UInt32](repeating: 0, count: scalars.count + 1))
        return (text, allTokens, allTerms)
    }

    @Test("10 MB of text without a sentence end is read in linear time")
    func linearTime() {
        let phrase = "उन्होंने कहा कि इस योजना से गांव के लोगों को पिछले साल 3 मार्च से फायदा मिला और कल भी बैठक "
        let extractor = DateExtractor()
        let clock = ContinuousClock()
        func measure(_ copies: Int) -> (Duration, Int) {
            let (text, tokens, terms) = repeated(phrase, copies: copies)
            var count = 0
            let elapsed = clock.measure {
                count = extractor.extract(text, tokens: tokens, terms: terms, published: friday).count
            }
            return (elapsed, count)
        }
        let copies = 10_000_000 / phrase.utf8.count
        let (smallTime, smallCount) = measure(copies / 50)
        let (largeTime, largeCount) = measure(copies)
        #expect(smallCount > 0 && largeCount >= smallCount * 50)
        // Linear: 50 times the text costs about 50 times as much, far from 2,500 times (quadratic).
        #expect(largeTime < smallTime * 200 + .milliseconds(200), "\(smallTime) → \(largeTime)")
        #expect(largeTime < .seconds(10))
    }
}
