public import KhabarText

/// An article after cleaning: its prose, its headline, and every piece set aside with the reason.
public struct CleanedArticle: Sendable, Hashable {
    /// The headline: the input's, or the first line when it reads as one.
    public var title: String?
    /// Whether the headline was taken from the first line of the text.
    public var titleFromText: Bool
    /// The cleaned canonical text, one paragraph per line.
    public var text: String
    /// What was removed, in the order it appeared.
    public var removed: [RemovedPiece]
    /// The publication date: the input's, else one read from a bare timestamp line.
    public var published: PublicationDate?
    /// The agency dateline, when the article opened with one.
    public var dateline: Dateline?
    /// The cleaned text's scalars (it is canonical already).
    public var scalars: [Unicode.Scalar]
    /// The canonical form of the whole input text, with its map back to the input.
    public var source: CanonicalText
}

/// Cleans an article: canonical normalization, then the boilerplate rules, each removal kept with its reason.
///
/// The order of work (each step only sees what the steps before it kept):
/// 1. whole-line furniture: social embeds and their attributions, share/reaction/follow widgets, "read
///    also" links, bylines and credits, disclaimers, hashtag lines, garbled lines, bare timestamps;
/// 2. the headline, when the input gave none and the first line reads as one;
/// 3. the agency dateline at the start of the first paragraph (or on a line of its own);
/// 4. paragraphs that repeat an earlier one (or the headline), and truncated teaser copies;
/// 5. spans at a paragraph's end: a bracketed disclaimer, a trailing embed link.
///
/// Rules pair a cue with a shape (a line anchor, an imperative, a URL, a position) so that prose mentioning
/// Twitter or an app is never removed. Article prose, quotes and English names in Hindi sentences stay.
///
/// Complexity: O(n) in the article length, plus O(p²) word comparisons for p paragraphs in step 4.
public struct Cleaner: Sendable {
    /// Creates a cleaner.
    public init() {}

    /// Cleans one article.
    public func clean(_ raw: RawDocument) -> CleanedArticle {
        clean(raw, canonical: Normalizer.canonical(raw.text))
    }

    /// Cleans one article whose text was normalized already (`canonical` is `Normalizer.canonical(raw.text)`).
    public func clean(_ raw: RawDocument, canonical: CanonicalText) -> CleanedArticle {
        let tokens = Tokenizer.tokenize(canonical)
        var work = CleaningWork(raw: raw, canonical: canonical, lines: ArticleLine.lines(of: canonical, tokens: tokens))
        work.removeFurniture()
        work.findTitle()
        work.findDateline()
        work.removeRepeats()
        work.stripTrailingSpans()
        return work.result()
    }
}

/// A removal decided for a line or a span of it.
struct Cut {
    /// Scalar range in the canonical text.
    var range: Range<Int>
    var reason: RemovalReason
    var detail: String?
}

/// The state of one article's cleaning.
struct CleaningWork {
    let raw: RawDocument
    let canonical: CanonicalText
    let lines: [ArticleLine]
    /// Whole-line removals by line index.
    var lineCuts: [Int: Cut] = [:]
    /// Partial removals (prefixes and suffixes of kept lines).
    var spanCuts: [Cut] = []
    var titleLine: Int?
    var title: String?
    var published: PublicationDate?
    var dateline: Dateline?
    /// Whether the article is mostly Devanagari.
    let devanagariArticle: Bool

    init(raw: RawDocument, canonical: CanonicalText, lines: [ArticleLine]) {
        self.raw = raw
        self.canonical = canonical
        self.lines = lines
        self.published = raw.published
        let devanagari = lines.reduce(0) { $0 + $1.devanagariScalars }
        let latin = lines.reduce(0) { $0 + $1.latinLetters }
        devanagariArticle = devanagari > latin
    }

    /// Whether line `index` is still part of the body.
    func isKept(_ index: Int) -> Bool { lineCuts[index] == nil && titleLine != index }

    /// Indices of the lines still in the body, in order.
    var keptLines: [Int] { lines.indices.filter(isKept) }

    mutating func cut(_ index: Int, _ reason: RemovalReason, _ detail: String? = nil) {
        guard lineCuts[index] == nil else { return }
        lineCuts[index] = Cut(range: lines[index].range, reason: reason, detail: detail)
    }

    /// The canonical text of a scalar range.
    func text(_ range: Range<Int>) -> String { canonical.string(range) }

    /// The first words of a line, for details that point at it.
    func opening(of index: Int) -> String {
        let words = lines[index].tokens.prefix(8)
        guard let first = words.first, let last = words.last else { return "" }
        let more = lines[index].tokens.count > words.count ? "…" : ""
        return "“" + text(first.start..<last.end) + more + "”"
    }

    // MARK: Result

    func result() -> CleanedArticle {
        var body: [Unicode.Scalar] = []
        body.reserveCapacity(canonical.count)
        let sorted = spanCuts.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for index in keptLines {
            var range = lines[index].range
            for cut in sorted where cut.range.overlaps(range) || cut.range.lowerBound == range.lowerBound {
                if cut.range.lowerBound <= range.lowerBound {
                    range = min(cut.range.upperBound, range.upperBound)..<range.upperBound
                } else {
                    range = range.lowerBound..<cut.range.lowerBound
                }
            }
            let paragraph = trimmed(range)
            guard !paragraph.isEmpty else { continue }
            if !body.isEmpty { body.append("\n") }
            body.append(contentsOf: canonical.scalars[paragraph])
        }
        let cuts = (Array(lineCuts.values) + spanCuts).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let byteRanges = cuts.map { canonical.sourceRange(of: trimmed($0.range)) }
        let offsets = SourceScalarOffsets.map(raw.text, bytes: byteRanges.flatMap { [$0.lowerBound, $0.upperBound] })
        let removed = zip(cuts, byteRanges).map { cut, bytes in
            RemovedPiece(
                text: raw.text.utf8Slice(bytes), reason: cut.reason, start: offsets[bytes.lowerBound] ?? 0,
                end: offsets[bytes.upperBound] ?? 0, detail: cut.detail)
        }
        return CleanedArticle(
            title: title, titleFromText: titleLine != nil, text: String.fromScalars(body[...]), removed: removed,
            published: published, dateline: dateline, scalars: body, source: canonical)
    }

    /// `range` without spaces and separators at its ends.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let scalars = canonical.scalars
        while lower < upper && scalars[lower] == " " { lower += 1 }
        while upper > lower && scalars[upper - 1] == " " { upper -= 1 }
        return lower..<upper
    }
}

/// Converts UTF-8 offsets of a source string into Unicode-scalar offsets, in one pass for many queries.
enum SourceScalarOffsets {
    /// The scalar offset of each UTF-8 offset in `bytes` (offsets on scalar boundaries).
    ///
    /// Complexity: O(n + q log q) for a source of n bytes and q queries.
    static func map(_ source: String, bytes: [Int]) -> [Int: Int] {
        let wanted = Array(Set(bytes)).sorted()
        guard let last = wanted.last else { return [:] }
        var result: [Int: Int] = [:]
        var copy = source
        copy.withUTF8 { utf8 in
            var next = 0
            var scalars = 0
            var position = 0
            let end = min(last, utf8.count)
            while next < wanted.count {
                let target = min(wanted[next], end)
                while position < target {  // a scalar starts at every byte that is not a continuation byte
                    if utf8[position] & 0xC0 != 0x80 { scalars += 1 }
                    position += 1
                }
                result[wanted[next]] = scalars
                next += 1
            }
        }
        return result
    }

}
