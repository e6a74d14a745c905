import Foundation
import KhabarCore
import KhabarIngest
import KhabarStore
import Synchronization

/// The stages the pipeline runs for each batch: analysis on every core, the second look, and the store's
/// write transaction in which the batch is stored and linked.
extension Pipeline {
    /// Stage 2 for a batch, on every core: decode each record, normalize its text and compute the id it is
    /// stored under (so that what the store has is not analyzed again).
    func identify(_ events: [IngestEvent]) async -> (
        results: [Result<Identified, IngestError>], seconds: Double, work: Double
    ) {
        let reader = self.reader
        return await Self.timed(events, tasks: parallelism) { event in
            var decoded = event
            if case .pending(let record) = event { decoded = record.decode(with: reader) }
            switch decoded {
            case .document(let raw):
                return .success(Identified(raw))
            case .rejected(let error):
                return .failure(error)
            case .pending(let record):
                return .failure(IngestError(.unreadable, input: record.input.path, line: record.line, "not decoded"))
            }
        }
    }

    /// Stage 3 for a batch, on every core: clean and analyze each article.
    func analyze(_ batch: [Identified], known: KnownNames, ingestedAt: Date) async -> (
        results: [AnalyzedDocument], seconds: Double, work: Double
    ) {
        let analyzer = self.analyzer
        return await Self.timed(batch, tasks: parallelism) { identified in
            analyzer.analyze(identified, known: known, ingestedAt: ingestedAt)
        }
    }

    /// `transform` of each item on `tasks` tasks, with the wall time and the time summed over the items.
    private static func timed<Input: Sendable, Output: Sendable>(
        _ items: [Input], tasks: Int, _ transform: @escaping @Sendable (Input) -> Output
    ) async -> (results: [Output], seconds: Double, work: Double) {
        let clock = ContinuousClock()
        let started = clock.now
        let timed = await Parallel.map(items, tasks: tasks) { item -> (Output, Double) in
            let begun = clock.now
            let output = transform(item)
            return (output, seconds(clock.now - begun))
        }
        return (timed.map(\.0), seconds(clock.now - started), timed.reduce(0) { $0 + $1.1 })
    }

    /// A second look at a batch the corpus could lend no names to (the first batch into a new store, or a
    /// one-shot analysis): the full names (two words or more) of its documents' entities mentioned twice or
    /// more in the batch, and the short forms some document of the batch used alone for such a person, are
    /// looked for in every document of the batch (a name the tagger caught in one article and missed in the
    /// next), reusing each document's text analysis and tagger spans (``KnownNames/learn(_:strict:)``).
    /// Later batches are read with the names the corpus learned from the ones before.
    ///
    /// - Returns: the batch, how many of its documents changed, and the names it was looked at with (what it
    ///   lends the batches after it until the corpus has names of its own).
    func secondLook(_ batch: [AnalyzedDocument], known: KnownNames) async -> (
        batch: [AnalyzedDocument], changed: Int, names: KnownNames
    ) {
        var local = EntityDirectory()
        local.tracksChanges = false
        for analyzed in batch {
            for entity in analyzed.annotations.entities { local.resolve(entity) }
        }
        var taught = KnownNames(minimumMentions: known.minimumMentions)
        taught.lendsFullNames = known.lendsFullNames
        var widened = known
        for entity in local.entities where entity.mentionCount >= known.minimumMentions && !known.knowsAName(of: entity)
        {
            taught.learn(entity, strict: true)
            widened.learn(entity, strict: true)
        }
        guard !taught.isEmpty else { return (batch, 0, known) }
        let analyzer = self.analyzer
        let names = widened
        let lessons = taught
        let looked = await Parallel.map(batch, tasks: parallelism) {
            analyzer.secondLook($0, taught: lessons, known: names)
        }
        return (zip(batch, looked).map { $1 ?? $0 }, looked.count { $0 != nil }, names)
    }

