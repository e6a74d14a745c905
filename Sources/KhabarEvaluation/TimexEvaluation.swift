public import KhabarCore
import KhabarText

/// Scores time-expression spans against ILTIMEX-style gold: spans with Unicode-scalar offsets into each
/// document's text and a type (D, P, F, T).
///
/// - **strict**: a predicted span is right when its start and end both equal a gold span's;
/// - **relaxed**: a predicted span is right when it overlaps a gold span; matching is one-to-one, each gold
///   span taking the first unmatched prediction that overlaps it;
/// - **type accuracy**: among strictly matched spans, the share whose kind equals the gold type;
/// - **per type**: strict span-and-type precision, recall and F1 of each type.
///
/// Documents are split into two halves by a stable hash of their id (``split(of:)``) so that rules are
/// developed on `dev` and checked on `test`.
public enum TimexEvaluation {
    /// A span with a kind, in scalar offsets of a document's text.
    public struct Span: Sendable, Hashable {
        /// Scalar offset of the first scalar.
        public var start: Int
        /// Scalar offset one past the last scalar.
        public var end: Int
        /// The kind (the ILTIMEX type).
        public var kind: TimeExpression.Kind

        /// Creates a span.
        public init(start: Int, end: Int, kind: TimeExpression.Kind) {
            self.start = start
            self.end = end
            self.kind = kind
        }
    }

    /// A gold document.
    public struct Document: Sendable {
        /// The document's id (`C-1`).
        public var id: String
        /// Its text, which gold offsets count scalars of.
        public var text: String
        /// Its gold spans, sorted by start.
        public var gold: [Span]

        /// Creates a gold document.
        public init(id: String, text: String, gold: [Span]) {
            self.id = id
            self.text = text
            self.gold = gold
        }
    }

    /// Half of the documents.
    public enum Split: String, Sendable, CaseIterable {
        /// The half rules are developed on.
        case dev
        /// The held-out half.
        case test
        /// Both halves.
        case all
    }

    /// One error, for reading.
    public struct Mistake: Sendable {
        /// `missed` (gold span with no strict match), `spurious` (prediction with no strict match), or
        /// `type` (strict match of another kind).
        public var what: String
        /// The document's id.
        public var document: String
        /// The span's text with its kind letter, e.g. `[पिछले साल]D`.
        public var span: String
        /// The sentence around it, with the span bracketed.
        public var context: String
    }

    /// The scores of one set of documents.
    public struct Report: Sendable {
        /// Documents scored.
        public var documents = 0
        /// Exact start and end.
        public var strict = PrecisionRecall(predicted: 0, gold: 0, correct: 0)
        /// Overlap, one to one.
        public var relaxed = PrecisionRecall(predicted: 0, gold: 0, correct: 0)
        /// Strict matches whose kind is right.
        public var typeCorrect = 0
        /// Strict span-and-type scores per gold type letter.
        public var perType: [String: PrecisionRecall] = [:]
        /// The first errors, for reading.
        public var errors: [Mistake] = []

        /// The share of strict matches whose kind is right.
        public var typeAccuracy: Double { strict.correct == 0 ? 0 : Double(typeCorrect) / Double(strict.correct) }
    }

