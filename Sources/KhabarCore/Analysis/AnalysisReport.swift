public import Foundation
import KhabarText

/// The one-shot report of `khabar analyze --json` (ARCHITECTURE.md). Field names and shapes are a contract
/// with evaluation scripts and notebooks: fields may be added, never renamed.
public struct AnalysisReport: Sendable, Encodable {
    /// The documents, cleaned.
    public var documents: [DocumentEntry]
    /// Groups of duplicate documents (filled by the duplicates stage).
    public var duplicates: [DuplicateEntry] = []
    /// Passages shared between documents (filled by the passages stage).
    public var passages: [PassageEntry] = []
    /// Stories (filled by the stories stage).
    public var stories: [StoryEntry] = []
    /// Canonical entities (filled by the entities stage).
    public var entities: [EntityEntry] = []
    /// Quotes (filled by the quotes stage).
    public var quotes: [QuoteEntry] = []
    /// Date expressions (filled by the dates stage).
    public var dates: [DateEntry] = []

    /// A report of documents alone; the other sections start empty.
    public init(documents: [Document]) {
        self.documents = documents.map(DocumentEntry.init)
    }

    /// A report of documents with their duplicates and shared passages.
    public init(documents: [Document], links: CorpusLinker.Links) {
        self.init(documents: documents)
        let groups = DuplicateDetector.groups(links.pairs, count: documents.count)
        var groupOf: [Int: Int] = [:]
        for (number, members) in groups.enumerated() {
            for member in members { groupOf[member] = number + 1 }
        }
        duplicates = links.pairs.map { pair in
            DuplicateEntry(
                documents: [documents[pair.first].id, documents[pair.second].id], kind: pair.kind.rawValue,
                similarity: (pair.similarity * 10_000).rounded() / 10_000, group: groupOf[pair.first] ?? 0)
        }
        passages = links.passages.map { passage in
            let a = documents[passage.first]
            let b = documents[passage.second]
            let text = Self.slice(a.text, passage.firstRange)
            let first = passage.first == passage.second ? nil : CorpusLinker.first(a, b)?.id
            return PassageEntry(
                documents: [a.id, b.id], text: text, first: first, kind: passage.kind.rawValue,
                similarity: (passage.similarity * 10_000).rounded() / 10_000, words: passage.words,
                locations: [
                    .init(document: a.id, start: passage.firstRange.lowerBound, end: passage.firstRange.upperBound),
                    .init(document: b.id, start: passage.secondRange.lowerBound, end: passage.secondRange.upperBound),
                ])
        }
        for document in documents {
            for piece in document.removed where piece.reason == .repeated && piece.detail != "repeats the headline" {
                passages.append(
                    PassageEntry(
                        documents: [document.id, document.id], text: piece.text, first: nil, kind: "exact",
                        similarity: 1, words: nil,
                        locations: [.init(document: document.id, start: piece.start, end: piece.end, removed: true)]))
            }
        }
    }

    /// Fills the entities, quotes and dates sections from each document's reading (same order as
    /// `documents`), linking the documents' entities across the corpus.
    public mutating func addReadings(_ readings: [Reading], documents: [Document]) {
        var directory = EntityDirectory()
        var mentionsOf: [Int: [EntityEntry.Mention]] = [:]
        var order: [Int] = []
        for (document, reading) in zip(documents, readings) {
            let canonical = reading.entities.map { directory.resolve($0) }
            for mention in reading.mentions where mention.entity >= 0 && mention.entity < canonical.count {
                let index = canonical[mention.entity]
                if mentionsOf[index] == nil { order.append(index) }
                mentionsOf[index, default: []].append(
                    .init(document: document.id, text: mention.text, start: mention.start, end: mention.end))
            }
            let scalars = Array(document.text.unicodeScalars)
            func text(_ range: Range<Int>) -> String {
                let clamped = range.clamped(to: 0..<scalars.count)
                return String.fromScalars(scalars[clamped])
            }
            for quote in reading.quotes {
                let speaker = reading.speaker(of: quote).map { directory.entities[canonical[$0]].id }
                quotes.append(
                    QuoteEntry(
                        document: document.id, speaker: speaker, speakerText: quote.shownSpeakerRange.map(text) ?? "",
                        text: text(quote.range), kind: quote.kind.rawValue, start: quote.range.lowerBound,
                        end: quote.range.upperBound, pronoun: quote.pronounRange.map(text), open: quote.isOpen))
            }
            for date in reading.dates {
                dates.append(
                    DateEntry(
                        document: document.id, text: text(date.range), value: date.value,
                        precision: date.precision.rawValue, kind: date.kind.rawValue, relative: date.relative,
                        start: date.range.lowerBound, end: date.range.upperBound))
            }
        }
        entities = order.map { index in
            let entity = directory.entities[index]
            return EntityEntry(
                id: entity.id, name: entity.name, latin: entity.latin, type: entity.type.rawValue,
                mentions: mentionsOf[index] ?? [], english: entity.english, aliases: entity.aliases.sorted())
        }
    }

