public import Foundation
public import KhabarCore

/// Where Khabar keeps documents and everything derived from them.
///
/// Two implementations share this protocol and one test suite: ``SQLiteStore`` (embedded, the default) and,
/// for several machines, PostgreSQL. Every write is a transaction: a batch is stored whole or not at all, so
/// a crash loses nothing already acknowledged, and re-adding a document that is there already (same id)
/// changes nothing.
public protocol Store: Sendable {
    /// Adds the documents not yet stored, in one transaction.
    ///
    /// - Returns: which ids were new and which were already there.
    /// - Throws: ``StoreError`` when the database cannot be written.
    func add(_ documents: [Document]) async throws -> AddResult

    /// The document with this id, or nil.
    func document(id: String) async throws -> Document?

    /// The ids that start with `prefix` (for commands that accept a short id), at most `limit`.
    func ids(withPrefix prefix: String, limit: Int) async throws -> [String]

    /// Documents in the order they were added, for listing.
    func summaries(offset: Int, limit: Int) async throws -> [DocumentSummary]

    /// All documents in the order they were added.
    func allDocuments() async throws -> [Document]

    /// The number of documents.
    func count() async throws -> Int

    /// Records an ingest run and the inputs it rejected.
    func record(_ run: IngestRun) async throws

    // MARK: Linking (duplicates and passages)

    /// Documents not yet linked (no fingerprint, or one made with other settings), in ingest order.
    func unlinkedDocuments(settings: String, limit: Int) async throws -> [Document]

    /// Linked documents that share a band key, a sentence key or a content hash with the given ones.
    func linkCandidates(bandKeys: [UInt64], sentenceKeys: [UInt64], contentHashes: [String]) async throws
        -> LinkCandidates

    /// The link records of documents.
    func linkRecords(ids: [String]) async throws -> [String: LinkRecord]

    /// Documents by id (those that exist).
    func documents(ids: [String]) async throws -> [Document]

    /// Stores link records with the pairs and passages they produced, in one transaction.
    func saveLinks(records: [LinkRecord], pairs: [StoredPair], passages: [StoredPassage]) async throws

    /// Every duplicate pair.
    func duplicatePairs() async throws -> [StoredPair]

    /// Shared passages, longest first, at most `limit`.
    func sharedPassages(limit: Int) async throws -> [StoredPassage]

    // MARK: Reading (entities, quotes, dates)

    /// Forgets every reading and canonical entity when any was made with other settings (a new model), so
    /// that everything is read again.
    func resetReadings(unlessSettings settings: String) async throws

    /// Documents not yet read, in ingest order.
    func unreadDocuments(limit: Int) async throws -> [Document]

    /// Every canonical entity, in order of creation.
    func canonicalEntities() async throws -> [CanonicalEntity]

    /// Stores readings and the canonical entities they created or changed, in one transaction.
    func saveReadings(_ readings: [StoredReading], entities: [CanonicalEntity], settings: String) async throws

    /// Canonical entities with their mention counts, most mentioned first, optionally of one type.
    func entitySummaries(type: EntityType?, limit: Int) async throws -> [EntitySummary]

    /// The mentions of an entity, in ingest and text order, at most `limit`.
    func mentions(entity: String, limit: Int) async throws -> [StoredMention]

    /// Quotes in ingest and text order, optionally only one speaker's or one document's, at most `limit`.
    func quotes(speaker: String?, document: String?, limit: Int) async throws -> [StoredQuote]

    /// The time expressions of a document, in text order.
    func dates(document: String) async throws -> [StoredDate]
}

/// What ``Store/add(_:)`` did.
public struct AddResult: Sendable, Hashable {
    /// Ids stored now.
    public var added: [String]
    /// Ids that were stored already.
    public var existing: [String]

    /// Creates a result.
    public init(added: [String] = [], existing: [String] = []) {
        self.added = added
        self.existing = existing
    }
}

/// A line of a document listing.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    public var title: String?
    public var published: String?
    public var language: String
    public var outlet: String?
    public var characters: Int
    public var removed: Int

    /// Creates a summary.
    public init(
        id: String, source: String, title: String?, published: String?, language: String, outlet: String?,
        characters: Int, removed: Int
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.language = language
        self.outlet = outlet
        self.characters = characters
        self.removed = removed
    }
}

/// One `khabar ingest` run: what it read, what it added, what it rejected.
public struct IngestRun: Sendable, Hashable {
    /// One rejected input or record.
    public struct Rejection: Sendable, Hashable {
        public var input: String
        public var line: Int?
        public var code: String
        public var message: String

        /// Creates a rejection.
        public init(input: String, line: Int?, code: String, message: String) {
            self.input = input
            self.line = line
            self.code = code
            self.message = message
        }
    }

    public var startedAt: Date
    public var finishedAt: Date
    public var inputs: [String]
    public var added: Int
    public var unchanged: Int
    public var rejections: [Rejection]

    /// Creates a run record.
    public init(
        startedAt: Date, finishedAt: Date, inputs: [String], added: Int, unchanged: Int, rejections: [Rejection]
    ) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.inputs = inputs
        self.added = added
        self.unchanged = unchanged
        self.rejections = rejections
    }
}

/// A store failure, naming the database.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    public enum Code: String, Sendable {
        /// The database could not be opened or created.
        case open
        /// A migration failed.
        case migration
        /// A read or write failed.
        case query
        /// A stored row could not be turned back into a document.
        case corrupt
    }

    public var code: Code
    /// The database path (or "in-memory").
    public var database: String
    public var message: String
    /// The error from the database library, if any.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(_ code: Code, database: String, _ message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.database = database
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        var text = "\(database): \(message)"
        if let underlying { text += " (\(underlying))" }
        return text
    }
}
