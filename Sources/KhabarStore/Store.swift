public import Foundation
public import KhabarCore

/// Where Khabar keeps documents and everything derived from them, as roles: documents, links (the write
/// transaction of the pipeline, and the duplicates and passages it stored), annotations (entities, mentions,
/// quotes, dates) and runs. Stories and search will slot in beside them.
///
/// A store only loads and saves: every algorithm runs in KhabarCore, and the pipeline wires the two. Each
/// backend (SQLite now, PostgreSQL later) passes the same conformance suite.
public typealias Store = DocumentStore & LinkStore & AnnotationStore & StoryStore & SearchStore & RunStore

/// Stored documents.
public protocol DocumentStore: Sendable {
    /// The document with this id, or nil.
    func document(id: String) async throws -> Document?

    /// Documents by id (those that exist), in the order they were stored.
    func documents(ids: [String]) async throws -> [Document]

    /// The ids that start with `prefix` (for commands that accept a short id), at most `limit`.
    func ids(withPrefix prefix: String, limit: Int) async throws -> [String]

    /// The ids of documents whose input gave them this id (a JSON Lines record's `id`), at most `limit`.
    func ids(externalID: String, limit: Int) async throws -> [String]

    /// Documents in the order they were added, for listing.
    func summaries(offset: Int, limit: Int) async throws -> [DocumentSummary]

    /// Stored documents in the order they were added, `limit` at a time after the `after`-th (for analyzing
    /// them again).
    func documents(after offset: Int, limit: Int) async throws -> [Document]

    /// The number of documents.
    func count() async throws -> Int

    /// Those of `ids` that are stored.
    func existing(ids: [String]) async throws -> Set<String>
}

/// The pipeline's write path and what it stored about duplicates and passages.
public protocol LinkStore: Sendable {
    /// Runs `body` in one write transaction: what it loads sees every transaction committed before, and what
    /// it saves is stored whole or not at all. Two processes writing one store take turns.
    func write<T: Sendable>(_ body: @escaping @Sendable (any StoreTransaction) throws -> T) async throws -> T

    /// The duplicate records of these documents (as copies or as originals), or all of them.
    func duplicates(documents: [String]?) async throws -> [DuplicateRecord]

    /// Passages occurring in these documents (or all), most documents then longest first, at most `limit`,
    /// each with all its occurrences in chain order.
    func passages(documents: [String]?, limit: Int) async throws -> [PassageRecord]

    /// Makes sure the stored links and annotations were made with `settings`: when they were made with other
    /// settings (or by an older Khabar), forgets every link, passage, entity and annotation (the documents
    /// stay) and records `settings`, in one transaction.
    ///
    /// - Returns: whether anything was forgotten (every stored document must then be linked again).
    func prepareAnalysis(settings: String) async throws -> Bool

    /// Stored documents not linked yet (after ``prepareAnalysis(settings:)`` forgot their links, or a run
    /// stopped half-way through linking them again), in the order they were added, at most `limit`.
    func unlinkedDocuments(limit: Int) async throws -> [Document]
}

/// What one write transaction can load and save.
public protocol StoreTransaction {
    /// Which of these ids are stored.
    func existing(_ ids: [String]) throws -> Set<String>
    /// The documents and entities filed under a batch's keys, and the store's epoch.
    func candidates(_ query: LinkQuery) throws -> LinkCandidates
    /// Canonical entities by id, in the order they were created.
    func entities(_ ids: [String]) throws -> [CanonicalEntity]
    /// The stored shingles of documents.
    func fingerprints(_ ids: [String]) throws -> [String: ShingleSet]
    /// Stored texts with the passages anchored in them.
    func texts(_ ids: [String]) throws -> [String: StoredText]
    /// Adds documents (they must be new); ingest time is taken from each document.
    func add(_ documents: [Document]) throws
    /// Saves what the link stage found.
    func save(_ result: LinkResult) throws
}

/// Canonical entities and the annotations that name them.
public protocol AnnotationStore: Sendable {
    /// Canonical entities with their mention counts, most mentioned first, optionally of one type.
    func entitySummaries(type: EntityType?, limit: Int) async throws -> [EntitySummary]

    /// The entities a user's query names (an id or its prefix, any name in either script, the English form
    /// or its last words), at most `limit`.
    func entities(named query: String, limit: Int) async throws -> [CanonicalEntity]

    /// Entities by id.
    func entities(ids: [String]) async throws -> [CanonicalEntity]

    /// Entities mentioned at least `minimumMentions` times (the names later documents are searched for).
    func entities(mentionedAtLeast minimumMentions: Int) async throws -> [CanonicalEntity]

    /// The mentions of an entity, in ingest and text order, at most `limit`.
    func mentions(entity: String, limit: Int) async throws -> [MentionRecord]

    /// The mentions in these documents, in document and text order.
    func mentions(documents: [String]) async throws -> [MentionRecord]

    /// Quotes in ingest and text order, optionally only some speakers' or one document's, at most `limit`.
    func quotes(speakers: [String]?, document: String?, limit: Int) async throws -> [QuoteRecord]

    /// The quotes of these documents, in document and text order.
    func quotes(documents: [String]) async throws -> [QuoteRecord]

    /// The time expressions of these documents, in document and text order.
    func dates(documents: [String]) async throws -> [DateRecord]
}

/// Stories: which story each stored document is in, the stories' headlines and spans, merges, and the
/// assignment state that lets the next ingest continue where this one stopped.
public protocol StoryStore: Sendable {
    /// The saved assignment state and how many documents it had placed, or nil.
    func storyState() async throws -> (placed: Int, state: Data)?