    /// The text of a scalar range of a string.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        return String(scalars[start..<end])
    }

    /// The report as JSON, pretty-printed, UTF-8 text unescaped.
    public func json(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// One document in the report.
    public struct DocumentEntry: Sendable, Encodable {
        public var id: String
        public var source: String
        public var title: String?
        public var published: String?
        public var language: String
        public var text: String
        public var removed: [RemovedPiece]
        public var outlet: String?
        public var url: String?
        public var dateline: Dateline?
        public var contentHash: String

        init(_ document: Document) {
            id = document.id
            source = document.source.display
            title = document.title
            published = document.published?.iso
            language = document.language.rawValue
            text = document.text
            removed = document.removed
            outlet = document.outlet
            url = document.url
            dateline = document.dateline
            contentHash = document.contentHash
        }

        enum CodingKeys: String, CodingKey {
            case id, source, title, published, language, text, removed, outlet, url, dateline, contentHash
        }

        /// Encodes absent values as JSON `null`, as the report format requires.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(source, forKey: .source)
            try container.encode(title, forKey: .title)
            try container.encode(published, forKey: .published)
            try container.encode(language, forKey: .language)
            try container.encode(text, forKey: .text)
            try container.encode(removed, forKey: .removed)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(url, forKey: .url)
            try container.encode(dateline, forKey: .dateline)
            try container.encode(contentHash, forKey: .contentHash)
        }
    }

    /// A pair of duplicate documents, and the group (connected component) it belongs to.
    public struct DuplicateEntry: Sendable, Encodable {
        public var documents: [String]
        public var kind: String
        public var similarity: Double
        public var group: Int
    }

    /// A passage shared between two documents (or repeated inside one: both ids the same).
    public struct PassageEntry: Sendable, Encodable {
        public var documents: [String]
        public var text: String
        public var first: String?
        public var kind: String
        public var similarity: Double
        public var words: Int?
        public var locations: [Location]

        /// Where the passage stands: scalar offsets into the document's cleaned text, or into its original
        /// text when the cleaner removed that copy as a repeat.
        public struct Location: Sendable, Encodable {
            public var document: String
            public var start: Int
            public var end: Int
            public var removed: Bool? = nil
        }

        enum CodingKeys: String, CodingKey {
            case documents, text, first, kind, similarity, words, locations
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(documents, forKey: .documents)
            try container.encode(text, forKey: .text)
            try container.encode(first, forKey: .first)
            try container.encode(kind, forKey: .kind)
            try container.encode(similarity, forKey: .similarity)
            try container.encodeIfPresent(words, forKey: .words)
            try container.encode(locations, forKey: .locations)
        }
    }

    /// A story.
    public struct StoryEntry: Sendable, Encodable {
        public var id: String
        public var documents: [String]
        public var headline: String
        public var summary: [String]
    }

    /// A canonical entity with its mentions.
    public struct EntityEntry: Sendable, Encodable {
        public var id: String
        public var name: String
        public var latin: String?
        public var type: String
        public var mentions: [Mention]
        /// The English form a document or the gazetteer gives (nil when `latin` is a transliteration).
        public var english: String?
        /// Every name it goes by ("type|match key").
        public var aliases: [String]

        /// One mention: offsets are Unicode-scalar offsets into the document's cleaned text.
        public struct Mention: Sendable, Encodable {
            public var document: String
            public var text: String
            public var start: Int
            public var end: Int
        }
    }

    /// A quote: `speaker` is the canonical entity id when the speaker is a known entity, `speakerText` the
    /// phrase naming the speaker (for a pronoun, the phrase it refers to; empty when the text does not say),
    /// `kind` "direct" or "indirect"; offsets are scalar offsets into the document's cleaned text.
    public struct QuoteEntry: Sendable, Encodable {
        public var document: String
        public var speaker: String?
        public var speakerText: String
        public var text: String
        public var kind: String
        public var start: Int
        public var end: Int
        /// The pronoun the text uses for the speaker (उन्होंने, he), when it uses one.
        public var pronoun: String?
        /// True when the quote mark was never closed and the quote runs to the end of its paragraph.
        public var open: Bool

        enum CodingKeys: String, CodingKey {
            case document, speaker, speakerText, text, kind, start, end, pronoun, open
        }

        /// Encodes an unknown speaker and an absent pronoun as JSON `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(document, forKey: .document)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(speakerText, forKey: .speakerText)
            try container.encode(text, forKey: .text)
            try container.encode(kind, forKey: .kind)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(pronoun, forKey: .pronoun)
            try container.encode(open, forKey: .open)
        }
    }

    /// A date expression: `value` is an ISO 8601 date, month, year, time or duration (nil when it cannot be
    /// resolved, e.g. a relative word in an article without a publication date), `precision` how much of it
    /// is known, `kind` date, period, frequency or time (ILTIMEX's D/P/F/T), `relative` whether it needed the
    /// publication date.
    public struct DateEntry: Sendable, Encodable {
        public var document: String
        public var text: String
        public var value: String?
        public var precision: String
        public var kind: String
        public var relative: Bool
        public var start: Int
        public var end: Int

        enum CodingKeys: String, CodingKey {
            case document, text, value, precision, kind, relative, start, end
        }

        /// Encodes an unresolved value as JSON `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(document, forKey: .document)
            try container.encode(text, forKey: .text)
            try container.encode(value, forKey: .value)
            try container.encode(precision, forKey: .precision)
            try container.encode(kind, forKey: .kind)
            try container.encode(relative, forKey: .relative)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
    }
}