    /// The half a document belongs to: FNV-1a of its id, even → dev, odd → test. The three copies of one
    /// article in ILTIMEX (C-16, C-45, C-245) are hashed as C-16, so they land together.
    public static func split(of id: String) -> Split {
        let key = sameArticle[id] ?? id
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0100_0000_01b3
        }
        return hash >> 7 & 1 == 0 ? .dev : .test
    }

    static let sameArticle = ["C-45": "C-16", "C-245": "C-16"]

    /// The spans an extractor finds in a document, mapped from canonical offsets back to scalar offsets of
    /// `text` (normalization may drop or merge scalars).
    public static func predictions(_ text: String, extractor: DateExtractor = DateExtractor()) -> [Span] {
        let canonical = Normalizer.canonical(text)
        let tokens = Tokenizer.tokenize(canonical)
        let found = extractor.extract(
            canonical, tokens: tokens, terms: Term.terms(of: canonical, tokens: tokens), published: nil)
        guard !found.isEmpty else { return [] }
        // UTF-8 offset → scalar offset of the source.
        var scalarAt = [Int](repeating: 0, count: text.utf8.count + 1)
        var isSpace = [Bool](repeating: false, count: text.unicodeScalars.count + 1)
        var byte = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            for k in 0..<UTF8.width(scalar) { scalarAt[byte + k] = index }
            byte += UTF8.width(scalar)
            isSpace[index] = scalar.properties.isWhitespace || scalar.value == 0x200C || scalar.value == 0x200D
        }
        scalarAt[byte] = text.unicodeScalars.count
        return found.map { expression in
            let source = canonical.sourceRange(of: expression.range)
            var end = scalarAt[source.upperBound]
            let start = scalarAt[source.lowerBound]
            while end > start + 1 && isSpace[end - 1] { end -= 1 }
            return Span(start: start, end: end, kind: expression.kind)
        }
    }

    /// Scores predictions against the gold of `documents`.
    ///
    /// - Parameters:
    ///   - predicted: the predicted spans of each document, sorted by start.
    ///   - errors: how many errors to keep for reading.
    public static func evaluate(_ documents: [Document], predicted: [[Span]], errors: Int = 0) -> Report {
        var report = Report()
        var perType: [String: (predicted: Int, gold: Int, correct: Int)] = [:]
        for (document, guesses) in zip(documents, predicted) {
            report.documents += 1
            let gold = Set(document.gold.map { Key(start: $0.start, end: $0.end) })
            var goldKind: [Key: TimeExpression.Kind] = [:]
            for span in document.gold { goldKind[Key(start: span.start, end: span.end)] = span.kind }
            report.strict.gold += document.gold.count
            report.strict.predicted += guesses.count
            for span in document.gold { perType[span.kind.letter, default: (0, 0, 0)].gold += 1 }
            var matchedGold = Set<Key>()
            for guess in guesses {
                perType[guess.kind.letter, default: (0, 0, 0)].predicted += 1
                let key = Key(start: guess.start, end: guess.end)
                guard let kind = goldKind[key], gold.contains(key) else { continue }
                matchedGold.insert(key)
                report.strict.correct += 1
                if kind == guess.kind {
                    report.typeCorrect += 1
                    perType[kind.letter, default: (0, 0, 0)].correct += 1
                } else if report.errors.count < errors {
                    report.errors.append(error("type", document, guess, gold: kind))
                }
            }
            report.relaxed.gold += document.gold.count
            report.relaxed.predicted += guesses.count
            report.relaxed.correct += relaxedMatches(document.gold, guesses)
            guard report.errors.count < errors else { continue }
            for span in document.gold where !matchedGold.contains(Key(start: span.start, end: span.end)) {
                report.errors.append(error("missed", document, span, gold: nil))
            }
            for guess in guesses where goldKind[Key(start: guess.start, end: guess.end)] == nil {
                report.errors.append(error("spurious", document, guess, gold: nil))
            }
        }
        report.errors = Array(report.errors.prefix(errors))
        for (letter, counts) in perType {
            report.perType[letter] = PrecisionRecall(
                predicted: counts.predicted, gold: counts.gold, correct: counts.correct)
        }
        return report
    }

    struct Key: Hashable {
        var start: Int
        var end: Int
    }

    /// One-to-one overlap matches of two sorted span lists.
    static func relaxedMatches(_ gold: [Span], _ guesses: [Span]) -> Int {
        var used = [Bool](repeating: false, count: guesses.count)
        var first = 0
        var matches = 0
        for span in gold {
            while first < guesses.count && guesses[first].end <= span.start { first += 1 }
            var k = first
            while k < guesses.count && guesses[k].start < span.end {
                if !used[k] && guesses[k].end > span.start {
                    used[k] = true
                    matches += 1
                    break
                }
                k += 1
            }
        }
        return matches
    }

    static func error(_ what: String, _ document: Document, _ span: Span, gold: TimeExpression.Kind?) -> Mistake {
        let scalars = Array(document.text.unicodeScalars)
        let start = max(0, span.start - 40)
        let end = min(scalars.count, span.end + 40)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let label = gold.map { "\(span.kind.letter)≠\($0.letter)" } ?? span.kind.letter
        return Mistake(
            what: what, document: document.id, span: "[\(text(span.start..<span.end))]\(label)",
            context: text(start..<span.start) + "[" + text(span.start..<span.end) + "]" + text(span.end..<end))
    }
}