    /// What storing and linking one batch did.
    struct LinkOutcome: Sendable {
        var added = 0
        var unchanged = 0
        var duplicates = 0
        var passages = 0
        var occurrences = 0
        var mentions = 0
        var quotes = 0
        var dates = 0
        /// Canonical entities created or changed.
        var entities: [CanonicalEntity] = []
        var candidates = 0.0
        var link = 0.0
        var save = 0.0
        var commit = 0.0
    }

    /// Stages 4 and 5 for a batch, in one write transaction: keep the documents the store does not have,
    /// hand the linker what they are filed under, store the documents and what the linker found.
    ///
    /// - Parameter adding: false to link documents that are stored already (a refresh).
    static func link(
        _ batch: [AnalyzedDocument], linker: CorpusLinker, store: any Store, adding: Bool, memory: LinkState
    ) async throws -> LinkOutcome {
        let clock = ContinuousClock()
        let began = clock.now
        var outcome = try await store.write { transaction in
            try memory.withMemory { memory in
                try link(batch, linker: linker, transaction: transaction, adding: adding, memory: &memory)
            }
        }
        outcome.commit = max(0, seconds(clock.now - began) - outcome.candidates - outcome.link - outcome.save)
        return outcome
    }

    /// Stages 4 and 5 inside the transaction.
    private static func link(
        _ batch: [AnalyzedDocument], linker: CorpusLinker, transaction: any StoreTransaction, adding: Bool,
        memory: inout LinkMemory
    ) throws -> LinkOutcome {
        do {
            let clock = ContinuousClock()
            var outcome = LinkOutcome()
            let began = clock.now
            var fresh = batch
            if adding {
                let stored = try transaction.existing(batch.map(\.document.id))
                var seen = Set<String>()
                fresh = batch.filter { !stored.contains($0.document.id) && seen.insert($0.document.id).inserted }
                outcome.unchanged = batch.count - fresh.count
            }
            guard !fresh.isEmpty else { return outcome }
            let candidates = try transaction.candidates(linker.query(fresh))
            linker.remember(
                try transaction.entities(linker.entitiesNeeded(candidates, memory: &memory)), memory: &memory)
            let banding = linker.banding(fresh, candidates)
            let fingerprints = try transaction.fingerprints(linker.fingerprintsNeeded(banding, memory: memory))
            var loaded = clock.now
            outcome.candidates += seconds(loaded - began)
            let decisions = linker.duplicates(
                fresh, candidates, banding: banding, fingerprints: fingerprints, memory: &memory)
            let needed = linker.textsNeeded(fresh, candidates, decisions, memory: memory)
            var computed = clock.now
            outcome.link += seconds(computed - loaded)
            let texts = try transaction.texts(needed)
            loaded = clock.now
            outcome.candidates += seconds(loaded - computed)
            let result = linker.link(fresh, candidates, banding: banding, decisions, texts: texts, memory: &memory)
            computed = clock.now
            outcome.link += seconds(computed - loaded)
            if adding {
                try transaction.add(fresh.map(\.document))
                outcome.added = fresh.count
            }
            try transaction.save(result)
            outcome.save = seconds(clock.now - computed)
            outcome.duplicates = result.duplicates.count
            outcome.passages = result.passages.count
            outcome.occurrences = result.occurrences.values.reduce(0) { $0 + $1.count }
            outcome.mentions = result.mentions.count
            outcome.quotes = result.quotes.count
            outcome.dates = result.dates.count
            outcome.entities = result.entities.map(\.entity)
            return outcome
        } catch {
            memory = LinkMemory()  // the transaction rolls back: what the memory took in is not stored
            throw error
        }
    }
}

/// The link stage's memory, held by the pipeline between batches and used inside one write transaction at a
/// time.
final class LinkState: Sendable {
    private let memory = Mutex(LinkMemory())

    /// Runs `body` with the memory (one transaction at a time, so the lock is never contended).
    func withMemory<T>(_ body: (inout LinkMemory) throws -> T) rethrows -> T {
        try memory.withLock { try body(&$0) }
    }
}
