import KhabarText

/// The entities step of the link stage: links each new document's entities to the corpus's canonical
/// entities (``EntityDirectory``) and turns its annotations into records that name them.
///
/// The store hands only the canonical entities filed under the batch's query keys
/// (``EntityDirectory/queryKeys(of:)``); a directory of those resolves the batch exactly as the whole
/// directory would.
public struct EntityLinker: Sendable {
    /// Creates a linker.
    public init() {}

    /// The keys under which the entities the batch may join are filed.
    public func queryKeys(_ batch: [AnalyzedDocument]) -> [String] {
        var seen = Set<UInt64>()
        var keys: [String] = []
        for analyzed in batch {
            for entity in analyzed.annotations.entities {
                for key in EntityDirectory.queryKeys(of: entity) where seen.insert(StableHash.hash(key)).inserted {
                    keys.append(key)
                }
            }
        }
        return keys
    }

    /// What the entities step found for a batch.
    public struct Found: Sendable {
        /// Canonical entities created or changed, in the directory's order, with the keys to file them under.
        public var entities: [EntityChange] = []
        public var mentions: [MentionRecord] = []
        public var quotes: [QuoteRecord] = []
        public var dates: [DateRecord] = []
    }

    /// Links the batch's entities, in batch order, to the stored ones (given in the order they were created).
    public func link(_ batch: [AnalyzedDocument], stored: [CanonicalEntity]) -> Found {
        var directory = EntityDirectory(entities: stored)
        return link(batch, directory: &directory)
    }

    /// Links the batch's entities, in batch order, to those of the directory, which takes them in.
    public func link(_ batch: [AnalyzedDocument], directory: inout EntityDirectory) -> Found {
        directory.beginChanges()
        var found = Found()
        var linked: [[Int]] = []
        linked.reserveCapacity(batch.count)
        for analyzed in batch {
            linked.append(analyzed.annotations.entities.map { directory.resolve($0) })
        }
        for (analyzed, indices) in zip(batch, linked) {
            Self.records(of: analyzed, canonical: indices.map { directory.entities[$0] }, into: &found)
        }
        found.entities = directory.changes
        return found
    }

    /// A document's annotations as records, given the canonical entity of each of its document entities.
    static func records(of analyzed: AnalyzedDocument, canonical: [CanonicalEntity], into found: inout Found) {
        let document = analyzed.document
        let annotations = analyzed.annotations
        let scalars = analyzed.text.canonical.scalars
        func text(_ range: Range<Int>) -> String { String.fromScalars(scalars[range.clamped(to: 0..<scalars.count)]) }
        func entity(_ index: Int) -> CanonicalEntity? { canonical.indices.contains(index) ? canonical[index] : nil }
        for mention in annotations.mentions {
            guard let entity = entity(mention.entity) else { continue }
            found.mentions.append(
                MentionRecord(
                    document: document.id, entity: entity.id, text: mention.text, type: mention.type,
                    start: mention.start, end: mention.end, source: mention.source))
        }
        for quote in annotations.quotes {
            let speaker = annotations.speaker(of: quote).flatMap(entity)
            found.quotes.append(
                QuoteRecord(
                    document: document.id, speaker: speaker?.id, speakerName: speaker?.name,
                    speakerText: quote.shownSpeakerRange.map(text) ?? "", text: text(quote.range), kind: quote.kind,
                    start: quote.range.lowerBound, end: quote.range.upperBound, pronoun: quote.pronounRange.map(text),
                    open: quote.isOpen))
        }
        for date in annotations.dates {
            found.dates.append(
                DateRecord(
                    document: document.id, text: text(date.range), value: date.value, precision: date.precision,
                    kind: date.kind, relative: date.relative, start: date.range.lowerBound, end: date.range.upperBound))
        }
    }
}

/// A canonical entity the link stage created or changed, with the keys the store must now file it under and
/// those it must no longer.
public struct EntityChange: Sendable, Hashable {
    public var entity: CanonicalEntity
    /// Keys to add (``CanonicalEntity/filingKeys``).
    public var filed: [String]
    /// Keys to remove.
    public var unfiled: [String]

    /// Creates a change.
    public init(entity: CanonicalEntity, filed: [String] = [], unfiled: [String] = []) {
        self.entity = entity
        self.filed = filed
        self.unfiled = unfiled
    }
}