    /// How many stored documents are in a story.
    func storiedCount() async throws -> Int

    /// Forgets every story (the documents stay): assignment starts again.
    func clearStories() async throws

    /// Stored documents in no story yet, in the order they were added, at most `limit`.
    func unstoriedDocuments(limit: Int) async throws -> [Document]

    /// The story of each of these documents that is in one.
    func stories(ofDocuments ids: [String]) async throws -> [String: String]

    /// Saves a batch of placements, the stories they touched, the merges made and the assignment state after
    /// them, in one transaction, when the store still has `expecting` documents in stories (as when the state
    /// the batch continued was loaded).
    ///
    /// - Returns: false, with nothing saved, when another run placed documents in the meantime.
    func save(_ batch: StoryBatch, state: Data, expecting: Int) async throws -> Bool

    /// Stories, largest then latest first, with at least `minimumArticles` articles.
    func storySummaries(minimumArticles: Int, offset: Int, limit: Int) async throws -> [StorySummaryRow]

    /// The story an id names (a merged story's old id names the one it lives on as), with its documents
    /// in the order they joined; nil when no story has that id.
    func story(id: String) async throws -> (id: String, documents: [String])?

    /// Story ids that start with `prefix`, at most `limit`.
    func storyIDs(withPrefix prefix: String, limit: Int) async throws -> [String]
}

/// The search index, kept as segments: each ingest adds one for the articles it stored.
public protocol SearchStore: Sendable {
    /// Stored documents not in the index yet, in the order they were added, at most `limit`.
    func unindexedDocuments(limit: Int) async throws -> [Document]

    /// The segments, in the order they were added.
    func searchSegments() async throws -> [Data]

    /// Adds a segment holding these documents, in one transaction.
    ///
    /// - Returns: false, with nothing saved, when one of them is in a segment already (another run
    ///   indexed it meanwhile).
    func addSearchSegment(_ segment: Data, documents: [String]) async throws -> Bool

    /// Replaces every segment with one holding all their documents, when there are still `expecting`.
    ///
    /// - Returns: false, with nothing changed, when segments were added meanwhile.
    func replaceSearchSegments(with segment: Data, expecting: Int) async throws -> Bool
}

/// What one step of story assignment saves.
public struct StoryBatch: Sendable, Hashable {
    /// A document placed in a story.
    public struct Placement: Sendable, Hashable {
        public var document: String
        public var story: String
        public var probability: Double

        public init(document: String, story: String, probability: Double) {
            self.document = document
            self.story = story
            self.probability = probability
        }
    }

    /// A story as it stands after the batch.
    public struct Story: Sendable, Hashable {
        public var id: String
        public var headline: String?
        public var firstDay: Int?
        public var lastDay: Int?

        public init(id: String, headline: String?, firstDay: Int?, lastDay: Int?) {
            self.id = id
            self.headline = headline
            self.firstDay = firstDay
            self.lastDay = lastDay
        }
    }

    public var placements: [Placement]
    public var stories: [Story]
    /// (from, into): `from` now lives on as `into`.
    public var merges: [(from: String, into: String)]

    public init(placements: [Placement], stories: [Story], merges: [(from: String, into: String)]) {
        self.placements = placements
        self.stories = stories
        self.merges = merges
    }

    public static func == (a: StoryBatch, b: StoryBatch) -> Bool {
        a.placements == b.placements && a.stories == b.stories
            && a.merges.map { [$0.from, $0.into] } == b.merges.map { [$0.from, $0.into] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(placements)
        hasher.combine(stories)
    }
}

/// A line of a story listing.
public struct StorySummaryRow: Sendable, Hashable, Codable {
    public var id: String
    @ExplicitNull public var headline: String?
    public var articles: Int
    public var outlets: [String]
    public var languages: [String]
    /// The first and last publication days (ISO 8601), when its articles have dates.
    @ExplicitNull public var first: String?
    @ExplicitNull public var last: String?

    public init(
        id: String, headline: String?, articles: Int, outlets: [String], languages: [String], first: String?,
        last: String?
    ) {
        self.id = id
        self.headline = headline
        self.articles = articles
        self.outlets = outlets
        self.languages = languages
        self.first = first
        self.last = last
    }
}

/// Ingest runs.
public protocol RunStore: Sendable {
    /// Records an ingest run and the inputs it rejected.
    func record(_ run: IngestRun) async throws
}

/// A line of a document listing.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    @ExplicitNull public var title: String?
    @ExplicitNull public var published: String?
    public var language: String
    @ExplicitNull public var outlet: String?
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

/// A canonical entity with how often the stored documents mention it.
public struct EntitySummary: Sendable, Hashable {
    /// The entity.
    public var entity: CanonicalEntity
    /// Its stored mentions.
    public var mentions: Int
    /// The documents that mention it.
    public var documents: Int

    /// Creates a summary.
    public init(entity: CanonicalEntity, mentions: Int, documents: Int) {
        self.entity = entity
        self.mentions = mentions
        self.documents = documents
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
        /// There is no database at the path (and the command does not create one).
        case notFound
        /// The database could not be opened or created.
        case open
        /// A migration failed.
        case migration
        /// The database was made by a newer Khabar.
        case newer
        /// The database's tables are not the ones this Khabar made (changed by hand or by another program).
        case schema
        /// A read or write failed.
        case query
        /// A stored row could not be read back.
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
