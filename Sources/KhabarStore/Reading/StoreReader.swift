public import KhabarCore

/// Reads newly stored documents (entities, quotes, dates) and links their entities to the corpus's
/// canonical entities, incrementally.
///
/// The canonical entities persist in the store; each batch of unread documents (in ingest order) is read
/// with the names the corpus already knows (so a name introduced in one article is found in the next), its
/// entities are resolved against the stored directory, and the batch's rows and the entities it created or
/// changed are stored in one transaction. Entity ids never change. A change of ``settings`` (a new model or
/// reader) makes everything be read again from scratch.
public struct StoreReader: Sendable {
    /// The per-document reader.
    public var reader: Reader
    /// How many documents are read at once.
    public var parallelism: Int

    /// The settings stored with every reading; bump the version when the reader or its model changes what
    /// it finds.
    public static let settings = "reader v1"

    /// Creates a store reader.
    public init(reader: Reader = Reader(), parallelism: Int = 4) {
        self.reader = reader
        self.parallelism = max(1, parallelism)
    }

    /// What a reading run did.
    public struct Summary: Sendable {
        public var documents = 0
        public var mentions = 0
        public var quotes = 0
        public var dates = 0

        /// Nothing read yet.
        public init() {}
    }

    /// Reads every document not yet read.
    public func readPending(in store: any Store, batchSize: Int = 256) async throws -> Summary {
        try await store.resetReadings(unlessSettings: Self.settings)
        var summary = Summary()
        var directory: EntityDirectory?
        while true {
            let batch = try await store.unreadDocuments(limit: batchSize)
            if batch.isEmpty { return summary }
            if directory == nil { directory = EntityDirectory(entities: try await store.canonicalEntities()) }
            let known = directory?.knownNames() ?? KnownNames()
            let reader = self.reader
            let readings = await Parallel.compactMap(batch, tasks: parallelism) { reader.read($0, known: known) }
            var changed = Set<Int>()
            var stored: [StoredReading] = []
            for (document, reading) in zip(batch, readings) {
                var linked: [CanonicalEntity] = []
                for entity in reading.entities {
                    guard let index = directory?.resolve(entity) else { continue }
                    changed.insert(index)
                    if let canonical = directory?.entities[index] { linked.append(canonical) }
                }
                let row = StoredReading(document: document, reading: reading, entities: linked)
                summary.mentions += row.mentions.count
                summary.quotes += row.quotes.count
                summary.dates += row.dates.count
                stored.append(row)
            }
            let entities = changed.sorted().compactMap { directory?.entities[$0] }
            try await store.saveReadings(stored, entities: entities, settings: Self.settings)
            summary.documents += batch.count
        }
    }
}
